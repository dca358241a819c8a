package org.edcop.records;

import java.math.RoundingMode;
import org.edcop.model.Vocabulary;

/**
 * How credit is rounded to the district's increment (see {@link
 * CreditPolicy#getCreditIncrement()}).
 *
 * @since 0.2.0
 */
public enum CreditRounding implements Vocabulary {
  /** Down to the increment below: nobody gets credit for time not spent (the default). */
  DOWN(RoundingMode.DOWN),
  /** To the nearest increment, halves up. */
  NEAREST(RoundingMode.HALF_UP),
  /** Up to the increment above. */
  UP(RoundingMode.UP);

  private final RoundingMode mode;

  CreditRounding(RoundingMode mode) {
    this.mode = mode;
  }

  /**
   * The matching {@link RoundingMode} for non-negative amounts.
   *
   * @return the rounding mode
   */
  public RoundingMode roundingMode() {
    return mode;
  }
}
