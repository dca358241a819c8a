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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generator and the validator agree: a schedule generated for any cadence kind, with closures
 * skipped, gets no spacing or length finding at the launch stage.
 */
class ValidatorAgreementTest {

  static final List<String> RULES =
      List.of("plan.meeting-spacing-mismatch", "plan.meeting-length-mismatch");

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
            Cadence.everyMonthsOnDay(3, 30))
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

  /**
   * The spacing rule of this version reads every kind other than every-n-weeks as monthly, so it
   * reports the second meeting of each month of a twice-monthly schedule. This pins that gap: when
   * the rule learns twice-monthly cadences this test fails, and the two cadences below move into
   * {@link #cadences()}.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("twiceMonthly")
  void spacingRuleDoesNotYetKnowTwiceMonthly(Cadence cadence) {
    List<Finding> findings = findings(cadence, "America/Edmonton");
    assertThat(findings).isNotEmpty();
    assertThat(findings)
        .allSatisfy(
            f -> {
              assertThat(f.getRuleId()).isEqualTo("plan.meeting-spacing-mismatch");
              assertThat(f.getMessageKey()).endsWith(".month");
            });
  }

  static Stream<Cadence> twiceMonthly() {
    return Stream.of(
        Cadence.twiceMonthlyOn(1, 3, DayOfWeek.TUESDAY), Cadence.twiceMonthlyOnDays(1, 15));
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

    return CopValidator.defaults().validate(scheduled, Stage.LAUNCH).getFindings().stream()
        .filter(f -> RULES.contains(f.getRuleId()))
        .toList();
  }
}
