package org.edcop.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.edcop.model.Cadence;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.Meeting;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each cadence kind over a school year that crosses both daylight-saving changes, in three zones:
 * every date obeys the rule (checked by an independent predicate), every meeting starts at 15:30
 * local with the offset of its own day and lasts 90 minutes.
 */
class CadenceExpansionTest {

  static final LocalDate FROM = LocalDate.of(2026, 9, 1);
  static final LocalDate UNTIL = LocalDate.of(2027, 6, 30);

  static Stream<Arguments> cases() {
    List<String> zones = List.of("America/Edmonton", "America/Los_Angeles", "Europe/Paris");
    List<Object[]> cadences =
        List.of(
            new Object[] {
              "weekly on Wednesday",
              Cadence.weekly(DayOfWeek.WEDNESDAY),
              (Predicate<LocalDate>) d -> d.getDayOfWeek() == DayOfWeek.WEDNESDAY
            },
            new Object[] {
              "every 2 weeks on Thursday",
              Cadence.everyWeeks(2, DayOfWeek.THURSDAY),
              (Predicate<LocalDate>)
                  d ->
                      d.getDayOfWeek() == DayOfWeek.THURSDAY
                          && java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2026, 9, 3), d)
                                  % 14
                              == 0
            },
            new Object[] {
              "monthly, 2nd Tuesday",
              Cadence.monthlyOn(2, DayOfWeek.TUESDAY),
              (Predicate<LocalDate>)
                  d -> d.getDayOfWeek() == DayOfWeek.TUESDAY && (d.getDayOfMonth() - 1) / 7 == 1
            },
            new Object[] {
              "monthly, last Thursday",
              Cadence.monthlyOnLast(DayOfWeek.THURSDAY),
              (Predicate<LocalDate>)
                  d ->
                      d.getDayOfWeek() == DayOfWeek.THURSDAY
                          && d.plusDays(7).getMonth() != d.getMonth()
            },
            new Object[] {
              "monthly on the 15th",
              Cadence.monthlyOnDay(15),
              (Predicate<LocalDate>) d -> d.getDayOfMonth() == 15
            },
            new Object[] {
              "every 2 months, 1st Monday",
              Cadence.everyMonths(2, 1, DayOfWeek.MONDAY),
              (Predicate<LocalDate>)
                  d ->
                      d.getDayOfWeek() == DayOfWeek.MONDAY
                          && d.getDayOfMonth() <= 7
                          && (d.getMonthValue() - 9 + 12) % 2 == 0
            },
            new Object[] {
              "every 3 months on the 31st",
              Cadence.everyMonthsOnDay(3, 31),
              (Predicate<LocalDate>)
                  d ->
                      d.getDayOfMonth() == d.lengthOfMonth()
                          && (d.getMonthValue() - 9 + 12) % 3 == 0
            },
            new Object[] {
              "twice a month, 1st and 3rd Tuesday",
              Cadence.twiceMonthlyOn(1, 3, DayOfWeek.TUESDAY),
              (Predicate<LocalDate>)
                  d ->
                      d.getDayOfWeek() == DayOfWeek.TUESDAY
                          && ((d.getDayOfMonth() - 1) / 7 == 0 || (d.getDayOfMonth() - 1) / 7 == 2)
            },
            new Object[] {
              "twice a month, 1st and 15th",
              Cadence.twiceMonthlyOnDays(1, 15),
              (Predicate<LocalDate>) d -> d.getDayOfMonth() == 1 || d.getDayOfMonth() == 15
            });
    return zones.stream()
        .flatMap(zone -> cadences.stream().map(c -> Arguments.of(zone, c[0], c[1], c[2])));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("cases")
  void everyMeetingFollowsTheRuleAtLocalTimeWithItsOwnOffset(
      String zone, String name, Cadence cadence, Predicate<LocalDate> rule) {
    ZoneId zoneId = ZoneId.of(zone);
    CommunityOfPractice plan = Plans.plan(cadence, zone, FROM);
    GeneratedSchedule schedule = Schedules.expand(plan, FROM, UNTIL, ScheduleOptions.defaults());

    List<Meeting> meetings = schedule.getMeetings();
    assertThat(meetings).isNotEmpty();
    Set<ZoneOffset> offsets = new HashSet<>();
    LocalDate previous = null;
    for (Meeting meeting : meetings) {
      OffsetDateTime start = meeting.getStart().orElseThrow();
      ZonedDateTime local = start.atZoneSameInstant(zoneId);
      LocalDate date = local.toLocalDate();
      assertThat(rule.test(date)).as("%s on %s", name, date).isTrue();
      assertThat(local.toLocalTime()).as("local start of %s", date).isEqualTo(Plans.AT);
      assertThat(start.getOffset())
          .as("offset of %s", date)
          .isEqualTo(zoneId.getRules().getOffset(local.toLocalDateTime()));
      assertThat(Duration.between(start, meeting.getEnd().orElseThrow())).isEqualTo(Plans.LENGTH);
      assertThat(meeting.getId()).isEqualTo("meeting-" + date);
      if (previous != null) {
        assertThat(date).isAfter(previous);
      }
      previous = date;
      offsets.add(start.getOffset());
    }
    // the range crosses both changes: standard and summer offsets both appear
    assertThat(offsets).as("offsets seen").hasSize(2);
    // and no date of the rule is missed: every date in the range that fits is there
    long expected = FROM.datesUntil(UNTIL.plusDays(1)).filter(rule).count();
    assertThat(meetings).hasSize((int) expected);
  }
}
