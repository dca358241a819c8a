package org.edcop.spring;

import java.util.Optional;
import org.edcop.json.format.CopJsonException;

/**
 * Turns an exception of the application's Jackson generation (raised when Boot's own mapper reads a
 * request type that merely contains cop values) into the typed {@link CopJsonException}, with a
 * JSON Pointer built from the exception's path rather than its message. Each starter provides the
 * one for its Jackson generation.
 *
 * @since 0.2.0
 */
@FunctionalInterface
public interface CopJsonErrorTranslator {

  /**
   * Translates one exception of a cause chain.
   *
   * @param error an exception from the chain under a request body that could not be read
   * @return the typed error, or empty if {@code error} is not a Jackson exception this translator
   *     knows
   */
  Optional<CopJsonException> translate(Throwable error);

  /**
   * A translator that knows no exception, for applications without Jackson.
   *
   * @return the translator
   */
  static CopJsonErrorTranslator none() {
    return error -> Optional.empty();
  }
}
