package org.edcop.json.format.internal;

import org.edcop.json.format.CopJsonLimits;

/**
 * The half of a {@link JsonEngine} that does not depend on the Jackson generation: the limits it
 * was made with. An engine's subclass builds its generation's hardened factory from them ({@link
 * JacksonSettings}), opens cursors and writes.
 *
 * @since 0.2.0
 */
public abstract class JacksonEngine implements JsonEngine {

  private final CopJsonLimits limits;

  /**
   * Creates the engine.
   *
   * @param limits the limits its parsers enforce
   */
  protected JacksonEngine(CopJsonLimits limits) {
    this.limits = limits;
  }

  @Override
  public final CopJsonLimits limits() {
    return limits;
  }
}
