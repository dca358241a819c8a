package org.edcop.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.edcop.model.Cadence;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.Meeting;
import org.junit.jupiter.api.Test;

/** Leap years, month ends, last weekdays, daylight-saving days, closures and moves. */
class CalendarEdgesTest {

  private static List<LocalDate> dates(
      Cadence cadence, LocalDate from, LocalDate until, ScheduleOptions options) {
    CommunityOfPractice plan = Plans.plan(cadence, "America/Edmonton", from);
    return Schedules.expand(plan, from, until, options).getMeetings().stream()
        .map(m -> m.getStart().orElseThrow().toLocalDate())
        .toList();
  }

  private static List<LocalDate> dates(Cadence cadence, String from, String until) {
    return dates(
        cadence, LocalDate.parse(from), LocalDate.parse(until), ScheduleOptions.defaults());
  }

  private static LocalDate d(String text) {
    return LocalDate.parse(text);
  }

  @Test
  void dayOfMonthPastTheEndMeansTheLastDayAndFebruary29IsUsedInLeapYears() {
    assertThat(dates(Cadence.monthlyOnDay(31), "2027-01-01", "2027-04-30"))
        .containsExactly(d("2027-01-31"), d("2027-02-28"), d("2027-03-31"), d("2027-04-30"));
    assertThat(dates(Cadence.monthlyOnDay(30), "2028-01-01", "2028-03-31"))
        .containsExactly(d("2028-01-30"), d("2028-02-29"), d("2028-03-30"));
    assertThat(dates(Cadence.monthlyOnDay(29), "2100-02-01", "2100-02-28"))
        .as("2100 is not a leap year")
        .containsExactly(d("2100-02-28"));
    assertThat(dates(Cadence.twiceMonthlyOnDays(15, 31), "2028-02-01", "2028-02-29"))
        .containsExactly(d("2028-02-15"), d("2028-02-29"));
    assertThat(dates(Cadence.twiceMonthlyOnDays(30, 31), "2027-02-01", "2027-03-31"))
        .as("two days that fall together in February give one meeting")
        .containsExactly(d("2027-02-28"), d("2027-03-30"), d("2027-03-31"));
  }

  @Test
  void lastWeekdayIsTheFifthWhenThereIsOneAndTheFourthOtherwise() {
    // October 2026 has five Thursdays (1, 8, 15, 22, 29); November 2026 has four (5 .. 26)
    assertThat(dates(Cadence.monthlyOnLast(DayOfWeek.THURSDAY), "2026-10-01", "2026-11-30"))
        .containsExactly(d("2026-10-29"), d("2026-11-26"));
    // February 2028 (leap) ends on a Tuesday, the 29th
    assertThat(dates(Cadence.monthlyOnLast(DayOfWeek.TUESDAY), "2028-02-01", "2028-02-29"))
        .containsExactly(d("2028-02-29"));
    // the fourth Thursday is not the last one in October 2026
    assertThat(dates(Cadence.monthlyOn(4, DayOfWeek.THURSDAY), "2026-10-01", "2026-10-31"))
        .containsExactly(d("2026-10-22"));
    // twice a month on the 4th and the last Friday: the same day in a four-Friday month
    assertThat(dates(Cadence.twiceMonthlyOn(4, 5, DayOfWeek.FRIDAY), "2027-02-01", "2027-02-28"))
        .containsExactly(d("2027-02-26"));
  }

  @Test
  void meetingOnTheDayOfTheChangeKeepsItsLocalTime() {
    // 2026-11-01 is the fall-back Sunday in Edmonton; 2027-03-14 the spring-forward one
    CommunityOfPractice plan =
        Plans.plan(Cadence.weekly(DayOfWeek.SUNDAY), "America/Edmonton", d("2026-10-25"));
    List<Meeting> meetings =
        Schedules.expand(plan, d("2026-10-25"), d("2026-11-08"), ScheduleOptions.defaults())
            .getMeetings();
    assertThat(meetings)
        .extracting(m -> m.getStart().orElseThrow().toString())
        .containsExactly(
            "2026-10-25T15:30-06:00", "2026-11-01T15:30-07:00", "2026-11-08T15:30-07:00");
    // a start time inside the spring-forward gap moves on by the gap, as java.time does
    List<Meeting> gap =
        Schedules.expand(
                plan,
                d("2027-03-14"),
                d("2027-03-14"),
                ScheduleOptions.defaults().withStartTime(LocalTime.of(2, 30)))
            .getMeetings();
    assertThat(gap.get(0).getStart().orElseThrow().toString()).isEqualTo("2027-03-14T03:30-06:00");
    assertThat(
            gap.get(0)
                .getStart()
                .orElseThrow()
                .atZoneSameInstant(ZoneId.of("America/Edmonton"))
                .toLocalTime())
        .isEqualTo(LocalTime.of(3, 30));
  }

