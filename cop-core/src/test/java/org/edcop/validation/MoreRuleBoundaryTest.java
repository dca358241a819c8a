package org.edcop.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.edcop.validation.Plans.LAUNCH;
import static org.edcop.validation.Plans.launchPlan;
import static org.edcop.validation.Plans.leadership;
import static org.edcop.validation.Plans.meetingsOn;
import static org.edcop.validation.Plans.member;
import static org.edcop.validation.Plans.membership;
import static org.edcop.validation.Plans.work;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.edcop.model.Aim;
import org.edcop.model.Cadence;
import org.edcop.model.CadenceKind;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.Leader;
import org.edcop.model.LeadershipDuty;
import org.edcop.model.LeadershipStructure;
import org.edcop.model.Member;
import org.edcop.model.MemberId;
import org.edcop.model.ParticipationTier;
import org.edcop.model.SizeRange;
import org.edcop.validation.internal.FindingOrder;
import org.edcop.validation.internal.Messages;
import org.edcop.validation.internal.Pointer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The edges of the rules' thresholds, where an off-by-one would go unseen by the cases of {@link
 * RuleCasesTest}: each value exactly at a bound passes and the next value fails. Written against
 * the mutants PIT found surviving (docs/reliability.md).
 */
class MoreRuleBoundaryTest {

  private static final CommunityOfPractice COMPLETE = Plans.complete();

  private static List<Finding> found(
      CopValidator validator, CommunityOfPractice plan, String rule) {
    return validator.validate(plan, Stage.CLOSE).getFindings().stream()
        .filter(f -> f.getRuleId().equals(rule))
        .toList();
  }

  private static List<Finding> found(CommunityOfPractice plan, String rule) {
    return found(CopValidator.defaults(), plan, rule);
  }

  private static CommunityOfPractice idealSize(int min, int max) {
    return membership(COMPLETE, m -> m.withIdealSize(SizeRange.of(min, max)));
  }

  private static CommunityOfPractice cadence(Cadence cadence) {
    return launchPlan(COMPLETE, l -> l.withCadence(cadence));
  }

  // ---- sizes -----------------------------------------------------------------------------------

  @Test
  void anIdealSizeFromZeroIsNotNegative() {
    assertThat(found(idealSize(0, 5), "integrity.ideal-size-range")).isEmpty();
    assertThat(found(idealSize(-1, 5), "integrity.ideal-size-range")).hasSize(1);
  }

  @ParameterizedTest(name = "ideal size {0}..{1}: {2} finding(s)")
  @CsvSource({"3, 12, 0", "2, 12, 1", "6, 150, 0", "6, 151, 1", "2, 151, 2"})
  void theIdealSizeMayTouchThePolicyFloorAndCeiling(int min, int max, int findings) {
    assertThat(found(idealSize(min, max), "membership.ideal-size-unrealistic")).hasSize(findings);
  }

  @ParameterizedTest(name = "8 members, ideal size {0}..{1}: {2}")
  @CsvSource({"8, 8, none", "9, 12, below", "2, 7, above", "8, 12, none", "6, 8, none"})
  void aHeadcountOnTheIdealSizesBoundsIsInside(int min, int max, String expected) {
    List<Finding> findings = found(idealSize(min, max), "membership.size-outside-ideal");
    if (expected.equals("none")) {
      assertThat(findings).isEmpty();
    } else {
      assertThat(findings)
          .singleElement()
          .satisfies(f -> assertThat(f.getMessageKey()).endsWith(expected))
          .satisfies(
              f ->
                  assertThat(f.getArguments())
                      .containsEntry("headcount", "8")
                      .containsEntry("min", String.valueOf(min))
                      .containsEntry("max", String.valueOf(max)));
    }
  }

