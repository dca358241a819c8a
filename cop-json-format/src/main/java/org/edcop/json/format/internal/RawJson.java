package org.edcop.json.format.internal;

import java.util.Objects;

/**
 * One JSON value kept as text because the format does not define it: the value of an unknown
 * property. The text is canonical: no whitespace outside strings, strings escaped the way {@link
 * RawJsonText} escapes them, numbers exactly as they were written (so {@code 2.50} stays {@code
 * 2.50}). Each Jackson module reads it token by token into {@link RawJsonText} and writes it back
 * as a raw value.
 *
 * @param text the value's JSON text
 */
public record RawJson(String text) {

  /** The JSON {@code null} literal, as an unknown property's value. */
  public static final RawJson NULL = new RawJson("null");

  /**
   * Checks the text is present.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public RawJson {
    Objects.requireNonNull(text, "text");
  }
}
