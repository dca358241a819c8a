package org.edcop.json.format.internal;

/**
 * A Jackson exception of either generation, classified by the engine that caught it: the only place
 * where Jackson's exception types are looked at. The shared codec turns it into the typed {@code
 * CopJsonException} ({@link ReaderErrors#translate}), so both generations report the same kind,
 * pointer, words, line and column.
 */
public final class EngineFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What the engine found the failure to be, from the exception's type. */
  public enum Category {
    /** A {@code StreamReadConstraints} limit. */
    LIMIT,
    /** The input ended inside a value. */
    END_OF_INPUT,
    /** A syntax error (including a repeated property name). */
    SYNTAX,
    /** A number too large for its target type. */
    NUMBER_RANGE,
    /** A value of the wrong JSON type for its target. */
    MISMATCH,
    /** Bytes the parser could not decode. */
    UNDECODABLE,
    /** Anything else databind refused. */
    OTHER
  }

  private final Category category;
  private final String original;
  private final Class<?> target;
  private final JsonToken token;
  private final String name;
  private final String pointer;
  private final long offset;

  /**
   * Creates a classified failure.
   *
   * @param category what it is
   * @param original Jackson's own message (never shown as is)
   * @param target the Java type Jackson wanted, or {@code null}
   * @param token the parser's current token, or {@code null}
   * @param name the parser's current property name, or {@code null}
   * @param pointer the JSON Pointer of the parser's position
   * @param offset the byte offset of the problem, or -1
   * @param cause the generation's exception
   */
  public EngineFailure(
      Category category,
      String original,
      Class<?> target,
      JsonToken token,
      String name,
      String pointer,
      long offset,
      Throwable cause) {
    super(String.valueOf(original), cause, false, false);
    this.category = category;
    this.original = String.valueOf(original);
    this.target = target;
    this.token = token;
    this.name = name;
    this.pointer = pointer;
    this.offset = offset;
  }

  /**
   * What the failure is.
   *
   * @return the category
   */
  public Category category() {
    return category;
  }

  /**
   * Jackson's message, for classification only.
   *
   * @return the message
   */
  public String original() {
    return original;
  }

  /**
   * The Java type Jackson wanted.
   *
   * @return the type, or {@code null}
   */
  public Class<?> target() {
    return target;
  }

  /**
   * The parser's current token when it failed.
   *
   * @return the token, or {@code null}
   */
  public JsonToken token() {
    return token;
  }

  /**
   * The parser's current property name when it failed.
   *
   * @return the name, or {@code null}
   */
  public String name() {
    return name;
  }

  /**
   * Where in the document the parser was.
   *
   * @return the JSON Pointer
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Where the problem is, in bytes.
   *
   * @return the byte offset, or -1
   */
  public long offset() {
    return offset;
  }
}
