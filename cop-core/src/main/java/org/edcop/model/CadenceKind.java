package org.edcop.model;

/**
 * The shape of a meeting cadence (guide section: Launch). Which attributes of {@link Cadence} each
 * kind reads is said on the constant.
 *
 * @since 0.1.0
 */
public enum CadenceKind implements Vocabulary {
  /**
   * Every given number of weeks ({@code intervalWeeks}; 1 is weekly), on a {@code dayOfWeek}.
   * Without a weekday, the weekday of the launch date is meant.
   */
  EVERY_N_WEEKS,
  /**
   * Once a month: on the n-th weekday ({@code weekOfMonth} and {@code dayOfWeek}, week 5 meaning
   * the last such weekday) or on a day of the month ({@code dayOfMonth}).
   */
  MONTHLY,
  /**
   * Once every given number of months ({@code intervalMonths}), on the n-th weekday or on a day of
   * the month as for {@link #MONTHLY}; months are counted from the launch month.
   *
   * @since 0.2.0
   */
  EVERY_N_MONTHS,
  /**
   * Twice a month: on two n-th weekdays ({@code weeksOfMonth}, e.g. 1 and 3, and {@code dayOfWeek})
   * or on two days of the month ({@code daysOfMonth}, e.g. 1 and 15).
   *
   * @since 0.2.0
   */
  TWICE_MONTHLY
}
