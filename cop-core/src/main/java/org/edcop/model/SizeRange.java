package org.edcop.model;

import org.immutables.value.Value;

/**
 * The ideal size of a community as a range of headcounts (guide section: Membership). The model
 * holds any two numbers; the validator reports a range whose minimum exceeds its maximum or is
 * negative.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface SizeRange extends Extensible {

  /**
   * The smallest ideal headcount.
   *
   * @return the minimum
   */
  @Value.Parameter
  int getMin();

  /**
   * The largest ideal headcount.
   *
   * @return the maximum
   */
  @Value.Parameter
  int getMax();

  /**
   * Whether a headcount lies within the range, both ends included.
   *
   * @param headcount a number of members
   * @return {@code true} if {@code min <= headcount <= max}
   */
  default boolean contains(int headcount) {
    return headcount >= getMin() && headcount <= getMax();
  }

  /**
   * Creates a range.
   *
   * @param min smallest ideal headcount
   * @param max largest ideal headcount
   * @return the range
   */
  static ImmutableSizeRange of(int min, int max) {
    return ImmutableSizeRange.of(min, max);
  }
}
