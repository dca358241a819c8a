package org.edcop.validation.internal;

import org.edcop.validation.ValidationInputException;

/** Range checks of the policy's whole-number thresholds. */
public final class Thresholds {

  private Thresholds() {}

  /**
   * Rejects a value outside a range.
   *
   * @param setting the setting's name
   * @param value its value
   * @param min the smallest value allowed
   * @param max the largest value allowed
   * @throws ValidationInputException naming the setting and the value
   */
  public static void require(String setting, int value, int min, int max) {
    if (value < min || value > max) {
      throw new ValidationInputException(
          setting, String.valueOf(value), "it must be between " + min + " and " + max);
    }
  }
}