  /** 0.29 x 100 is 28.999999999999996 in floating point: the allowance is still 29 people. */
  @Test
  void theCoreAllowanceIsNotCutByFloatingPointError() {
    CopValidator validator =
        CopValidator.defaults().withPolicy(ValidationPolicy.builder().maxCoreShare(0.29).build());
    assertThat(found(validator, withCore(100, 29), "membership.core-too-large")).isEmpty();
    assertThat(found(validator, withCore(100, 30), "membership.core-too-large"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.getArguments())
                    .containsEntry("core", "30")
                    .containsEntry("headcount", "100")
                    .containsEntry("allowed", "29")
                    .containsEntry("percent", "29"));
  }

  private static CommunityOfPractice withCore(int headcount, int core) {
    List<Member> members = new ArrayList<>(COMPLETE.getCommunity().getMembership().getMembers());
    members.removeIf(
        m ->
            m.getTier() != ParticipationTier.TRANSACTIONAL
                && !m.getId().getValue().equals("m1")
                && !m.getId().getValue().equals("m2"));
    for (int i = 3; i <= headcount; i++) {
      members.add(member("m" + i, i <= core ? ParticipationTier.CORE : ParticipationTier.ACTIVE));
    }
    return membership(COMPLETE, m -> m.withMembers(members).withIdealSize(SizeRange.of(3, 150)));
  }

  // ---- cadence ----------------------------------------------------------------------------------

  @ParameterizedTest(name = "every {0} weeks: {1} finding(s)")
  @CsvSource({"1, 0", "0, 1", "-1, 1"})
  void anIntervalOfOneWeekIsTheSmallestAllowed(int weeks, int findings) {
    assertThat(found(cadence(Cadence.everyWeeks(weeks)), "integrity.cadence-range"))
        .hasSize(findings);
  }

  @ParameterizedTest(name = "week {0} of the month: {1} finding(s)")
  @CsvSource({"1, 0", "5, 0", "0, 1", "6, 1"})
  void weeksOfTheMonthRunFromOneToFive(int week, int findings) {
    assertThat(
            found(cadence(Cadence.monthlyOn(week, DayOfWeek.TUESDAY)), "integrity.cadence-range"))
        .hasSize(findings);
  }

  // ---- spacing, with the default tolerance of 3 days
  // ---------------------------------------------

  @ParameterizedTest(name = "second meeting {0} days after 4 weeks: {1} finding(s)")
  @CsvSource({"3, 0", "4, 1", "-3, 0", "-4, 1"})
  void aMeetingThreeDaysOffTheFourWeekRhythmIsWithinTolerance(int late, int findings) {
    CommunityOfPractice plan =
        meetingsOn(
            COMPLETE,
            LAUNCH,
            LAUNCH.plusWeeks(4).plusDays(late),
            LAUNCH.plusWeeks(8).plusDays(late),
            LAUNCH.plusWeeks(12));
    // the second meeting is off, the third keeps its distance from it, the fourth is back
    assertThat(found(plan, "collaborative-plan.meeting-spacing-mismatch")).hasSize(findings * 2);
  }

  @ParameterizedTest(name = "third Tuesday plus {0} days: {1} finding(s)")
  @CsvSource({"3, 0", "4, 1", "-3, 0", "-4, 1"})
  void aMeetingThreeDaysOffTheNthWeekdayIsWithinTolerance(int off, int findings) {
    LocalDate october = nth(2026, 10, 3);
    CommunityOfPractice plan =
        launchPlan(
            meetingsOn(
                COMPLETE,
                nth(2026, 9, 3),
                october.plusDays(off),
                nth(2026, 11, 3),
                nth(2026, 12, 3)),
            l ->
                l.withCadence(Cadence.monthlyOn(3, DayOfWeek.TUESDAY))
                    .withLaunchDate(nth(2026, 9, 3)));
    List<Finding> findings1 = found(plan, "collaborative-plan.meeting-spacing-mismatch");
    assertThat(findings1).hasSize(findings);
    findings1.forEach(
        f ->
            assertThat(f.getArguments())
                .containsEntry("expected", october.toString())
                .containsEntry("week", "3")
                .containsEntry("day", "tuesday"));
  }

