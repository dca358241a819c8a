package org.edcop.calendar;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.edcop.calendar.CalendarException.Kind;
import org.edcop.calendar.internal.CadenceDates;
import org.edcop.model.Cadence;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.ImmutableCommunityOfPractice;
import org.edcop.model.ImmutablePractice;
import org.edcop.model.LaunchPlan;
import org.edcop.model.Meeting;

/**
 * Expands a plan's cadence into draft meetings (guide sections: Launch and Collaborative Plan) and
 * merges them into the plan. Both are pure functions of their arguments.
 *
 * <p><b>Dates.</b> The series counts from the launch date (or from the first day asked for when the
 * plan has none): an every-n-weeks series starts on the first matching weekday on or after it
 * (without a {@code dayOfWeek}, the launch date's weekday), an every-n-months series counts months
 * from the launch month. No meeting falls before the launch date.
 *
 * <p><b>Times.</b> Each meeting starts at the cadence's {@code startTime} in the plan's IANA time
 * zone on its own day, so a 15:30 meeting stays 15:30 local across a daylight-saving change, and
 * each start carries the offset of its own day. The end is the start plus the launch plan's {@code
 * meetingLength} of elapsed time. A start time that does not exist on a spring-forward day is moved
 * forward by the length of the gap, as {@link ZonedDateTime#of} does.
 *
 * <p><b>Ids.</b> {@code meeting-2026-09-08}: the prefix and the date the cadence named (a moved
 * meeting keeps the id of its original date), so expanding twice gives the same ids. A moved
 * meeting records its original date as {@link Meeting#getRescheduledFrom()}, so the validator's
 * spacing rule measures it from its place in the series.
 *
 * @since 0.2.0
 */
public final class Schedules {

  private static final String LAUNCH_PLAN = "/practice/launchPlan";

  private Schedules() {}

  /**
   * The draft meetings of the plan's cadence from {@code from} to {@code until}, both included.
   *
   * @param plan the plan, whose launch plan has a cadence
   * @param from the first day
   * @param until the last day, not before {@code from}
   * @param options closures, moves and overrides
   * @return the meetings and the dates skipped for closures
   * @throws CalendarException naming the value at fault: {@link Kind#INVALID_RANGE} when {@code
   *     until} is before {@code from}; {@link Kind#UNKNOWN_ZONE} for a zone override the JDK does
   *     not know; {@link Kind#CADENCE_INCOMPLETE} or {@link Kind#CADENCE_INVALID} for a cadence
   *     that lacks a value or has one out of range (or a missing start time or meeting length);
   *     {@link Kind#NO_MEETING} when nothing is left; {@link Kind#RANGE_TOO_LONG} past the limit
   */
  public static GeneratedSchedule expand(
      CommunityOfPractice plan, LocalDate from, LocalDate until, ScheduleOptions options) {
    if (until.isBefore(from)) {
      throw new CalendarException(
          Kind.INVALID_RANGE,
          "until",
          until.toString(),
          "the until-date " + until + " comes before the from-date " + from);
    }
    ZoneId zone = zone(plan, options);
    LaunchPlan launch = plan.getPractice().getLaunchPlan();
    Cadence cadence =
        launch
            .getCadence()
            .orElseThrow(
                () ->
                    new CalendarException(
                        Kind.CADENCE_INCOMPLETE,
                        LAUNCH_PLAN + "/cadence",
                        "",
                        "the plan has no cadence (launchPlan.cadence): set how often it meets"));
    LocalDate anchor = launch.getLaunchDate().orElse(from);
    CadenceDates series = CadenceDates.of(cadence, anchor);
    LocalTime time = startTime(cadence, options);
    Duration length = length(launch, options);

    DistrictCalendar closures = options.getClosures();
    List<LocalDate> dates = series.between(from, until, options.getMaxMeetings());
    Set<LocalDate> taken = new HashSet<>();
    List<LocalDate[]> kept = new ArrayList<>(); // {nominal date, actual date}
    List<SkippedMeeting> skipped = new ArrayList<>();
    for (LocalDate date : dates) {
      Optional<Closure> closure = closures.closureOn(date);
      if (closure.isEmpty()) {
        kept.add(new LocalDate[] {date, date});
        taken.add(date);
        continue;
      }
      LocalDate moved = options.isMoveSkipped() ? moveTarget(series, closures, date, until) : null;
      if (moved != null && taken.add(moved)) {
        kept.add(new LocalDate[] {date, moved});
        skipped.add(new SkippedMeeting(date, closure.get(), moved));
      } else {
        skipped.add(new SkippedMeeting(date, closure.get(), null));
      }
    }
    if (kept.isEmpty()) {
      throw new CalendarException(
          Kind.NO_MEETING,
          LAUNCH_PLAN + "/cadence",
          cadence.getKind().code(),
          "the "
              + cadence.getKind().code()
              + " cadence yields no meeting from "
              + from
              + " to "
              + until
              + (launch.getLaunchDate().isPresent() && anchor.isAfter(from)
                  ? " (none before the launch date " + anchor + ")"
                  : "")
              + (skipped.isEmpty() ? "" : " outside the closures"));
    }
    kept.sort(Comparator.comparing(pair -> pair[1]));
    List<Meeting> meetings = new ArrayList<>(kept.size());
    for (LocalDate[] pair : kept) {
      ZonedDateTime start = ZonedDateTime.of(pair[1], time, zone);
      ZonedDateTime end = start.plus(length);
      meetings.add(
          Meeting.builder()
              .id(options.getIdPrefix() + pair[0])
              .start(start.toOffsetDateTime())
              .end(end.toOffsetDateTime())
              .rescheduledFrom(pair[0].equals(pair[1]) ? Optional.empty() : Optional.of(pair[0]))
              .build());
    }
    return new GeneratedSchedule(from, until, zone, meetings, skipped);
  }

