package org.edcop.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.edcop.model.Cadence;
import org.edcop.model.CommunityOfPractice;
import org.edcop.validation.CopValidator;
import org.edcop.validation.Finding;
import org.edcop.validation.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generator and the validator agree: a schedule generated for any cadence kind, with closures
 * skipped, gets no spacing or length finding at the launch stage. The two-week winter break skips
 * two weekly meetings in a row, one more than the default {@code maxSkippedPeriods} allows, so the
 * agreement is checked with a policy allowing two (as a district meeting weekly would set); {@link
 * #theWinterBreakIsAGapForAWeeklySeriesByDefault} shows the default.
 */
class ValidatorAgreementTest {

  static final List<String> RULES =
      List.of(
          "collaborative-plan.meeting-spacing-mismatch",
          "collaborative-plan.meeting-length-mismatch");

  static Stream<Arguments> cadences() {
    return Stream.of(
            Cadence.weekly(DayOfWeek.WEDNESDAY),
            Cadence.everyWeeks(3, DayOfWeek.TUESDAY),
            Cadence.everyWeeks(2),
            Cadence.monthlyOn(2, DayOfWeek.TUESDAY),
            Cadence.monthlyOnLast(DayOfWeek.THURSDAY),
            Cadence.monthlyOnDay(31),
            Cadence.monthlyOnDay(15),
            Cadence.everyMonths(2, 1, DayOfWeek.MONDAY),
            Cadence.everyMonthsOnDay(3, 30),
            Cadence.twiceMonthlyOn(1, 3, DayOfWeek.TUESDAY),
            Cadence.twiceMonthlyOn(2, 5, DayOfWeek.THURSDAY),
            Cadence.twiceMonthlyOnDays(1, 15),
            Cadence.twiceMonthlyOnDays(15, 31))
        .flatMap(
            c ->
                Stream.of("America/Edmonton", "America/Los_Angeles", "Europe/Paris")
                    .map(zone -> Arguments.of(c.getKind().code(), c, zone)));
  }

  @ParameterizedTest(name = "{0} {1} in {2}")
  @MethodSource("cadences")
  void generatedScheduleHasNoSpacingOrLengthFinding(String kind, Cadence cadence, String zone) {
    assertThat(findings(cadence, zone)).extracting(Finding::getMessage).isEmpty();
  }

  /** A meeting moved off the twice-monthly dates by more than the tolerance is still reported. */
  @Test
  void aTwiceMonthlyMeetingOffItsDatesIsReported() {
    CommunityOfPractice plan =
        Plans.plan(
            Cadence.twiceMonthlyOnDays(1, 15), "America/Edmonton", LocalDate.of(2026, 8, 27));
    GeneratedSchedule schedule =
        Schedules.expand(
            plan, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 31), ScheduleOptions.defaults());
    List<org.edcop.model.Meeting> meetings = new java.util.ArrayList<>(schedule.getMeetings());
    org.edcop.model.Meeting third = meetings.get(2);
    meetings.set(
        2,
        org.edcop.model.Meeting.builder()
            .from(third)
            .start(third.getStart().get().plusDays(7))
            .end(third.getEnd().get().plusDays(7))
            .build());
    CommunityOfPractice moved =
        CommunityOfPractice.builder()
            .from(plan)
            .practice(
                org.edcop.model.Practice.builder()
                    .from(plan.getPractice())
                    .meetings(meetings)
                    .build())
            .build();
    assertThat(
            CopValidator.defaults().validate(moved, Stage.LAUNCH).getFindings().stream()
                .filter(f -> f.getRuleId().equals("collaborative-plan.meeting-spacing-mismatch")))
        .extracting(f -> f.getMessageKey(), f -> f.getPath())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "collaborative-plan.meeting-spacing-mismatch.twice-monthly",
                "/practice/meetings/2/start"));
  }

  private static final CopValidator TWO_SKIPS =
      CopValidator.defaults()
          .withPolicy(org.edcop.validation.ValidationPolicy.builder().maxSkippedPeriods(2).build());

  @Test
  void theWinterBreakIsAGapForAWeeklySeriesByDefault() {
    CommunityOfPractice scheduled =
        scheduled(Cadence.weekly(DayOfWeek.WEDNESDAY), "America/Edmonton", false);
    assertThat(
            CopValidator.defaults().validate(scheduled, Stage.LAUNCH).getFindings().stream()
                .filter(f -> RULES.contains(f.getRuleId())))
        .extracting(Finding::getMessageKey, f -> f.getArguments().get("skipped"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "collaborative-plan.meeting-spacing-mismatch.gap", "2"));
  }

  /** #17: a meeting moved to the next available week records its slot and is not a finding. */
  @ParameterizedTest(name = "{0} {1} in {2}")
  @MethodSource("cadences")
  void movedMeetingsAreMeasuredFromTheirSlot(String kind, Cadence cadence, String zone) {
    CommunityOfPractice scheduled = scheduled(cadence, zone, true);
    assertThat(
            TWO_SKIPS.validate(scheduled, Stage.LAUNCH).getFindings().stream()
                .filter(f -> RULES.contains(f.getRuleId())))
        .extracting(Finding::getMessage)
        .isEmpty();
  }

  @Test
  void aMovedMeetingCarriesItsOriginalDate() {
    // the second Tuesday of October 2026 is the PD day: the meeting moves a week later
    CommunityOfPractice scheduled =
        scheduled(Cadence.monthlyOn(2, DayOfWeek.TUESDAY), "America/Edmonton", true);
    org.edcop.model.Meeting october =
        scheduled.getPractice().getMeetings().stream()
            .filter(m -> m.getRescheduledFrom().isPresent())
            .findFirst()
            .orElseThrow();
    assertThat(october.getRescheduledFrom()).contains(LocalDate.of(2026, 10, 13));
    assertThat(october.getStart().orElseThrow().toLocalDate())
        .isEqualTo(LocalDate.of(2026, 10, 20));
    assertThat(CopValidator.defaults().validate(scheduled, Stage.LAUNCH).findings(RULES.get(0)))
        .isEmpty();
    // without the marker the moved meeting is off its weekday of the month, as before #17
    List<org.edcop.model.Meeting> unmarked =
        scheduled.getPractice().getMeetings().stream()
            .map(
                m ->
                    (org.edcop.model.Meeting)
                        org.edcop.model.Meeting.builder()
                            .from(m)
                            .rescheduledFrom(java.util.Optional.empty())
                            .build())
            .toList();
    assertThat(
            CopValidator.defaults()
                .validate(Plans.withMeetings(scheduled, unmarked), Stage.LAUNCH)
                .findings(RULES.get(0)))
        .extracting(Finding::getMessageKey)
        .containsExactly("collaborative-plan.meeting-spacing-mismatch.nth-weekday");
  }

  private static CommunityOfPractice scheduled(Cadence cadence, String zone, boolean move) {
    LocalDate launch = LocalDate.of(2026, 8, 27);
    CommunityOfPractice plan = Plans.plan(cadence, zone, launch);
    DistrictCalendar district =
        DistrictCalendar.of(
            "test",
            List.of(
                Closure.on(LocalDate.of(2026, 10, 13), "PD day"),
                Closure.between(LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 3), "Break")));
    GeneratedSchedule schedule =
        Schedules.expand(
            plan,
            LocalDate.of(2026, 9, 1),
            LocalDate.of(2027, 6, 30),
            ScheduleOptions.defaults().withClosures(district).withMoveSkipped(move));
    return Plans.withMeetings(plan, schedule.getMeetings());
  }

  private static List<Finding> findings(Cadence cadence, String zone) {
    LocalDate launch = LocalDate.of(2026, 8, 27);
    CommunityOfPractice plan = Plans.plan(cadence, zone, launch);
    DistrictCalendar district =
        DistrictCalendar.of(
            "test",
            List.of(
                Closure.on(LocalDate.of(2026, 10, 13), "PD day"),
                Closure.between(LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 3), "Break")));
    GeneratedSchedule schedule =
        Schedules.expand(
            plan,
            LocalDate.of(2026, 9, 1),
            LocalDate.of(2027, 6, 30),
            ScheduleOptions.defaults().withClosures(district));
    CommunityOfPractice scheduled = Plans.withMeetings(plan, schedule.getMeetings());

    return TWO_SKIPS.validate(scheduled, Stage.LAUNCH).getFindings().stream()
        .filter(f -> RULES.contains(f.getRuleId()))
        .toList();
  }
}