  @ParameterizedTest(name = "monthly by date, second meeting {0} days late: {1} finding(s)")
  @CsvSource({"3, 0", "4, 2"})
  void aMonthlyMeetingThreeDaysOffTheDateIsWithinTolerance(int late, int findings) {
    Cadence monthly = Cadence.builder().kind(CadenceKind.MONTHLY).build();
    CommunityOfPractice plan =
        launchPlan(
            meetingsOn(
                COMPLETE,
                LAUNCH,
                LAUNCH.plusMonths(1).plusDays(late),
                LAUNCH.plusMonths(2),
                LAUNCH.plusMonths(3)),
            l -> l.withCadence(monthly));
    // the late meeting is off its month, and the next one is off the late one's date
    assertThat(found(plan, "collaborative-plan.meeting-spacing-mismatch")).hasSize(findings);
  }

  private static LocalDate nth(int year, int month, int n) {
    return LocalDate.of(year, month, 1)
        .with(TemporalAdjusters.dayOfWeekInMonth(n, DayOfWeek.TUESDAY));
  }

  // ---- launch and leadership ------------------------------------------------------------------

  @Test
  void aMeetingOnTheLaunchDateIsNotCountedAsBeforeTheLaunch() {
    CommunityOfPractice plan = launchPlan(COMPLETE, l -> l.withLaunchDate(LAUNCH.plusWeeks(8)));
    assertThat(found(plan, "launch.date-after-first-meeting"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.getArguments())
                    .containsEntry("count", "2")
                    .containsEntry("meeting", "launch")
                    .containsEntry("date", LAUNCH.toString()));
    CommunityOfPractice later =
        launchPlan(COMPLETE, l -> l.withLaunchDate(LAUNCH.plusWeeks(8).plusDays(1)));
    assertThat(found(later, "launch.date-after-first-meeting"))
        .singleElement()
        .satisfies(f -> assertThat(f.getArguments()).containsEntry("count", "3"));
  }

  @Test
  void aSingleLeaderStructureWithOneLeaderMatches() {
    Leader only = Leader.of(MemberId.of("m1"), LeadershipDuty.values());
    CommunityOfPractice single =
        leadership(
            COMPLETE, l -> l.withStructure(LeadershipStructure.SINGLE_LEADER).withLeaders(only));
    assertThat(found(single, "leadership.structure-mismatch")).isEmpty();
    CommunityOfPractice sameTwice =
        leadership(
            COMPLETE,
            l -> l.withStructure(LeadershipStructure.SINGLE_LEADER).withLeaders(only, only));
    assertThat(found(sameTwice, "leadership.structure-mismatch")).isEmpty();
  }

  @Test
  void aBlankMeasureOrTargetIsMissing() {
    CommunityOfPractice blank =
        work(
            COMPLETE,
            w ->
                w.withAim(
                    Aim.builder()
                        .from(w.getAim().orElseThrow())
                        .measure("  \t")
                        .target(" ")
                        .build()));
    assertThat(found(blank, "improvement.aim-incomplete"))
        .extracting(Finding::getPath)
        .containsExactly(
            "/practice/improvementWork/0/aim/measure", "/practice/improvementWork/0/aim/target");
  }

  // ---- policy bounds ----------------------------------------------------------------------------

