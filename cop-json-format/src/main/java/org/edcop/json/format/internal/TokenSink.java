package org.edcop.json.format.internal;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * A Jackson generator of either generation, seen through the calls {@link WireWriter} makes: the
 * writing half of the engine interface, as {@link TokenCursor} is the reading half. Indentation,
 * escaping and the target are the generator's.
 */
public interface TokenSink {

  /**
   * Writes the start of an object (an opening brace).
   *
   * @throws IOException if the target fails
   */
  void startObject() throws IOException;

  /**
   * Writes the end of an object (a closing brace).
   *
   * @throws IOException if the target fails
   */
  void endObject() throws IOException;

  /**
   * Writes {@code [}.
   *
   * @throws IOException if the target fails
   */
  void startArray() throws IOException;

  /**
   * Writes {@code ]}.
   *
   * @throws IOException if the target fails
   */
  void endArray() throws IOException;

  /**
   * Writes a property name.
   *
   * @param name the name
   * @throws IOException if the target fails
   */
  void name(String name) throws IOException;

  /**
   * Writes a text value.
   *
   * @param value the text
   * @throws IOException if the target fails
   */
  void string(String value) throws IOException;

  /**
   * Writes a text value given as a range of a character array, escaped as {@link #string(String)}
   * escapes the same text: the plan writer writes attendees' ids this way from its copy of the
   * roster's texts.
   *
   * @param chars the array holding the text
   * @param offset where the text starts in {@code chars}
   * @param length the text's number of chars
   * @throws IOException if the target fails
   */
  void string(char[] chars, int offset, int length) throws IOException;

  /**
   * Writes a number, in the generator's spelling for its type.
   *
   * @param value an {@link Integer}, {@link Double} or {@link BigDecimal}
   * @throws IOException if the target fails
   */
  void number(Number value) throws IOException;

  /**
   * Writes {@code true} or {@code false}.
   *
   * @param value the value
   * @throws IOException if the target fails
   */
  void bool(boolean value) throws IOException;

  /**
   * Writes a value given as JSON text, as it is.
   *
   * @param json the value's text
   * @throws IOException if the target fails
   */
  void raw(String json) throws IOException;
}
