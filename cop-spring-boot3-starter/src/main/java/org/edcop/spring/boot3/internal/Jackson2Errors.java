package org.edcop.spring.boot3.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Optional;
import org.edcop.json.format.CopJsonException;
import org.edcop.json.format.CopJsonException.Kind;
import org.edcop.spring.CopJsonErrorTranslator;
import org.edcop.spring.internal.JacksonErrorParts;

/**
 * Jackson 2's errors from Boot's own mapper as typed errors. The pointer is built from the
 * exception's path (databind) or the parser's context (streaming), never from the message, which
 * names internal classes.
 */
public final class Jackson2Errors {

  private Jackson2Errors() {}

  /**
   * Translates one exception of a cause chain.
   *
   * @param error the exception
   * @return the typed error, or empty if it is not Jackson 2's
   */
  public static Optional<CopJsonException> translate(Throwable error) {
    if (error instanceof JsonMappingException mapping) {
      if (mapping.getCause() instanceof JsonProcessingException streaming
          && !(streaming instanceof JsonMappingException)) {
        // databind wraps the parser's own error (a duplicate key, a limit): that one knows where
        return translate(streaming);
      }
      return Optional.of(typed(kind(mapping), pointer(mapping), mapping));
    }
    if (error instanceof StreamConstraintsException limit) {
      return Optional.of(typed(Kind.LIMIT_EXCEEDED, "", limit));
    }
    if (error instanceof StreamReadException read) {
      return Optional.of(typed(kind(read), pointer(read.getProcessor()), read));
    }
    return Optional.empty();
  }

  private static Kind kind(JsonMappingException error) {
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
        error instanceof JsonEOFException, error.getOriginalMessage());
  }

  private static String pointer(JsonMappingException error) {
    return JacksonErrorParts.pointer(
        error.getPath(),
        JsonMappingException.Reference::getFieldName,
        JsonMappingException.Reference::getIndex);
  }

  private static String pointer(JsonParser parser) {
    if (parser == null) {
      return "";
    }
    JsonStreamContext context = parser.getParsingContext();
    return context == null ? "" : context.pathAsPointer().toString();
  }

  private static CopJsonException typed(Kind kind, String pointer, JsonProcessingException error) {
    JsonLocation location = error.getLocation();
    long line = location == null ? -1 : location.getLineNr();
    long column = location == null ? -1 : location.getColumnNr();
    return CopJsonErrorTranslator.typed(kind, pointer, line, column);
  }
}
