package org.edcop.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One closure of a {@link DistrictCalendar}: a single day (a holiday, a professional-development
 * day) or a range of days, both ends included (a winter break), with an optional reason.
 *
 * @since 0.2.0
 */
public final class Closure {

  private final LocalDate first;
  private final LocalDate last;
  private final String reason;

  private Closure(LocalDate first, LocalDate last, String reason) {
    this.first = Objects.requireNonNull(first, "first");
    this.last = Objects.requireNonNull(last, "last");
    this.reason = reason;
    if (last.isBefore(first)) {
      throw new CalendarException(
          CalendarException.Kind.INVALID_RANGE,
          "until",
          last.toString(),
          "the closure ends on " + last + ", before it starts on " + first);
    }
  }

  /**
   * A closure of one day.
   *
   * @param date the day
   * @param reason why, or null
   * @return the closure
   */
  public static Closure on(LocalDate date, String reason) {
    return new Closure(date, date, reason);
  }

  /**
   * A closure of several days, both ends included.
   *
   * @param first the first closed day
   * @param last the last closed day, not before {@code first}
   * @param reason why, or null
   * @return the closure
   * @throws CalendarException if {@code last} is before {@code first}
   */
  public static Closure between(LocalDate first, LocalDate last, String reason) {
    return new Closure(first, last, reason);
  }

  /**
   * The first closed day.
   *
   * @return the day
   */
  public LocalDate getFirst() {
    return first;
  }

  /**
   * The last closed day (the first one for a single day).
   *
   * @return the day
   */
  public LocalDate getLast() {
    return last;
  }

  /**
   * Why the district is closed.
   *
   * @return the reason, if given
   */
  public Optional<String> getReason() {
    return Optional.ofNullable(reason);
  }

  /**
   * Whether the closure covers the day.
   *
   * @param date the day
   * @return true if {@code date} is between the first and the last day, both included
   */
  public boolean covers(LocalDate date) {
    return !date.isBefore(first) && !date.isAfter(last);
  }

  /**
   * The closure as a person reads it: {@code 2026-12-21..2027-01-01 (Winter break)}.
   *
   * @return the text
   */
  public String describe() {
    String days = first.equals(last) ? first.toString() : first + ".." + last;
    return reason == null ? days : days + " (" + reason + ")";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Closure c
        && first.equals(c.first)
        && last.equals(c.last)
        && Objects.equals(reason, c.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(first, last, reason);
  }

  @Override
  public String toString() {
    return "Closure[" + describe() + "]";
  }
}
