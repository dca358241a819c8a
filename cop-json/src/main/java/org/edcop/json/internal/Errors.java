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
import java.util.Collection;
import java.util.Map;
import org.edcop.json.format.CopJsonException;
import org.edcop.json.format.CopJsonException.Kind;
import org.edcop.json.format.CopJsonLimits;

/**
 * Turns Jackson 2's exceptions into the typed {@link CopJsonException}: the pointer comes from
 * the parser's own position (never from Jackson's message), the line and column from the
 * exception's location, and the message is written here in plain words.
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
    String pointer = pointer(parser.getParsingContext());
    JsonLocation location = error.getLocation();
    if (location == null) {
      location = parser.currentLocation();
    }
    Kind kind;
    String detail;
    String original = String.valueOf(error.getOriginalMessage());
    if (error instanceof StreamConstraintsException) {
      kind = Kind.LIMIT_EXCEEDED;
      detail = limitDetail(original, limits);
    } else if (error instanceof JsonEOFException) {
      kind = Kind.TRUNCATED;
      detail = "the document ends before its JSON value is complete";
    } else if (original.startsWith("Duplicate field")) {
      kind = Kind.DUPLICATE_PROPERTY;
      detail = "the property '" + parser.getParsingContext().getCurrentName()
          + "' appears twice in the same object";
    } else if (error instanceof InputCoercionException) {
      kind = Kind.WRONG_TYPE;
      detail = "the number is out of range for a whole-number property";
    } else if (error instanceof MismatchedInputException mismatch) {
      kind = Kind.WRONG_TYPE;
      detail = "expected " + expected(mismatch.getTargetType()) + " but found "
          + found(parser.currentToken());
    } else if (error instanceof com.fasterxml.jackson.core.JsonParseException) {
      kind = Kind.MALFORMED;
      detail = "the document is not well-formed JSON: " + plain(original);
    } else {
      kind = Kind.WRONG_TYPE;
      detail = "the value does not fit here";
    }
    return new CopJsonException(
        kind,
        pointer,
        detail,
        location == null ? -1 : location.getLineNr(),
        location == null ? -1 : location.getColumnNr(),
        error);
  }

  /**
   * Reports content after the document's value.
   *
   * @param parser the parser, positioned on the extra content
   * @return the typed error
   */
  public static CopJsonException trailing(JsonParser parser) {
    JsonLocation location = parser.currentTokenLocation();
    return new CopJsonException(
        Kind.TRAILING_CONTENT,
        "",
        "there is more content after the end of the document",
        location.getLineNr(),
        location.getColumnNr(),
        null);
  }

  /**
   * Reports a document over the size limit, found before parsing.
   *
   * @param limits the limits
   * @return the typed error
   */
  public static CopJsonException tooLarge(CopJsonLimits limits) {
    return new CopJsonException(
        Kind.LIMIT_EXCEEDED,
        "",
        "the document is larger than the limit of " + limits.maxDocumentBytes() + " bytes");
  }

  /**
   * Wraps a failure to read the input itself.
   *
   * @param error the I/O error
   * @return the typed error
   */
  public static CopJsonException io(IOException error) {
    return new CopJsonException(
        Kind.IO, "", "the document could not be read: " + plain(error.getMessage()), -1, -1, error);
  }

  /**
   * Adds the line and column of the pointer's value to an error found after parsing, by reading
   * the document again with a plain streaming parser. Used on the error path only.
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
    String fallback =
        target.isEmpty() ? "" : target.substring(0, target.lastIndexOf('/'));
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
      return new CopJsonException(
          Kind.NULL_VALUE,
          target,
          "null is not allowed for a required value",
          found.getLineNr(),
          found.getColumnNr(),
          null);
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

  private static String limitDetail(String original, CopJsonLimits limits) {
    if (original.contains("nesting depth")) {
      return "the document nests objects and arrays deeper than the limit of "
          + limits.maxNestingDepth() + " levels";
    }
    if (original.contains("Name length")) {
      return "a property name is longer than the limit of " + Mappers.MAX_NAME_LENGTH
          + " characters";
    }
    if (original.contains("String value length")) {
      return "a text value is longer than the limit of " + limits.maxStringLength()
          + " characters";
    }
    if (original.contains("Document length")) {
      return "the document is larger than the limit of " + limits.maxDocumentBytes() + " bytes";
    }
    if (original.contains("Number value length")) {
      return "a number has more digits than the limit of " + Mappers.MAX_NUMBER_LENGTH;
    }
    return "the document exceeds a reader limit";
  }

  private static String expected(Class<?> raw) {
    if (raw == null) {
      return "another kind of value";
    }
    if (raw == String.class) {
      return "text";
    }
    if (raw == Integer.class || raw == int.class) {
      return "a whole number";
    }
    if (raw == Double.class || raw == double.class) {
      return "a number";
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return "true or false";
    }
    if (Collection.class.isAssignableFrom(raw)) {
      return "an array";
    }
    if (Map.class.isAssignableFrom(raw) || raw.isRecord()) {
      return "an object";
    }
    return "another kind of value";
  }

  private static String found(JsonToken token) {
    if (token == null) {
      return "the end of the document";
    }
    return switch (token) {
      case START_OBJECT, END_OBJECT, FIELD_NAME -> "an object";
      case START_ARRAY, END_ARRAY -> "an array";
      case VALUE_STRING -> "text";
      case VALUE_NUMBER_INT -> "a whole number";
      case VALUE_NUMBER_FLOAT -> "a number with a fraction";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> "something else";
    };
  }

  /** Keeps Jackson's wording of a syntax error but drops anything that names Java types. */
  private static String plain(String message) {
    if (message == null) {
      return "unknown problem";
    }
    String text = message.replaceAll("\\s*at \\[Source:.*", "").replaceAll("`[^`]*`", "a value");
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
