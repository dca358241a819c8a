package org.edcop.json.format.internal;

import java.util.function.Supplier;
import org.edcop.json.format.CopJsonLimits;

/**
 * The half of a {@link JsonEngine} that does not depend on the Jackson generation: the limits it
 * was made with, and the classification of a failure to create a parser, which has no position yet.
 * An engine's subclass builds its generation's hardened factory ({@link JacksonSettings}), creates
 * its parsers ({@link #parse}) and writes.
 *
 * @since 0.2.0
 */
public abstract class JacksonEngine implements JsonEngine {

  private final CopJsonLimits limits;
  private final Supplier<FailureClassifier<?>> failures;

  /**
   * Creates the engine.
   *
   * @param limits the limits its parsers enforce
   * @param failures the classifier of the generation's exceptions, asked for on the first failure
   *     only (so that the exception classes are loaded then)
   */
  protected JacksonEngine(CopJsonLimits limits, Supplier<FailureClassifier<?>> failures) {
    this.limits = limits;
    this.failures = failures;
  }

  @Override
  public final CopJsonLimits limits() {
    return limits;
  }

  @Override
  public final TokenCursor open(byte[] json) {
    try {
      return parse(json);
    } catch (Exception e) {
      throw failures.get().classify(e, null);
    }
  }

  /**
   * Creates a hardened parser over a document, and a cursor over it.
   *
   * @param json the document's UTF-8 bytes
   * @return the cursor, before the first token
   * @throws Exception the generation's exception, passed to the classifier
   */
  protected abstract TokenCursor parse(byte[] json) throws Exception;
}
