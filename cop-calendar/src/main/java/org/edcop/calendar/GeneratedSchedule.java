package org.edcop.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.edcop.model.Meeting;

/**
 * The result of {@link Schedules#expand}: the draft meetings in date order, and the dates of the
 * series that fell on closures.
 *
 * @since 0.2.0
 */
public final class GeneratedSchedule {

  private final LocalDate from;
  private final LocalDate until;
  private final ZoneId zone;
  private final List<Meeting> meetings;
  private final List<SkippedMeeting> skipped;

  GeneratedSchedule(
      LocalDate from,
      LocalDate until,
      ZoneId zone,
      List<Meeting> meetings,
      List<SkippedMeeting> skipped) {
    this.from = from;
    this.until = until;
    this.zone = zone;
    this.meetings = List.copyOf(meetings);
    this.skipped = List.copyOf(skipped);
  }

  /**
   * The first day asked for.
   *
   * @return the day
   */
  public LocalDate getFrom() {
    return from;
  }

  /**
   * The last day asked for.
   *
   * @return the day
   */
  public LocalDate getUntil() {
    return until;
  }

  /**
   * The time zone the meetings were placed in.
   *
   * @return the zone
   */
  public ZoneId getZone() {
    return zone;
  }

  /**
   * The meetings, in date order: id, start and end only, each start with its own offset.
   *
   * @return the meetings
   */
  public List<Meeting> getMeetings() {
    return meetings;
  }

  /**
   * The dates that fell on closures, in date order.
   *
   * @return the skipped dates
   */
  public List<SkippedMeeting> getSkipped() {
    return skipped;
  }
}
