package org.edcop.json.format.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import org.edcop.json.format.CopJsonException;
import org.edcop.json.format.CopJsonException.Kind;
import org.edcop.json.format.CopJsonLimits;

/**
 * The parts of the facades' reading that do not depend on a Jackson generation, written once so
 * that the Jackson 2 and Jackson 3 facades give the same errors in the same words: bounded reading
 * of the input into bytes, and the plain-language details of the typed error. Each Jackson module
 * only decides which of these applies to its own exception types.
 */
public final class ReaderErrors {

  /** The longest property name a facade accepts, in characters; fixed. */
  public static final int MAX_NAME_LENGTH = 1000;

  /** The most digits a number may have in a facade; fixed. */
  public static final int MAX_NUMBER_LENGTH = 1000;

  /** The detail of a document that ends inside its value. */
  public static final String TRUNCATED = "the document ends before its JSON value is complete";

  /** The detail of content after the document's value. */
  public static final String TRAILING = "there is more content after the end of the document";

  /** The detail of a whole number too large for its property. */
  public static final String OUT_OF_RANGE =
      "the number is out of range for a whole-number property";

  /** The detail of a value that fits no other description. */
  public static final String DOES_NOT_FIT = "the value does not fit here";

  private ReaderErrors() {}

  // ---- bounded input ---------------------------------------------------------------------------

