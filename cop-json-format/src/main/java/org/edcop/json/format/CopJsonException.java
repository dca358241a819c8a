package org.edcop.json.format;

import java.util.Objects;

/**
 * The one error every cop JSON reader raises for a document it cannot accept: malformed or
 * truncated JSON, a value of the wrong type, an unknown code, a date-time without an offset, a
 * missing required value, a limit exceeded and so on. It says what is wrong in plain words and
 * where: a JSON Pointer (RFC 6901) to the offending value, and the line and column in the document
 * when they are known.
 *
 * <p>The message never names Java classes of the library or of Jackson, so it can be shown to the
 * person who wrote the document.
 *
 * @since 0.1.0
 */
public final class CopJsonException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What kind of problem the document has. */
  public enum Kind {
    /** The bytes are not JSON: a syntax error, an invalid character, bad UTF-8. */
    MALFORMED,
    /** The document ends before its JSON value is complete. */
    TRUNCATED,
    /** Something follows the document's single top-level value. */
    TRAILING_CONTENT,
    /** An object names the same property twice. */
    DUPLICATE_PROPERTY,
    /** A value has the wrong JSON type, e.g. a number where text or a code is expected. */
    WRONG_TYPE,
    /** A required property is absent. */
    MISSING_VALUE,
    /** A property is {@code null}; the format omits absent values instead. */
    NULL_VALUE,
    /** A text value is not one of the codes of its vocabulary. */
    UNKNOWN_CODE,
    /**
     * A text or number value has the right type but not a valid form, e.g. a date-time without an
     * offset or an unknown time zone.
     */
    INVALID_VALUE,
    /** In strict mode: a property this version of the format does not define. */
    UNKNOWN_PROPERTY,
    /** The document was written for a newer, incompatible version of the format. */
    UNSUPPORTED_VERSION,
    /** The document is larger, deeper or has longer text than the reader's limits allow. */
    LIMIT_EXCEEDED,
    /** The document could not be read from its file or stream. */
    IO
  }

  private final Kind kind;
  private final String pointer;
  private final String detail;
  private final long line;
  private final long column;

  /**
   * Creates an error.
   *
   * @param kind what kind of problem it is
   * @param pointer a JSON Pointer to the offending value; {@code ""} for the whole document
   * @param detail a plain description of the problem, without location
   * @param line the 1-based line, or -1 if unknown
   * @param column the 1-based column, or -1 if unknown
   * @param cause the underlying error, or {@code null}
   */
  public CopJsonException(
      Kind kind, String pointer, String detail, long line, long column, Throwable cause) {
    super(format(pointer, detail, line, column), cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.detail = Objects.requireNonNull(detail, "detail");
    this.line = line;
    this.column = column;
  }

  /**
   * Creates an error whose line and column are not known (yet).
   *
   * @param kind what kind of problem it is
   * @param pointer a JSON Pointer to the offending value; {@code ""} for the whole document
   * @param detail a plain description of the problem, without location
   */
  public CopJsonException(Kind kind, String pointer, String detail) {
    this(kind, pointer, detail, -1, -1, null);
  }

  private static String format(String pointer, String detail, long line, long column) {
    StringBuilder text = new StringBuilder(detail).append(" (at ");
    text.append(pointer.isEmpty() ? "the document root" : pointer);
    if (line > 0) {
      text.append(", line ").append(line);
      if (column > 0) {
        text.append(", column ").append(column);
      }
    }
    return text.append(')').toString();
  }

  /**
   * Returns a copy of this error that knows where in the text the problem is.
   *
   * @param line the 1-based line
   * @param column the 1-based column
   * @return the located error
   */
  public CopJsonException withLocation(long line, long column) {
    CopJsonException located =
        new CopJsonException(kind, pointer, detail, line, column, getCause());
    located.setStackTrace(getStackTrace());
    return located;
  }

  /**
   * What kind of problem the document has.
   *
   * @return the kind
   */
  public Kind getKind() {
    return kind;
  }

  /**
   * A JSON Pointer (RFC 6901) to the offending value, e.g. {@code
   * /community/membership/members/2/tier}; the empty string means the whole document.
   *
   * @return the pointer
   */
  public String getPointer() {
    return pointer;
  }

  /**
   * The problem in plain words, without the location that {@link #getMessage()} adds.
   *
   * @return the description
   */
  public String getDetail() {
    return detail;
  }

  /**
   * The 1-based line of the problem in the document.
   *
   * @return the line, or -1 if unknown
   */
  public long getLine() {
    return line;
  }

  /**
   * The 1-based column of the problem in the document.
   *
   * @return the column, or -1 if unknown
   */
  public long getColumn() {
    return column;
  }
}