  @Test
  void policyThresholdsMayStandExactlyOnTheirBounds() {
    assertThat(ValidationPolicy.builder().maxCoreShare(0.0).build().getMaxCoreShare()).isZero();
    assertThat(ValidationPolicy.builder().maxCoreShare(1.0).build().getMaxCoreShare())
        .isEqualTo(1.0);
    assertThatThrownBy(() -> ValidationPolicy.builder().maxCoreShare(1.0000001).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ValidationPolicy.builder().maxCoreShare(-0.0000001).build())
        .isInstanceOf(IllegalArgumentException.class);
    ValidationPolicy tight =
        ValidationPolicy.builder().idealSizeFloor(0).idealSizeCeiling(0).build();
    assertThat(tight.getIdealSizeCeiling()).isZero();
    assertThat(
            ValidationPolicy.builder()
                .idealSizeFloor(10)
                .idealSizeCeiling(10)
                .build()
                .getIdealSizeFloor())
        .isEqualTo(10);
    assertThatThrownBy(
            () -> ValidationPolicy.builder().idealSizeFloor(10).idealSizeCeiling(9).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ValidationPolicy.builder().idealSizeFloor(-1).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ---- the engine's helpers -------------------------------------------------------------------

  @Test
  void aBuiltInRuleCalledDirectlyWithAPlainContextChecksThePlanItIsGiven() {
    Rule rule =
        CopValidator.defaults().getRules().stream()
            .filter(r -> r.getId().equals("membership.size-outside-ideal"))
            .findFirst()
            .orElseThrow();
    List<String> paths = new ArrayList<>();
    RuleContext context =
        new RuleContext() {
          @Override
          public ValidationPolicy getPolicy() {
            return ValidationPolicy.defaults();
          }

          @Override
          public Stage getStage() {
            return Stage.LAUNCH;
          }

          @Override
          public void report(String path, String message, Map<String, String> arguments) {
            paths.add(path);
          }
        };
    rule.check(idealSize(9, 12), context);
    assertThat(paths).containsExactly("/community/membership/members");
  }

  @Test
  void placeholderNamesUseLettersDigitsDotsDashesAndUnderscoresOnly() {
    Map<String, String> args = new java.util.HashMap<>();
    for (String name :
        List.of("az", "AZ", "09", "a.b-c_d", "", "a`", "a@", "a[", "a/", "a:", "a{")) {
      args.put(name, "<" + name + ">");
    }
    assertThat(Messages.fill("{az}{AZ}{09}{a.b-c_d}", args)).isEqualTo("<az><AZ><09><a.b-c_d>");
    assertThat(Messages.fill("{}{a`}{a@}{a[}{a/}{a:}", args)).isEqualTo("{}{a`}{a@}{a[}{a/}{a:}");
    assertThat(Messages.hasTemplate("no.such.message")).isFalse();
    assertThat(Messages.hasTemplate("leadership.duty-uncovered")).isTrue();
    assertThat(Messages.render("leadership.duty-uncovered", Map.of(), java.util.Locale.JAPANESE))
        .isEqualTo(Messages.render("leadership.duty-uncovered", Map.of(), java.util.Locale.ROOT))
        .isNotEqualTo("leadership.duty-uncovered");
  }

  @Test
  void pointerTokensAreEscapedWhereverTheSpecialCharacterIs() {
    assertThat(Pointer.escape("~a")).isEqualTo("~0a");
    assertThat(Pointer.escape("/a")).isEqualTo("~1a");
    assertThat(Pointer.escape("a~/")).isEqualTo("a~0~1");
    assertThat(Pointer.escape("plain")).isEqualTo("plain");
  }

  @Test
  void pathsSortWithNumbersInNumericOrder() {
    assertThat(FindingOrder.comparePaths("", "/a")).isNegative();
    assertThat(FindingOrder.comparePaths("/a", "")).isPositive();
    assertThat(FindingOrder.comparePaths("/m/9", "/m/10")).isNegative();
    assertThat(FindingOrder.comparePaths("/m/010", "/m/9")).isPositive();
    assertThat(FindingOrder.comparePaths("/m/0", "/m/00")).isZero();
    assertThat(FindingOrder.comparePaths("/m/1/x", "/m/1")).isPositive();
    assertThat(FindingOrder.comparePaths("/m/b", "/m/a0")).isPositive();
  }
}
