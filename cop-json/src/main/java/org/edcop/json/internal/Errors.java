package org.edcop.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import org.edcop.json.format.CopJsonException;
import org.edcop.json.format.CopJsonException.Kind;
import org.edcop.json.format.CopJsonLimits;
import org.edcop.json.format.internal.ReaderErrors;

/**
 * Turns Jackson 2's exceptions into the typed {@link CopJsonException}: the pointer comes from the
 * parser's own position (never from Jackson's message), the line and column from the exception's
 * location, and the words from {@link ReaderErrors}, shared with the Jackson 3 module.
 */
public final class Errors {

  private Errors() {}

  /**
   * Translates an exception raised while Jackson read a document.
   *
   * @param error the exception
   * @param parser the parser that was reading
   * @param limits the limits in force, for the message
   * @return the typed error
   */
  public static CopJsonException translate(
      JsonProcessingException error, JsonParser parser, CopJsonLimits limits) {
    // databind wraps the parser's own errors (limits, syntax, number range): use the original
    Throwable cause = error.getCause();
    while (error instanceof com.fasterxml.jackson.databind.JsonMappingException
        && cause instanceof JsonProcessingException inner) {
      error = inner;
      cause = inner.getCause();
    }
    String original = String.valueOf(error.getOriginalMessage());
    Kind kind;
    String detail;
    if (error instanceof StreamConstraintsException) {
      kind = Kind.LIMIT_EXCEEDED;
      detail = ReaderErrors.limitDetail(original, limits);
    } else if (error instanceof JsonEOFException) {
      kind = Kind.TRUNCATED;
      detail = ReaderErrors.TRUNCATED;
    } else if (ReaderErrors.isDuplicate(original)) {
      kind = Kind.DUPLICATE_PROPERTY;
      detail = ReaderErrors.duplicate(parser.getParsingContext().getCurrentName());
    } else if (error instanceof InputCoercionException) {
      kind = Kind.WRONG_TYPE;
      detail = ReaderErrors.OUT_OF_RANGE;
    } else if (error instanceof MismatchedInputException mismatch) {
      kind = Kind.WRONG_TYPE;
      JsonToken token = parser.currentToken();
      detail =
          ReaderErrors.wrongType(mismatch.getTargetType(), token == null ? null : token.name());
    } else if (error instanceof com.fasterxml.jackson.core.JsonParseException) {
      kind = Kind.MALFORMED;
      detail = ReaderErrors.malformed(original);
    } else {
      kind = Kind.WRONG_TYPE;
      detail = ReaderErrors.DOES_NOT_FIT;
    }
    JsonLocation location = error.getLocation();
    if (location == null) {
      location = parser.currentLocation();
    }
    if (kind == Kind.LIMIT_EXCEEDED
        && ReaderErrors.isTextTooLong(original)
        && parser.currentToken() == JsonToken.VALUE_STRING) {
      location = parser.currentTokenLocation();
    }
    return new CopJsonException(
        kind, pointer(parser.getParsingContext()), detail, line(location), column(location), error);
  }

  /**
   * Reports content after the document's value.
   *
   * @param location where the content starts
   * @param cause the parser's complaint about it, or {@code null} if it was a JSON token
   * @return the typed error
   */
  public static CopJsonException trailing(JsonLocation location, Throwable cause) {
    return ReaderErrors.trailing(line(location), column(location), cause);
  }

  /**
   * Adds the line and column of the pointer's value to an error found after parsing, by reading the
   * document again with a plain streaming parser. Used on the error path only.
   *
   * @param error the error found by the mapping
   * @param document the document's bytes
   * @param factory a parser factory
   * @return the error with a location, or the same error if the pointer cannot be found
   */
  public static CopJsonException locate(
      CopJsonException error, byte[] document, JsonFactory factory) {
    String target = error.getPointer();
    // a missing property has no location of its own: point at the object that lacks it
    String fallback = target.isEmpty() ? "" : target.substring(0, target.lastIndexOf('/'));
    JsonLocation found = null;
    boolean explicitNull = false;
    try (JsonParser parser = factory.createParser(document)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.FIELD_NAME || token.isStructEnd()) {
          continue;
        }
        JsonStreamContext context = parser.getParsingContext();
        if (token.isStructStart()) {
          context = context.getParent();
        }
        String here = pointer(context);
        if (here.equals(target)) {
          found = parser.currentTokenLocation();
          explicitNull = token == JsonToken.VALUE_NULL;
          break;
        }
        if (found == null && here.equals(fallback)) {
          found = parser.currentTokenLocation();
        }
      }
    } catch (IOException unreadable) {
      return error;
    }
    if (found == null) {
      return error;
    }
    if (explicitNull && error.getKind() == Kind.MISSING_VALUE) {
      // the wire records cannot tell an absent value from an explicit null; the text can
      return ReaderErrors.explicitNull(target, found.getLineNr(), found.getColumnNr());
    }
    return error.withLocation(found.getLineNr(), found.getColumnNr());
  }

  /**
   * The JSON Pointer of the parser's current position.
   *
   * @param context the parser's context
   * @return the pointer; {@code ""} at the root
   */
  static String pointer(JsonStreamContext context) {
    return context == null ? "" : context.pathAsPointer().toString();
  }

  private static long line(JsonLocation location) {
    return location == null ? -1 : location.getLineNr();
  }

  private static long column(JsonLocation location) {
    return location == null ? -1 : location.getColumnNr();
  }
}
