package org.edcop.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A date of the series that fell on a closure: dropped, or moved to another day.
 *
 * @since 0.2.0
 */
public final class SkippedMeeting {

  private final LocalDate date;
  private final Closure closure;
  private final LocalDate movedTo;

  SkippedMeeting(LocalDate date, Closure closure, LocalDate movedTo) {
    this.date = Objects.requireNonNull(date, "date");
    this.closure = Objects.requireNonNull(closure, "closure");
    this.movedTo = movedTo;
  }

  /**
   * The date the cadence named.
   *
   * @return the date
   */
  public LocalDate getDate() {
    return date;
  }

  /**
   * The closure that covers it.
   *
   * @return the closure
   */
  public Closure getClosure() {
    return closure;
  }

  /**
   * Where the meeting went.
   *
   * @return the new date, or empty when the meeting was dropped
   */
  public Optional<LocalDate> getMovedTo() {
    return Optional.ofNullable(movedTo);
  }

  @Override
  public String toString() {
    return date
        + " "
        + closure.describe()
        + (movedTo == null ? ": dropped" : ": moved to " + movedTo);
  }
}
