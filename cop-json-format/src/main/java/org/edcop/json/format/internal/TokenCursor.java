package org.edcop.json.format.internal;

/**
 * A Jackson parser of either generation, seen through the few operations the shared codec needs:
 * the natural engine interface, since both generations have a streaming parser. Every failure of
 * the parser surfaces as an {@link EngineFailure} holding the generation's own exception.
 */
public interface TokenCursor extends AutoCloseable {

  /**
   * Moves to the next token.
   *
   * @return the token, or {@code null} at the end of the input
   * @throws EngineFailure if the parser fails
   */
  JsonToken next();

  /**
   * Moves to the next token and tells whether it is the given property name: the parser compares
   * the input with the name in place where it can, which costs less than decoding a name and
   * looking it up. Whatever the answer, the cursor is on the next token afterwards, as after {@link
   * #next}.
   *
   * @param number the name's number, unique to the name within the class loader and below {@link
   *     ParserCursor#NAME_NUMBERS}, by which the cursor may keep a prepared form of the name
   * @param name the name expected
   * @return whether the next token is a property name equal to {@code name}
   * @throws EngineFailure if the parser fails
   */
  boolean nextName(int number, String name);

  /**
   * The current token.
   *
   * @return the token, or {@code null} before the first and after the last
   */
  JsonToken current();

  /**
   * The text of the current name or scalar token, as the parser decoded it.
   *
   * @return the text
   * @throws EngineFailure if the parser fails
   */
  String text();

  /**
   * The characters of the current name or scalar token, in the parser's own buffer, so that a
   * reader can look a text up without making a {@code String} of it. Call this before {@link
   * #textOffset} and {@link #textLength}; the characters are valid until the cursor moves.
   *
   * @return the parser's buffer, holding the text at {@link #textOffset} for {@link #textLength}
   *     characters; not to be changed
   * @throws EngineFailure if the parser fails (as {@link #text} would)
   */
  char[] textCharacters();

  /**
   * Where the current token's text starts in the buffer {@link #textCharacters} returned.
   *
   * @return the index of its first character
   */
  int textOffset();

  /**
   * The length of the current token's text in the buffer {@link #textCharacters} returned.
   *
   * @return the number of characters
   */
  int textLength();

  /**
   * The JSON Pointer of the value the current token starts or belongs to: for a property name the
   * pointer of its value, for the start of an object or an array the pointer of the object or array
   * itself.
   *
   * @return the pointer; {@code ""} at the root
   */
  String pointer();

  /**
   * Where the current token starts, in bytes from the start of the input.
   *
   * @return the byte offset, or -1 if the parser does not know
   */
  long offset();

  /**
   * The current number token as a value of the given type, converted by the parser (which reports a
   * value out of range for an {@code int} itself).
   *
   * @param type {@code Integer.class}, {@code Double.class} or {@code BigDecimal.class}
   * @return the value
   * @throws EngineFailure if the parser fails
   */
  Number number(Class<? extends Number> type);

  /**
   * A failure for a value of the wrong JSON type at the current token, placed as databind would
   * place it: at the token's start and the parser's pointer.
   *
   * @param target the Java type the reader wanted
   * @return the failure, to throw
   */
  EngineFailure mismatch(Class<?> target);

  /** Releases the parser (never the caller's input). */
  @Override
  void close();
}
