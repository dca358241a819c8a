package org.edcop.json3.internal;

import org.edcop.json.format.CopJsonException;
import org.edcop.json.format.CopJsonException.Kind;
import org.edcop.json.format.CopJsonLimits;
import org.edcop.json.format.internal.ReaderErrors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns Jackson 3's exceptions into the typed {@link CopJsonException}, with the same kinds,
 * pointers and words as the Jackson 2 facade ({@link ReaderErrors} holds the shared wording): the
 * pointer comes from the parser's own position, never from Jackson's message, and the line and
 * column from the exception's location.
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
      JacksonException error, JsonParser parser, CopJsonLimits limits) {
    // databind wraps the parser's own errors (limits, syntax, number range): use the original
    Throwable cause = error.getCause();
    while (error instanceof DatabindException && cause instanceof JacksonException inner) {
      error = inner;
      cause = inner.getCause();
    }
    String original = String.valueOf(error.getOriginalMessage());
    Kind kind;
    String detail;
    // the order matters: the first three are kinds of StreamReadException too
    if (error instanceof StreamConstraintsException) {
      kind = Kind.LIMIT_EXCEEDED;
      detail = ReaderErrors.limitDetail(original, limits);
    } else if (error instanceof UnexpectedEndOfInputException) {
      kind = Kind.TRUNCATED;
      detail = ReaderErrors.TRUNCATED;
    } else if (ReaderErrors.isDuplicate(original)) {
      kind = Kind.DUPLICATE_PROPERTY;
      detail = ReaderErrors.duplicate(parser.streamReadContext().currentName());
    } else if (error instanceof InputCoercionException) {
      kind = Kind.WRONG_TYPE;
      detail = ReaderErrors.OUT_OF_RANGE;
    } else if (error instanceof MismatchedInputException mismatch) {
      kind = Kind.WRONG_TYPE;
      JsonToken token = parser.currentToken();
      detail =
          ReaderErrors.wrongType(mismatch.getTargetType(), token == null ? null : token.name());
    } else if (error instanceof StreamReadException) {
      kind = Kind.MALFORMED;
      detail = ReaderErrors.malformed(original);
    } else {
      kind = Kind.WRONG_TYPE;
      detail = ReaderErrors.DOES_NOT_FIT;
    }
    TokenStreamLocation location = error.getLocation();
    if (location == null) {
      location = parser.currentLocation();
    }
    if (kind == Kind.LIMIT_EXCEEDED
        && ReaderErrors.isTextTooLong(original)
        && parser.currentToken() == JsonToken.VALUE_STRING) {
      location = parser.currentTokenLocation();
    }
    return new CopJsonException(
        kind, pointer(parser.streamReadContext()), detail, line(location), column(location), error);
  }

  /**
   * Reports content after the document's value.
   *
   * @param location where the content starts
   * @param cause the parser's complaint about it, or {@code null} if it was a JSON token
   * @return the typed error
   */
  public static CopJsonException trailing(TokenStreamLocation location, Throwable cause) {
    return ReaderErrors.trailing(line(location), column(location), cause);
  }

  /**
   * Adds the line and column of the pointer's value to an error found after parsing, by reading the
   * document again with a plain streaming parser. Used on the error path only. The same pass tells
   * an explicit {@code null} from a missing value, which the wire records cannot.
   *
   * @param error the error found by the mapping
   * @param document the document's bytes
   * @param mapper the mapper whose parser factory to use
   * @return the error with a location, or the same error if the pointer cannot be found
   */
  public static CopJsonException locate(
      CopJsonException error, byte[] document, ObjectMapper mapper) {
    String target = error.getPointer();
    // a missing property has no location of its own: point at the object that lacks it
    String fallback = target.isEmpty() ? "" : target.substring(0, target.lastIndexOf('/'));
    TokenStreamLocation found = null;
    boolean explicitNull = false;
    try (JsonParser parser = mapper.createParser(document)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.PROPERTY_NAME || token.isStructEnd()) {
          continue;
        }
        TokenStreamContext context = parser.streamReadContext();
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
    } catch (JacksonException unreadable) {
      return error;
    }
    if (found == null) {
      return error;
    }
    if (explicitNull && error.getKind() == Kind.MISSING_VALUE) {
      return ReaderErrors.explicitNull(target, found.getLineNr(), found.getColumnNr());
    }
    return error.withLocation(found.getLineNr(), found.getColumnNr());
  }

  /**
   * The 1-based line of a location.
   *
   * @param location the location, or {@code null}
   * @return the line, or -1 if unknown
   */
  public static long line(TokenStreamLocation location) {
    return location == null || location == TokenStreamLocation.NA ? -1 : location.getLineNr();
  }

  /**
   * The 1-based column of a location.
   *
   * @param location the location, or {@code null}
   * @return the column, or -1 if unknown
   */
  public static long column(TokenStreamLocation location) {
    return location == null || location == TokenStreamLocation.NA ? -1 : location.getColumnNr();
  }

  private static String pointer(TokenStreamContext context) {
    return context == null ? "" : context.pathAsPointer().toString();
  }
}