  /**
   * The UTF-8 bytes of a text document, refused before encoding when it cannot fit the limit.
   *
   * @param json the document
   * @param limits the limits
   * @return the bytes
   * @throws CopJsonException if the document is over the size limit
   */
  public static byte[] bytes(String json, CopJsonLimits limits) {
    Objects.requireNonNull(json, "json");
    if (json.length() > limits.maxDocumentBytes()) {
      throw tooLarge(limits);
    }
    return json.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Reads a stream to its end, stopping as soon as it passes the size limit. The stream is not
   * closed.
   *
   * @param json the stream
   * @param limits the limits
   * @return the bytes
   * @throws CopJsonException if the stream fails or is over the size limit
   */
  public static byte[] bytes(InputStream json, CopJsonLimits limits) {
    Objects.requireNonNull(json, "json");
    try {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      byte[] chunk = new byte[8192];
      long total = 0;
      int read;
      while ((read = json.read(chunk)) != -1) {
        total += read;
        if (total > limits.maxDocumentBytes()) {
          throw tooLarge(limits);
        }
        buffer.write(chunk, 0, read);
      }
      return buffer.toByteArray();
    } catch (IOException e) {
      throw io(e);
    }
  }

  /**
   * Reads a file through a bounded stream: its reported size is never trusted, since it is 0 for
   * {@code /dev/zero}, FIFOs and {@code /proc} files, and a file may grow while it is read.
   *
   * @param file the file
   * @param limits the limits
   * @return the bytes
   * @throws CopJsonException if the file cannot be read or is over the size limit
   */
  public static byte[] bytes(Path file, CopJsonLimits limits) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return bytes(in, limits);
    } catch (IOException e) {
      throw io(e);
    }
  }

  // ---- engine failures -------------------------------------------------------------------------

  /**
   * Turns a classified engine failure into the typed error, with the line and column counted in
   * characters from the document's bytes.
   *
   * @param failure the engine's failure
   * @param json the document
   * @param limits the limits in force, for the message
   * @return the typed error
   */
  public static CopJsonException translate(
      EngineFailure failure, byte[] json, CopJsonLimits limits) {
    String original = failure.original();
    Kind kind;
    String detail;
    switch (failure.category()) {
      case LIMIT -> {
        kind = Kind.LIMIT_EXCEEDED;
        detail = limitDetail(original, limits);
      }
      case END_OF_INPUT -> {
        kind = Kind.TRUNCATED;
        detail = TRUNCATED;
      }
      case NUMBER_RANGE -> {
        kind = Kind.WRONG_TYPE;
        detail = OUT_OF_RANGE;
      }
      case MISMATCH -> {
        kind = Kind.WRONG_TYPE;
        detail =
            wrongType(failure.target(), failure.token() == null ? null : failure.token().name());
      }
      case SYNTAX -> {
        kind = isDuplicate(original) ? Kind.DUPLICATE_PROPERTY : Kind.MALFORMED;
        detail = isDuplicate(original) ? duplicate(failure.name()) : malformed(original);
      }
      case UNDECODABLE -> {
        return undecodable(failure);
      }
      default -> {
        kind = Kind.WRONG_TYPE;
        detail = DOES_NOT_FIT;
      }
    }
    return new CopJsonException(
        kind,
        failure.pointer(),
        detail,
        TextPositions.line(json, failure.offset()),
        TextPositions.column(json, failure.offset()),
        failure.getCause());
  }

  /**
   * Adds the line and column of the pointer's value to an error found after parsing, by walking the
   * document again with the engine's cursor (error path only). The same walk tells an explicit
   * {@code null} from a missing value, which a reader that keeps {@code null} as missing reports
   * alike.
   *
   * @param error the error found by a reader or a mapping
   * @param json the document
   * @param engine the engine
   * @return the error with a location, or the same error if the pointer cannot be found
   */
  public static CopJsonException locate(CopJsonException error, byte[] json, JsonEngine engine) {
    String target = error.getPointer();
    // a missing property has no location of its own: point at the object that lacks it
    String fallback = target.isEmpty() ? "" : target.substring(0, target.lastIndexOf('/'));
    long found = -1;
    boolean explicitNull = false;
    // a name given twice: the second value is the one to point at
    int skip = error.getKind() == Kind.DUPLICATE_PROPERTY ? 1 : 0;
    try (TokenCursor cursor = engine.open(json)) {
      JsonToken token;
      while ((token = cursor.next()) != null) {
        if (token == JsonToken.NAME || token.isStructEnd()) {
          continue;
        }
        String here = cursor.pointer();
        if (here.equals(target) && skip-- > 0) {
          continue;
        }
        if (here.equals(target)) {
          found = cursor.offset();
          explicitNull = token == JsonToken.NULL;
          break;
        }
        if (found < 0 && here.equals(fallback)) {
          found = cursor.offset();
        }
      }
    } catch (EngineFailure unreadable) {
      return error;
    }
    if (found < 0) {
      return error;
    }
    long line = TextPositions.line(json, found);
    long column = TextPositions.column(json, found);
    if (explicitNull && error.getKind() == Kind.MISSING_VALUE) {
      return explicitNull(target, line, column);
    }
    return error.withLocation(line, column);
  }

  // ---- errors
  // ------------------------------------------------------------------------------------

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
   * The error for bytes in memory that the parser could not decode as text: for them a parser "I/O"
   * failure is a decoding failure, never a failed read.
   *
   * @param error the parser's failure
   * @return the error, of kind {@link Kind#MALFORMED}
   */
  public static CopJsonException undecodable(Exception error) {
    return new CopJsonException(
        Kind.MALFORMED,
        "",
        "the document's bytes are not valid text (expected UTF-8)",
        -1,
        -1,
        error);
  }

  /**
   * The error for input that could not be read at all (a failing stream or file).
   *
   * @param error the underlying failure
   * @return the error
   */
  public static CopJsonException io(Exception error) {
    return new CopJsonException(
        Kind.IO, "", "the document could not be read: " + plain(error.getMessage()), -1, -1, error);
  }

  /**
   * Reports an empty document.
   *
   * @return the typed error
   */
  public static CopJsonException empty() {
    return new CopJsonException(Kind.TRUNCATED, "", "the document is empty", 1, 1, null);
  }

  /**
   * Reports a document whose value is not a JSON object.
   *
   * @param document the kind of document, e.g. "plan"
   * @param line the 1-based line of the value
   * @param column the 1-based column of the value
   * @return the typed error
   */
  public static CopJsonException notAnObject(String document, long line, long column) {
    return new CopJsonException(
        Kind.WRONG_TYPE,
        "",
        "a " + document + " document must be a JSON object",
        line,
        column,
        null);
  }

  /**
   * Reports content after the document's value.
   *
   * @param line the 1-based line of the content, or -1
   * @param column the 1-based column of the content, or -1
   * @param cause the parser's complaint about it, or {@code null} if it was a JSON token
   * @return the typed error
   */
  public static CopJsonException trailing(long line, long column, Throwable cause) {
    return new CopJsonException(Kind.TRAILING_CONTENT, "", TRAILING, line, column, cause);
  }

  /**
   * The typed error for an explicit {@code null} where a reader found a required value missing: the
   * readers keep {@code null} as missing, the text tells the two apart.
   *
   * @param pointer where the {@code null} is
   * @param line its 1-based line
   * @param column its 1-based column
   * @return the typed error
   */
  public static CopJsonException explicitNull(String pointer, long line, long column) {
    return new CopJsonException(
        Kind.NULL_VALUE, pointer, "null is not allowed for a required value", line, column, null);
  }

  /**
   * The detail for a reader limit that was exceeded, chosen from the wording of the exception of
   * Jackson's {@code StreamReadConstraints} (the same in Jackson 2.22 and 3.2).
   *
   * @param original Jackson's message
   * @param limits the limits in force
   * @return the detail
   */
  public static String limitDetail(String original, CopJsonLimits limits) {
    if (original.contains("nesting depth")) {
      return "the document nests objects and arrays deeper than the limit of "
          + limits.maxNestingDepth()
          + " levels";
    }
    if (original.contains("Name length")) {
      return "a property name is longer than the limit of " + MAX_NAME_LENGTH + " characters";
    }
    if (isTextTooLong(original)) {
      return "a text value is longer than the limit of " + limits.maxStringLength() + " characters";
    }
    if (original.contains("Document length")) {
      return "the document is larger than the limit of " + limits.maxDocumentBytes() + " bytes";
    }
    if (original.contains("Number value length")) {
      return "a number has more digits than the limit of " + MAX_NUMBER_LENGTH;
    }
    return "the document exceeds a reader limit";
  }

  /**
   * Whether a limit error is about a text value. Jackson notices an over-long text part-way through
   * reading it, at an offset that depends on its buffering (and differs between Jackson 2 and 3);
   * the facades report the start of the text instead.
   *
   * @param original Jackson's message
   * @return true for a text over the length limit
   */
  public static boolean isTextTooLong(String original) {
    return original.contains("String value length");
  }

  /**
   * Whether a parser's message reports a repeated property name. Jackson 2 writes {@code Duplicate
   * field 'x'}, Jackson 3 {@code Duplicate Object property "x"}.
   *
   * @param original Jackson's message
   * @return true for a duplicate property
   */
  public static boolean isDuplicate(String original) {
    return original.startsWith("Duplicate field")
        || original.startsWith("Duplicate Object property");
  }

  /**
   * The detail for a repeated property name.
   *
   * @param name the name
   * @return the detail
   */
  public static String duplicate(String name) {
    return "the property '" + name + "' appears twice in the same object";
  }

  /**
   * The detail for a value of the wrong JSON type.
   *
   * @param target the Java type Jackson wanted, or {@code null}
   * @param token the name of the token found (a {@link JsonToken} or a Jackson {@code JsonToken}
   *     constant of either generation), or {@code null} at the end of the input
   * @return the detail
   */
  public static String wrongType(Class<?> target, String token) {
    return "expected " + expected(target) + " but found " + found(token);
  }

  /**
   * The detail for text that is not JSON, keeping Jackson's description of the syntax error.
   *
   * @param original Jackson's message
   * @return the detail
   */
  public static String malformed(String original) {
    return "the document is not well-formed JSON: " + plain(original);
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

  private static String found(String token) {
    if (token == null) {
      return "the end of the document";
    }
    return switch (token) {
      case "START_OBJECT", "END_OBJECT", "FIELD_NAME", "PROPERTY_NAME", "NAME" -> "an object";
      case "START_ARRAY", "END_ARRAY" -> "an array";
      case "VALUE_STRING", "STRING" -> "text";
      case "VALUE_NUMBER_INT", "INTEGER" -> "a whole number";
      case "VALUE_NUMBER_FLOAT", "FLOAT" -> "a number with a fraction";
      case "VALUE_TRUE", "VALUE_FALSE", "TRUE", "FALSE" -> "a boolean";
      case "VALUE_NULL", "NULL" -> "null";
      default -> "something else";
    };
  }

  /** Keeps Jackson's wording of a problem but drops anything that names Java types. */
  private static String plain(String message) {
    if (message == null) {
      return "unknown problem";
    }
    String text = message.replaceAll("\\s*at \\[Source:.*", "").replaceAll("`[^`]*`", "a value");
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
