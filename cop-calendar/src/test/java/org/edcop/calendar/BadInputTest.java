package org.edcop.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import org.edcop.calendar.CalendarException.Kind;
import org.edcop.model.Cadence;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.ImmutableCadence;
import org.junit.jupiter.api.Test;

/** Every bad input is a typed error that names the value. */
class BadInputTest {

  private static final LocalDate FROM = LocalDate.of(2026, 9, 1);

  private static CalendarException expand(Cadence cadence, LocalDate from, LocalDate until) {
    return expand(cadence, from, until, ScheduleOptions.defaults());
  }

  private static CalendarException expand(
      Cadence cadence, LocalDate from, LocalDate until, ScheduleOptions options) {
    CommunityOfPractice plan = Plans.plan(cadence, "America/Edmonton", FROM);
    return catchThrowableOfType(
        CalendarException.class, () -> Schedules.expand(plan, from, until, options));
  }

  @Test
  void untilBeforeFrom() {
    CalendarException e = expand(Cadence.weekly(DayOfWeek.MONDAY), FROM, LocalDate.of(2026, 8, 31));
    assertThat(e.getKind()).isEqualTo(Kind.INVALID_RANGE);
    assertThat(e.getValue()).isEqualTo("2026-08-31");
    assertThat(e.getMessage()).contains("2026-08-31").contains("2026-09-01");
  }

  @Test
  void aCadenceThatYieldsNoMeeting() {
    CalendarException e =
        expand(Cadence.monthlyOn(2, DayOfWeek.TUESDAY), FROM, LocalDate.of(2026, 9, 7));
    assertThat(e.getKind()).isEqualTo(Kind.NO_MEETING);
    assertThat(e.getMessage()).contains("monthly").contains("2026-09-01").contains("2026-09-07");

    DistrictCalendar closed =
        DistrictCalendar.of(null, java.util.List.of(Closure.on(LocalDate.of(2026, 9, 8), null)));
    CalendarException allClosed =
        expand(
            Cadence.monthlyOn(2, DayOfWeek.TUESDAY),
            FROM,
            LocalDate.of(2026, 9, 30),
            ScheduleOptions.defaults().withClosures(closed));
    assertThat(allClosed.getKind()).isEqualTo(Kind.NO_MEETING);
    assertThat(allClosed.getMessage()).contains("outside the closures");
  }

  @Test
  void aZoneTheJdkDoesNotKnow() {
    CalendarException e =
        expand(
            Cadence.weekly(DayOfWeek.MONDAY),
            FROM,
            FROM.plusDays(30),
            ScheduleOptions.defaults().withZone("America/Atlantis"));
    assertThat(e.getKind()).isEqualTo(Kind.UNKNOWN_ZONE);
    assertThat(e.getValue()).isEqualTo("America/Atlantis");
    assertThat(e.getMessage()).contains("'America/Atlantis'");
    assertThat(
            expand(
                    Cadence.weekly(DayOfWeek.MONDAY),
                    FROM,
                    FROM.plusDays(30),
                    ScheduleOptions.defaults().withZone("+02:00"))
                .getKind())
        .as("a fixed offset is no time zone")
        .isEqualTo(Kind.UNKNOWN_ZONE);
  }

  @Test
  void cadenceValuesOutOfRangeOrMissingAreNamedByPointer() {
    CalendarException day = expand(Cadence.monthlyOnDay(32), FROM, FROM.plusDays(60));
    assertThat(day.getKind()).isEqualTo(Kind.CADENCE_INVALID);
    assertThat(day.getWhere()).isEqualTo("/practice/launchPlan/cadence/dayOfMonth");
    assertThat(day.getValue()).isEqualTo("32");

    CalendarException weeks = expand(Cadence.everyWeeks(0), FROM, FROM.plusDays(60));
    assertThat(weeks.getKind()).isEqualTo(Kind.CADENCE_INVALID);
    assertThat(weeks.getWhere()).endsWith("/intervalWeeks");

    CalendarException pair =
        expand(Cadence.twiceMonthlyOn(3, 3, DayOfWeek.MONDAY), FROM, FROM.plusDays(60));
    assertThat(pair.getWhere()).endsWith("/weeksOfMonth");
    assertThat(pair.getValue()).isEqualTo("[3, 3]");

    CalendarException noDay =
        expand(
            Cadence.builder().kind(org.edcop.model.CadenceKind.MONTHLY).build(),
            FROM,
            FROM.plusDays(60));
    assertThat(noDay.getKind()).isEqualTo(Kind.CADENCE_INCOMPLETE);

    CommunityOfPractice untimed =
        Plans.plan(Cadence.weekly(DayOfWeek.MONDAY), "America/Edmonton", FROM);
    untimed =
        org.edcop.model.ImmutableCommunityOfPractice.copyOf(untimed)
            .withPractice(
                org.edcop.model.ImmutablePractice.copyOf(untimed.getPractice())
                    .withLaunchPlan(
                        org.edcop.model.ImmutableLaunchPlan.copyOf(
                                untimed.getPractice().getLaunchPlan())
                            .withCadence(
                                ImmutableCadence.copyOf(
                                        untimed.getPractice().getLaunchPlan().getCadence().get())
                                    .withStartTime(java.util.Optional.empty()))));
    CommunityOfPractice finalUntimed = untimed;
    CalendarException time =
        catchThrowableOfType(
            CalendarException.class,
            () ->
                Schedules.expand(
                    finalUntimed, FROM, FROM.plusDays(30), ScheduleOptions.defaults()));
    assertThat(time.getWhere()).isEqualTo("/practice/launchPlan/cadence/startTime");
  }

  @Test
  void aRangeTooLongForTheLimit() {
    CalendarException e =
        expand(
            Cadence.weekly(DayOfWeek.MONDAY),
            FROM,
            LocalDate.of(9999, 12, 31),
            ScheduleOptions.defaults());
    assertThat(e.getKind()).isEqualTo(Kind.RANGE_TOO_LONG);
    assertThat(e.getMessage()).contains("500");
  }

  @Test
  void unknownZoneOnExportIsTyped() {
    // every zone the JDK knows and ical4j ships works; check the plan's zone is passed through
    CommunityOfPractice plan =
        Plans.plan(Cadence.weekly(DayOfWeek.MONDAY), "America/Edmonton", FROM);
    assertThat(plan.getTimeZone()).isEqualTo(ZoneId.of("America/Edmonton"));
    assertThat(ICalendarExport.defaults().export(plan).getText()).contains("TZID:America/Edmonton");
  }
}
