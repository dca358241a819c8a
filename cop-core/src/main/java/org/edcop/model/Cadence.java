package org.edcop.model;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How often, on which days and at what time the community meets (guide section: Launch). The {@link
 * #getKind() kind} says which attributes count:
 *
 * <ul>
 *   <li>{@link CadenceKind#EVERY_N_WEEKS}: {@code intervalWeeks} (1 for weekly) and {@code
 *       dayOfWeek};
 *   <li>{@link CadenceKind#MONTHLY}: the n-th weekday ({@code weekOfMonth = 2, dayOfWeek = TUESDAY}
 *       is the second Tuesday; a {@code weekOfMonth} of 5 means the last such day) or a {@code
 *       dayOfMonth} (the last day of the month when the month is shorter);
 *   <li>{@link CadenceKind#EVERY_N_MONTHS}: {@code intervalMonths} plus a day as for monthly;
 *   <li>{@link CadenceKind#TWICE_MONTHLY}: two {@code weeksOfMonth} with a {@code dayOfWeek} (the
 *       first and third Tuesday), or two {@code daysOfMonth} (the 1st and the 15th).
 * </ul>
 *
 * <p>The optional {@code startTime} is the local time meetings begin in the plan's time zone; it
 * stays the same across daylight-saving changes. Attributes a kind does not read are kept but
 * ignored. Every attribute is optional, so a cadence written by version 0.1 reads unchanged.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Cadence extends Extensible {

  /**
   * The shape of the cadence.
   *
   * @return weekly-based, monthly, every few months or twice a month
   */
  CadenceKind getKind();

  /**
   * For {@link CadenceKind#EVERY_N_WEEKS}: the number of weeks between meetings.
   *
   * @return the interval in weeks, if set
   */
  Optional<Integer> getIntervalWeeks();

  /**
   * For {@link CadenceKind#EVERY_N_MONTHS}: the number of months between meetings.
   *
   * @return the interval in months, if set
   * @since 0.2.0
   */
  Optional<Integer> getIntervalMonths();

  /**
   * For a monthly rule: which occurrence of the day in the month, 1 to 4, or 5 for the last.
   *
   * @return the week of the month, if set
   */
  Optional<Integer> getWeekOfMonth();

  /**
   * For {@link CadenceKind#MONTHLY} and {@link CadenceKind#EVERY_N_MONTHS} by date: the day of the
   * month, 1 to 31; in a shorter month the meeting falls on its last day.
   *
   * @return the day of the month, if set
   * @since 0.2.0
   */
  Optional<Integer> getDayOfMonth();

  /**
   * For {@link CadenceKind#TWICE_MONTHLY} by weekday: the two occurrences of {@link
   * #getDayOfWeek()} in the month, each 1 to 4 or 5 for the last (e.g. 1 and 3).
   *
   * @return the weeks of the month, as listed
   * @since 0.2.0
   */
  List<Integer> getWeeksOfMonth();

  /**
   * For {@link CadenceKind#TWICE_MONTHLY} by date: the two days of the month, each 1 to 31 (e.g. 1
   * and 15); in a shorter month a day past its end means the last day.
   *
   * @return the days of the month, as listed
   * @since 0.2.0
   */
  List<Integer> getDaysOfMonth();

  /**
   * The day of the week meetings fall on.
   *
   * @return the day, if set
   */
  Optional<DayOfWeek> getDayOfWeek();

  /**
   * The local time meetings start at, in the plan's time zone (e.g. 15:30).
   *
   * @return the start time, if set
   * @since 0.2.0
   */
  Optional<LocalTime> getStartTime();

  /**
   * The usual gap between two meetings of this cadence: {@code intervalWeeks} weeks, one month,
   * {@code intervalMonths} months, or 15 days (half a month) for twice a month, whose real gaps run
   * from about two to three weeks. Meant for rules that compare the spacing of meetings with the
   * cadence.
   *
   * @return the gap, or empty when the kind's interval is missing or below 1
   * @since 0.2.0
   */
  default Optional<Period> nominalGap() {
    switch (getKind()) {
      case EVERY_N_WEEKS:
        return getIntervalWeeks().filter(n -> n >= 1).map(Period::ofWeeks);
      case EVERY_N_MONTHS:
        return getIntervalMonths().filter(n -> n >= 1).map(Period::ofMonths);
      case TWICE_MONTHLY:
        return Optional.of(Period.ofDays(15));
      case MONTHLY:
      default:
        return Optional.of(Period.ofMonths(1));
    }
  }

  /**
   * Meetings every {@code weeks} weeks.
   *
   * @param weeks weeks between meetings
   * @return the cadence
   */
  static ImmutableCadence everyWeeks(int weeks) {
    return builder().kind(CadenceKind.EVERY_N_WEEKS).intervalWeeks(weeks).build();
  }

  /**
   * Meetings every {@code weeks} weeks on the given weekday.
   *
   * @param weeks weeks between meetings
   * @param dayOfWeek the weekday
   * @return the cadence
   * @since 0.2.0
   */
  static ImmutableCadence everyWeeks(int weeks, DayOfWeek dayOfWeek) {
    return everyWeeks(weeks).withDayOfWeek(dayOfWeek);
  }

  /**
   * Meetings every week on the given weekday.
   *
   * @param dayOfWeek the weekday
   * @return the cadence
   * @since 0.2.0
   */
  static ImmutableCadence weekly(DayOfWeek dayOfWeek) {
    return everyWeeks(1, dayOfWeek);
  }

  /**
   * Meetings monthly on the n-th given weekday, e.g. {@code monthlyOn(2, TUESDAY)}.
   *
   * @param weekOfMonth 1 to 4, or 5 for the last
   * @param dayOfWeek the weekday
   * @return the cadence
   */
  static ImmutableCadence monthlyOn(int weekOfMonth, DayOfWeek dayOfWeek) {
    return builder()
        .kind(CadenceKind.MONTHLY)
        .weekOfMonth(weekOfMonth)
        .dayOfWeek(dayOfWeek)
        .build();
  }

  /**
   * Meetings monthly on the last given weekday, e.g. the last Thursday.
   *
   * @param dayOfWeek the weekday
   * @return the cadence
   * @since 0.2.0
   */
  static ImmutableCadence monthlyOnLast(DayOfWeek dayOfWeek) {
    return monthlyOn(5, dayOfWeek);
  }

  /**
   * Meetings monthly on a day of the month, e.g. the 15th.
   *
   * @param dayOfMonth 1 to 31; the last day in shorter months
   * @return the cadence
   * @since 0.2.0
   */
  static ImmutableCadence monthlyOnDay(int dayOfMonth) {
    return builder().kind(CadenceKind.MONTHLY).dayOfMonth(dayOfMonth).build();
  }

  /**
   * Meetings every {@code months} months on the n-th given weekday.
   *
   * @param months months between meetings
   * @param weekOfMonth 1 to 4, or 5 for the last
   * @param dayOfWeek the weekday
   * @return the cadence
   * @since 0.2.0
   */
  static ImmutableCadence everyMonths(int months, int weekOfMonth, DayOfWeek dayOfWeek) {
    return builder()
        .kind(CadenceKind.EVERY_N_MONTHS)
        .intervalMonths(months)
        .weekOfMonth(weekOfMonth)
        .dayOfWeek(dayOfWeek)
        .build();
  }

  /**
   * Meetings every {@code months} months on a day of the month.
   *
   * @param months months between meetings
   * @param dayOfMonth 1 to 31; the last day in shorter months
   * @return the cadence
   * @since 0.2.0
   */
  static ImmutableCadence everyMonthsOnDay(int months, int dayOfMonth) {
    return builder()
        .kind(CadenceKind.EVERY_N_MONTHS)
        .intervalMonths(months)
        .dayOfMonth(dayOfMonth)
        .build();
  }

  /**
   * Meetings twice a month on two n-th occurrences of a weekday, e.g. {@code twiceMonthlyOn(1, 3,
   * TUESDAY)} for the first and third Tuesday.
   *
   * @param firstWeek 1 to 4, or 5 for the last
   * @param secondWeek 1 to 4, or 5 for the last
   * @param dayOfWeek the weekday
   * @return the cadence
   * @since 0.2.0
   */
  static ImmutableCadence twiceMonthlyOn(int firstWeek, int secondWeek, DayOfWeek dayOfWeek) {
    return builder()
        .kind(CadenceKind.TWICE_MONTHLY)
        .addWeeksOfMonth(firstWeek, secondWeek)
        .dayOfWeek(dayOfWeek)
        .build();
  }

  /**
   * Meetings twice a month on two days of the month, e.g. the 1st and the 15th.
   *
   * @param firstDay 1 to 31
   * @param secondDay 1 to 31
   * @return the cadence
   * @since 0.2.0
   */
  static ImmutableCadence twiceMonthlyOnDays(int firstDay, int secondDay) {
    return builder().kind(CadenceKind.TWICE_MONTHLY).addDaysOfMonth(firstDay, secondDay).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableCadence.Builder builder() {
    return ImmutableCadence.builder();
  }
}
