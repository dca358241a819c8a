package org.edcop.validation.internal;

import java.util.Optional;

/** Small helpers on the plan's optional text. */
final class Text {

  private Text() {}

  /**
   * Whether optional text holds something other than white space.
   *
   * @param value the text
   * @return {@code true} if present and not blank
   */
  static boolean present(Optional<String> value) {
    return value.isPresent() && !value.get().isBlank();
  }

  /**
   * Whether text is something other than white space.
   *
   * @param value the text
   * @return {@code true} if not blank
   */
  static boolean present(String value) {
    return !value.isBlank();
  }
}
