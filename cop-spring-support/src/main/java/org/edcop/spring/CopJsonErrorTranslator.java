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

  /**
   * The typed error for a translated Jackson error, in words of cop's own (Jackson's messages name
   * internal classes and echo input).
   *
   * @param kind what is wrong
   * @param pointer where, as a JSON Pointer
   * @param line the line, 1-based, or a value below 1 if unknown
   * @param column the column, 1-based, or a value below 1 if unknown
   * @return the typed error
   */
  static CopJsonException typed(
      CopJsonException.Kind kind, String pointer, long line, long column) {
    String detail =
        switch (kind) {
          case UNKNOWN_PROPERTY -> "the property is not known";
          case NULL_VALUE -> "the value must not be null";
          case WRONG_TYPE -> "the value has the wrong type";
          case LIMIT_EXCEEDED -> "the document is over a limit";
          case TRUNCATED -> "the document ends too early";
          case DUPLICATE_PROPERTY -> "the property appears twice";
          case MALFORMED -> "the document is not well-formed JSON";
          default -> "the value is not valid";
        };
    return new CopJsonException(kind, pointer, detail, line, column, null);
  }
}