  @Test
  void closuresSkipMeetingsOrMoveThemToTheNextFreeWeek() {
    DistrictCalendar district =
        DistrictCalendar.of(
            "test",
            List.of(
                Closure.on(d("2026-10-13"), "PD day"),
                Closure.between(d("2026-12-21"), d("2027-01-15"), "Winter break")));
    Cadence second = Cadence.monthlyOn(2, DayOfWeek.TUESDAY);
    ScheduleOptions skip = ScheduleOptions.defaults().withClosures(district);
    assertThat(dates(second, d("2026-09-01"), d("2027-02-28"), skip))
        .containsExactly(d("2026-09-08"), d("2026-11-10"), d("2026-12-08"), d("2027-02-09"));

    CommunityOfPractice plan = Plans.plan(second, "America/Edmonton", d("2026-09-01"));
    GeneratedSchedule moved =
        Schedules.expand(plan, d("2026-09-01"), d("2027-02-28"), skip.withMoveSkipped(true));
    assertThat(moved.getMeetings())
        .extracting(m -> m.getId() + "@" + m.getStart().orElseThrow().toLocalDate())
        .containsExactly(
            "meeting-2026-09-08@2026-09-08",
            "meeting-2026-10-13@2026-10-20",
            "meeting-2026-11-10@2026-11-10",
            "meeting-2026-12-08@2026-12-08",
            "meeting-2027-01-12@2027-01-19",
            "meeting-2027-02-09@2027-02-09");
    assertThat(moved.getSkipped())
        .extracting(SkippedMeeting::toString)
        .containsExactly(
            "2026-10-13 2026-10-13 (PD day): moved to 2026-10-20",
            "2027-01-12 2026-12-21..2027-01-15 (Winter break): moved to 2027-01-19");
  }

  @Test
  void aWeeklyMeetingHasNoFreeWeekBeforeTheNextOneAndIsDropped() {
    DistrictCalendar district =
        DistrictCalendar.of("test", List.of(Closure.on(d("2026-09-16"), null)));
    ScheduleOptions move = ScheduleOptions.defaults().withClosures(district).withMoveSkipped(true);
    CommunityOfPractice plan =
        Plans.plan(Cadence.weekly(DayOfWeek.WEDNESDAY), "America/Edmonton", d("2026-09-01"));
    GeneratedSchedule schedule = Schedules.expand(plan, d("2026-09-01"), d("2026-09-30"), move);
    assertThat(schedule.getMeetings())
        .extracting(m -> m.getStart().orElseThrow().toLocalDate())
        .containsExactly(d("2026-09-02"), d("2026-09-09"), d("2026-09-23"), d("2026-09-30"));
    assertThat(schedule.getSkipped()).hasSize(1);
    assertThat(schedule.getSkipped().get(0).getMovedTo()).isEmpty();
  }

  @Test
  void everyTwoWeeksMovesIntoTheOffWeekButNotPastTheRange() {
    DistrictCalendar district =
        DistrictCalendar.of(
            "test", List.of(Closure.on(d("2026-09-17"), null), Closure.on(d("2026-10-01"), null)));
    ScheduleOptions move = ScheduleOptions.defaults().withClosures(district).withMoveSkipped(true);
    assertThat(
            dates(
                Cadence.everyWeeks(2, DayOfWeek.THURSDAY), d("2026-09-01"), d("2026-10-06"), move))
        .containsExactly(d("2026-09-03"), d("2026-09-24"));
  }

  @Test
  void theSeriesCountsFromTheLaunchDateAndNeverBeforeIt() {
    // launch on a Friday, every 3 weeks without a weekday: Fridays from the launch on
    CommunityOfPractice plan =
        Plans.plan(Cadence.everyWeeks(3), "America/Los_Angeles", d("2026-10-23"));
    List<LocalDate> dates =
        Schedules.expand(plan, d("2026-09-01"), d("2026-12-31"), ScheduleOptions.defaults())
            .getMeetings()
            .stream()
            .map(m -> m.getStart().orElseThrow().toLocalDate())
            .toList();
    assertThat(dates)
        .containsExactly(d("2026-10-23"), d("2026-11-13"), d("2026-12-04"), d("2026-12-25"));
    // asking from mid-series keeps the phase
    List<LocalDate> later =
        Schedules.expand(plan, d("2026-11-14"), d("2026-12-31"), ScheduleOptions.defaults())
            .getMeetings()
            .stream()
            .map(m -> m.getStart().orElseThrow().toLocalDate())
            .toList();
    assertThat(later).containsExactly(d("2026-12-04"), d("2026-12-25"));
  }

  @Test
  void expandingTwiceGivesEqualMeetings() {
    CommunityOfPractice plan =
        Plans.plan(Cadence.twiceMonthlyOn(2, 4, DayOfWeek.MONDAY), "Europe/Paris", d("2026-09-01"));
    assertThat(
            Schedules.expand(plan, d("2026-09-01"), d("2027-06-30"), ScheduleOptions.defaults())
                .getMeetings())
        .isEqualTo(
            Schedules.expand(plan, d("2026-09-01"), d("2027-06-30"), ScheduleOptions.defaults())
                .getMeetings());
  }
}
