package org.edcop.running.internal;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.edcop.model.Meeting;

/** Date arithmetic that never throws on date-times at the edges of the supported range. */
public final class Dates {

  private Dates() {}

  /**
   * The calendar date of an instant in a zone; the date in its own offset when the conversion falls
   * outside the supported range.
   *
   * @param dateTime the date-time
   * @param zone the zone
   * @return the date
   */
  public static LocalDate localDate(OffsetDateTime dateTime, ZoneId zone) {
    try {
      return dateTime.atZoneSameInstant(zone).toLocalDate();
    } catch (DateTimeException e) {
      return dateTime.toLocalDate();
    }
  }

  /**
   * Compares two instants given as epoch second and nanosecond of the second: the one order of
   * meeting starts and ends that validation and the participation figures share.
   *
   * @param secondA the first instant's epoch second
   * @param nanoA the first instant's nanosecond
   * @param secondB the second instant's epoch second
   * @param nanoB the second instant's nanosecond
   * @return negative, zero or positive as the first instant is before, at or after the second
   */
  public static int compareInstants(long secondA, int nanoA, long secondB, int nanoB) {
    int bySecond = Long.compare(secondA, secondB);
    return bySecond != 0 ? bySecond : Integer.compare(nanoA, nanoB);
  }

  /**
   * A meeting's length, or empty when it has none or it cannot be computed.
   *
   * @param meeting the meeting
   * @return the length, if known and positive
   */
  public static Optional<Duration> length(Meeting meeting) {
    try {
      return meeting.length();
    } catch (DateTimeException | ArithmeticException e) {
      return Optional.empty();
    }
  }
}
