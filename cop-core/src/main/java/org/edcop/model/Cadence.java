package org.edcop.model;

import java.time.DayOfWeek;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How often the community meets (guide section: Launch): every N weeks, or monthly, optionally on a
 * rule such as "the second Tuesday" ({@code weekOfMonth = 2, dayOfWeek = TUESDAY}; a {@code
 * weekOfMonth} of 5 means the last such day).
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Cadence extends Extensible {

  /**
   * The shape of the cadence.
   *
   * @return weekly-based or monthly
   */
  CadenceKind getKind();

  /**
   * For {@link CadenceKind#EVERY_N_WEEKS}: the number of weeks between meetings.
   *
   * @return the interval in weeks, if set
   */
  Optional<Integer> getIntervalWeeks();

  /**
   * For a monthly rule: which occurrence of the day in the month, 1 to 4, or 5 for the last.
   *
   * @return the week of the month, if set
   */
  Optional<Integer> getWeekOfMonth();

  /**
   * The day of the week meetings fall on.
   *
   * @return the day, if set
   */
  Optional<DayOfWeek> getDayOfWeek();

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
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableCadence.Builder builder() {
    return ImmutableCadence.builder();
  }
}
