package org.edcop.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link Schedules#expand} works: the district calendar to skip, whether a skipped meeting
 * moves to a free week, and values that override the plan's (start time, meeting length, time
 * zone). Each {@code with} method returns a changed copy.
 *
 * @since 0.2.0
 */
public final class ScheduleOptions {

  /** The default most meetings one expansion may return. */
  public static final int DEFAULT_MAX_MEETINGS = 500;

  private static final ScheduleOptions DEFAULTS =
      new ScheduleOptions(
          DistrictCalendar.empty(), false, null, null, null, "meeting-", DEFAULT_MAX_MEETINGS);

  private final DistrictCalendar closures;
  private final boolean moveSkipped;
  private final LocalTime startTime;
  private final Duration meetingLength;
  private final String zone;
  private final String idPrefix;
  private final int maxMeetings;

  private ScheduleOptions(
      DistrictCalendar closures,
      boolean moveSkipped,
      LocalTime startTime,
      Duration meetingLength,
      String zone,
      String idPrefix,
      int maxMeetings) {
    this.closures = closures;
    this.moveSkipped = moveSkipped;
    this.startTime = startTime;
    this.meetingLength = meetingLength;
    this.zone = zone;
    this.idPrefix = idPrefix;
    this.maxMeetings = maxMeetings;
  }

  /**
   * No closures, skipped meetings dropped, everything else from the plan, ids {@code
   * meeting-2026-09-08}, at most {@value #DEFAULT_MAX_MEETINGS} meetings.
   *
   * @return the defaults
   */
  public static ScheduleOptions defaults() {
    return DEFAULTS;
  }

  /**
   * The district calendar whose closures get no meeting.
   *
   * @param calendar the calendar
   * @return a changed copy
   */
  public ScheduleOptions withClosures(DistrictCalendar calendar) {
    return new ScheduleOptions(
        Objects.requireNonNull(calendar, "calendar"),
        moveSkipped,
        startTime,
        meetingLength,
        zone,
        idPrefix,
        maxMeetings);
  }

  /**
   * Whether a meeting that falls on a closure moves to the same weekday of the next week that is
   * open and comes before the following meeting of the series (true), or is dropped (false, the
   * default). A meeting that finds no such week is dropped.
   *
   * @param move true to move
   * @return a changed copy
   */
  public ScheduleOptions withMoveSkipped(boolean move) {
    return new ScheduleOptions(
        closures, move, startTime, meetingLength, zone, idPrefix, maxMeetings);
  }

  /**
   * The local start time, in place of the cadence's {@code startTime}.
   *
   * @param time the time
   * @return a changed copy
   */
  public ScheduleOptions withStartTime(LocalTime time) {
    return new ScheduleOptions(
        closures,
        moveSkipped,
        Objects.requireNonNull(time, "time"),
        meetingLength,
        zone,
        idPrefix,
        maxMeetings);
  }

  /**
   * The meeting length, in place of the launch plan's {@code meetingLength}.
   *
   * @param length a positive length
   * @return a changed copy
   */
  public ScheduleOptions withMeetingLength(Duration length) {
    return new ScheduleOptions(
        closures,
        moveSkipped,
        startTime,
        Objects.requireNonNull(length, "length"),
        zone,
        idPrefix,
        maxMeetings);
  }

  /**
   * An IANA time zone in place of the plan's; checked when the schedule is expanded.
   *
   * @param zoneId e.g. {@code America/Edmonton}
   * @return a changed copy
   */
  public ScheduleOptions withZone(String zoneId) {
    return new ScheduleOptions(
        closures,
        moveSkipped,
        startTime,
        meetingLength,
        Objects.requireNonNull(zoneId, "zoneId"),
        idPrefix,
        maxMeetings);
  }

  /**
   * The text before the date in generated meeting ids.
   *
   * @param prefix e.g. {@code meeting-}
   * @return a changed copy
   */
  public ScheduleOptions withIdPrefix(String prefix) {
    return new ScheduleOptions(
        closures,
        moveSkipped,
        startTime,
        meetingLength,
        zone,
        Objects.requireNonNull(prefix, "prefix"),
        maxMeetings);
  }

  /**
   * The most meetings one expansion may return; a longer range is an error.
   *
   * @param max at least 1
   * @return a changed copy
   */
  public ScheduleOptions withMaxMeetings(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("maxMeetings must be at least 1 but was: " + max);
    }
    return new ScheduleOptions(
        closures, moveSkipped, startTime, meetingLength, zone, idPrefix, max);
  }

  /**
   * The district calendar.
   *
   * @return the calendar, empty by default
   */
  public DistrictCalendar getClosures() {
    return closures;
  }

  /**
   * Whether skipped meetings move to a free week.
   *
   * @return true to move
   */
  public boolean isMoveSkipped() {
    return moveSkipped;
  }

  /**
   * The start time override.
   *
   * @return the time, if set
   */
  public Optional<LocalTime> getStartTime() {
    return Optional.ofNullable(startTime);
  }

  /**
   * The meeting length override.
   *
   * @return the length, if set
   */
  public Optional<Duration> getMeetingLength() {
    return Optional.ofNullable(meetingLength);
  }

  /**
   * The time zone override.
   *
   * @return the zone id as given, if set
   */
  public Optional<String> getZone() {
    return Optional.ofNullable(zone);
  }

  /**
   * The id prefix.
   *
   * @return the prefix
   */
  public String getIdPrefix() {
    return idPrefix;
  }

  /**
   * The most meetings one expansion may return.
   *
   * @return the limit
   */
  public int getMaxMeetings() {
    return maxMeetings;
  }
}