  /**
   * Adds generated meetings to the plan. A generated meeting is left out when the plan already has
   * a meeting with the same id, or one that starts on the same day in the plan's time zone; the
   * meetings the plan has are never changed (their topics, attendance and everything else stay as
   * they are). The merged list is in start order, meetings without a start last, in their order.
   *
   * @param plan the plan
   * @param generated the meetings to add, e.g. {@link GeneratedSchedule#getMeetings()}
   * @return the merged plan and what was added and left out
   */
  public static MergeResult merge(CommunityOfPractice plan, List<Meeting> generated) {
    ZoneId zone = plan.getTimeZone();
    List<Meeting> existing = plan.getPractice().getMeetings();
    Set<String> ids = new HashSet<>();
    Set<LocalDate> days = new HashSet<>();
    for (Meeting meeting : existing) {
      ids.add(meeting.getId());
      meeting.getStart().ifPresent(s -> days.add(s.atZoneSameInstant(zone).toLocalDate()));
    }
    List<Meeting> added = new ArrayList<>();
    List<Meeting> matched = new ArrayList<>();
    for (Meeting meeting : generated) {
      Optional<LocalDate> day =
          meeting.getStart().map(s -> s.atZoneSameInstant(zone).toLocalDate());
      if (ids.contains(meeting.getId()) || (day.isPresent() && days.contains(day.get()))) {
        matched.add(meeting);
      } else {
        added.add(meeting);
        ids.add(meeting.getId());
        day.ifPresent(days::add);
      }
    }
    List<Meeting> all = new ArrayList<>(existing);
    all.addAll(added);
    all.sort(
        Comparator.comparing(
            (Meeting m) -> m.getStart().map(s -> s.toInstant()).orElse(null),
            Comparator.nullsLast(Comparator.naturalOrder())));
    CommunityOfPractice merged =
        ImmutableCommunityOfPractice.copyOf(plan)
            .withPractice(ImmutablePractice.copyOf(plan.getPractice()).withMeetings(all));
    return new MergeResult(merged, added, matched);
  }

  private static LocalDate moveTarget(
      CadenceDates series, DistrictCalendar closures, LocalDate date, LocalDate until) {
    LocalDate next = series.nextAfter(date);
    for (LocalDate candidate = date.plusWeeks(1);
        candidate.isBefore(next) && !candidate.isAfter(until);
        candidate = candidate.plusWeeks(1)) {
      if (closures.closureOn(candidate).isEmpty()) {
        return candidate;
      }
    }
    return null;
  }

  private static ZoneId zone(CommunityOfPractice plan, ScheduleOptions options) {
    if (options.getZone().isEmpty()) {
      return plan.getTimeZone();
    }
    String id = options.getZone().get();
    ZoneId zone;
    try {
      zone = ZoneId.of(id);
    } catch (DateTimeException e) {
      zone = null;
    }
    if (zone == null || zone instanceof ZoneOffset) {
      throw new CalendarException(
          Kind.UNKNOWN_ZONE,
          "zone",
          id,
          "'"
              + id
              + "' is not a time zone this Java runtime knows (use an IANA id such as"
              + " America/Edmonton)");
    }
    return zone;
  }

  private static LocalTime startTime(Cadence cadence, ScheduleOptions options) {
    return options
        .getStartTime()
        .or(cadence::getStartTime)
        .orElseThrow(
            () ->
                new CalendarException(
                    Kind.CADENCE_INCOMPLETE,
                    LAUNCH_PLAN + "/cadence/startTime",
                    "",
                    "the cadence has no startTime: set launchPlan.cadence.startTime (e.g. 15:30)"
                        + " or give a start time"));
  }

  private static Duration length(LaunchPlan launch, ScheduleOptions options) {
    Duration length =
        options
            .getMeetingLength()
            .or(launch::getMeetingLength)
            .orElseThrow(
                () ->
                    new CalendarException(
                        Kind.CADENCE_INCOMPLETE,
                        LAUNCH_PLAN + "/meetingLength",
                        "",
                        "the launch plan has no meetingLength: set it (e.g. PT1H30M) or give a"
                            + " length"));
    if (length.isNegative() || length.isZero() || length.compareTo(Duration.ofDays(1)) > 0) {
      throw new CalendarException(
          Kind.CADENCE_INVALID,
          LAUNCH_PLAN + "/meetingLength",
          length.toString(),
          "the meeting length " + length + " must be more than zero and at most one day");
    }
    return length;
  }
}
