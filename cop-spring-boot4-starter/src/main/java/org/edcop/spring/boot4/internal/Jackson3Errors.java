package org.edcop.spring.boot4.internal;

import java.util.Optional;
import org.edcop.json.format.CopJsonException;
import org.edcop.json.format.CopJsonException.Kind;
import org.edcop.spring.CopJsonErrorTranslator;
import org.edcop.spring.internal.JacksonErrorParts;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Jackson 3's errors from Boot's own mapper as typed errors. The pointer is built from the
 * exception's path (databind) or the parser's context (streaming), never from the message.
 */
public final class Jackson3Errors {

  private Jackson3Errors() {}

  /**
   * Translates one exception of a cause chain.
   *
   * @param error the exception
   * @return the typed error, or empty if it is not Jackson 3's
   */
  public static Optional<CopJsonException> translate(Throwable error) {
    if (error instanceof DatabindException mapping) {
      if (mapping.getCause() instanceof JacksonException streaming
          && !(streaming instanceof DatabindException)) {
        // databind wraps the parser's own error (a duplicate key, a limit): that one knows where
        return translate(streaming);
      }
      return Optional.of(typed(kind(mapping), pointer(mapping), mapping));
    }
    if (error instanceof StreamConstraintsException limit) {
      return Optional.of(typed(Kind.LIMIT_EXCEEDED, "", limit));
    }
    if (error instanceof StreamReadException read) {
      return Optional.of(typed(kind(read), pointer(read.processor()), read));
    }
    return Optional.empty();
  }

  private static Kind kind(DatabindException error) {
    if (error instanceof UnrecognizedPropertyException) {
      return Kind.UNKNOWN_PROPERTY;
    }
    if (error instanceof InvalidNullException) {
      return Kind.NULL_VALUE;
    }
    if (error instanceof InvalidFormatException format) {
      return JacksonErrorParts.formatKind(format.getValue(), format.getTargetType());
    }
    if (error instanceof MismatchedInputException) {
      return Kind.WRONG_TYPE;
    }
    return Kind.INVALID_VALUE;
  }

  private static Kind kind(StreamReadException error) {
    return JacksonErrorParts.readKind(
        error instanceof UnexpectedEndOfInputException, error.getOriginalMessage());
  }

  private static String pointer(JacksonException error) {
    return JacksonErrorParts.pointer(
        error.getPath(),
        JacksonException.Reference::getPropertyName,
        JacksonException.Reference::getIndex);
  }

  private static String pointer(JsonParser parser) {
    if (parser == null) {
      return "";
    }
    TokenStreamContext context = parser.streamReadContext();
    return context == null ? "" : context.pathAsPointer().toString();
  }

  private static CopJsonException typed(Kind kind, String pointer, JacksonException error) {
    TokenStreamLocation location = error.getLocation();
    long line = location == null ? -1 : location.getLineNr();
    long column = location == null ? -1 : location.getColumnNr();
    return CopJsonErrorTranslator.typed(kind, pointer, line, column);
  }
}
