package org.edcop.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.edcop.validation.Plans.*;

import java.time.Duration;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.ParticipationTier;
import org.edcop.model.SizeRange;
import org.junit.jupiter.api.Test;

/** The policy switches rules off, changes severities and moves thresholds. */
class PolicyTest {

  private static final CommunityOfPractice COMPLETE = Plans.complete();

  private static CopValidator with(ValidationPolicy policy) {
    return CopValidator.defaults().withPolicy(policy);
  }

  @Test
  void defaultsAreDocumentedValues() {
    ValidationPolicy policy = ValidationPolicy.defaults();
    assertThat(policy.getMaxCoreShare()).isEqualTo(0.30);
    assertThat(policy.getMeetingLengthTolerance()).isEqualTo(Duration.ofMinutes(15));
    assertThat(policy.getSpacingTolerance()).isEqualTo(Duration.ofDays(3));
    assertThat(policy.getIdealSizeFloor()).isEqualTo(3);
    assertThat(policy.getIdealSizeCeiling()).isEqualTo(150);
    assertThat(policy.getDisabledRules()).isEmpty();
    assertThat(policy.getSeverityOverrides()).isEmpty();
    assertThat(CopValidator.defaults().getPolicy()).isEqualTo(policy);
  }

  @Test
  void aSwitchedOffRuleDisappearsAndTheVerdictFollows() {
    CommunityOfPractice plan = leadership(COMPLETE, l -> l.withLeaders());
    ValidationReport before = CopValidator.defaults().validate(plan, Stage.LAUNCH);
    assertThat(before.findings("leadership.leader-missing")).hasSize(1);
    assertThat(before.isAcceptable()).isFalse();

    ValidationReport after =
        with(ValidationPolicy.builder().addDisabledRules("leadership.leader-missing").build())
            .validate(plan, Stage.LAUNCH);
    assertThat(after.findings("leadership.leader-missing")).isEmpty();
    assertThat(after.isAcceptable()).isTrue();
  }

  @Test
  void aRaisedSeverityShowsOnceTheRuleIsDue() {
    CommunityOfPractice plan = leadership(COMPLETE, l -> l.withSupport(java.util.Optional.empty()));
    CopValidator strict =
        with(
            ValidationPolicy.builder()
                .putSeverityOverride("leadership.support-missing", Severity.ERROR)
                .build());
    assertThat(CopValidator.defaults().validate(plan, Stage.LAUNCH).isAcceptable()).isTrue();
    ValidationReport launch = strict.validate(plan, Stage.LAUNCH);
    assertThat(launch.findings("leadership.support-missing"))
        .extracting(Finding::getSeverity)
        .containsExactly(Severity.ERROR);
    assertThat(launch.isAcceptable()).isFalse();
    // not yet due at draft: still an open question
    assertThat(strict.validate(plan, Stage.DRAFT).findings("leadership.support-missing"))
        .extracting(Finding::getSeverity)
        .containsExactly(Severity.INFO);
  }

  @Test
  void aLoweredSeverityOfAnIntegrityRuleAppliesAtEveryStage() {
    CommunityOfPractice plan = meeting(COMPLETE, 2, m -> m.withId("launch"));
    assertThat(CopValidator.defaults().validate(plan, Stage.DRAFT).isAcceptable()).isFalse();
    CopValidator lenient =
        with(
            ValidationPolicy.builder()
                .putSeverityOverride("integrity.meeting-id-duplicate", Severity.WARNING)
                .build());
    for (Stage stage : Stage.values()) {
      ValidationReport report = lenient.validate(plan, stage);
      assertThat(report.findings("integrity.meeting-id-duplicate"))
          .extracting(Finding::getSeverity)
          .containsExactly(Severity.WARNING);
      assertThat(report.isAcceptable()).isTrue();
    }
  }

  @Test
  void aLoweredSeverityMakesALaunchPlanAcceptable() {
    CommunityOfPractice plan = leadership(COMPLETE, l -> l.withLeaders());
    CopValidator lenient =
        with(
            ValidationPolicy.builder()
                .putSeverityOverride("leadership.leader-missing", Severity.INFO)
                .build());
    ValidationReport report = lenient.validate(plan, Stage.LAUNCH);
    assertThat(report.isAcceptable()).isTrue();
    assertThat(report.findings("leadership.leader-missing"))
        .extracting(Finding::getSeverity)
        .containsExactly(Severity.INFO);
  }

  @Test
  void theCoreShareThresholdMovesTheVerdict() {
    // 3 core of 8 members: more than 30% (2 allowed), within 40% (3 allowed)
    CommunityOfPractice plan = setTier(COMPLETE, "m3", ParticipationTier.CORE);
    ValidationPolicy strict =
        ValidationPolicy.builder()
            .putSeverityOverride("membership.core-too-large", Severity.ERROR)
            .build();
    assertThat(with(strict).validate(plan, Stage.LAUNCH).isAcceptable()).isFalse();
    ValidationPolicy roomier = ValidationPolicy.builder().from(strict).maxCoreShare(0.40).build();
    ValidationReport report = with(roomier).validate(plan, Stage.LAUNCH);
    assertThat(report.findings("membership.core-too-large")).isEmpty();
    assertThat(report.isAcceptable()).isTrue();
  }

  @Test
  void theMeetingLengthToleranceMovesTheFinding() {
    CommunityOfPractice plan =
        meeting(COMPLETE, 1, m -> m.withEnd(m.getStart().orElseThrow().plusMinutes(120)));
    assertThat(
            CopValidator.defaults()
                .validate(plan, Stage.LAUNCH)
                .findings("collaborative-plan.meeting-length-mismatch"))
        .hasSize(1);
    ValidationPolicy policy =
        ValidationPolicy.builder().meetingLengthTolerance(Duration.ofMinutes(30)).build();
    assertThat(
            with(policy)
                .validate(plan, Stage.LAUNCH)
                .findings("collaborative-plan.meeting-length-mismatch"))
        .isEmpty();
  }

  @Test
  void theSpacingToleranceMovesTheFinding() {
    CommunityOfPractice plan =
        meetingsOn(
            COMPLETE,
            LAUNCH,
            LAUNCH.plusWeeks(4).plusDays(5),
            LAUNCH.plusWeeks(8),
            LAUNCH.plusWeeks(12));
    assertThat(
            CopValidator.defaults()
                .validate(plan, Stage.LAUNCH)
                .findings("collaborative-plan.meeting-spacing-mismatch"))
        .isNotEmpty();
    ValidationPolicy policy =
        ValidationPolicy.builder().spacingTolerance(Duration.ofDays(5)).build();
    assertThat(
            with(policy)
                .validate(plan, Stage.LAUNCH)
                .findings("collaborative-plan.meeting-spacing-mismatch"))
        .isEmpty();
    ValidationPolicy exact = ValidationPolicy.builder().spacingTolerance(Duration.ZERO).build();
    assertThat(
            with(exact)
                .validate(COMPLETE, Stage.LAUNCH)
                .findings("collaborative-plan.meeting-spacing-mismatch"))
        .isEmpty();
  }

  @Test
  void theIdealSizeBoundsMoveTheFinding() {
    CommunityOfPractice plan = membership(COMPLETE, m -> m.withIdealSize(SizeRange.of(2, 200)));
    assertThat(
            CopValidator.defaults()
                .validate(plan, Stage.LAUNCH)
                .findings("membership.ideal-size-unrealistic"))
        .extracting(Finding::getPath)
        .containsExactly(
            "/community/membership/idealSize/max", "/community/membership/idealSize/min");
    ValidationPolicy policy =
        ValidationPolicy.builder().idealSizeFloor(2).idealSizeCeiling(200).build();
    assertThat(
            with(policy).validate(plan, Stage.LAUNCH).findings("membership.ideal-size-unrealistic"))
        .isEmpty();
  }

  @Test
  void withPolicyLeavesTheOriginalUntouched() {
    ValidationPolicy policy =
        ValidationPolicy.builder().addDisabledRules("collaborative-plan.meeting-missing").build();
    CopValidator tuned = CopValidator.defaults().withPolicy(policy);
    assertThat(tuned.getPolicy()).isEqualTo(policy);
    assertThat(tuned.getRules()).isEqualTo(CopValidator.defaults().getRules());
    assertThat(CopValidator.defaults().getPolicy()).isEqualTo(ValidationPolicy.defaults());
  }

  @Test
  void thresholdsNoPolicyCanMeanAreRejected() {
    assertThatThrownBy(() -> ValidationPolicy.builder().maxCoreShare(Double.NaN).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxCoreShare")
        .hasMessageContaining("NaN");
    assertThatThrownBy(() -> ValidationPolicy.builder().maxCoreShare(1.01).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxCoreShare");
    assertThatThrownBy(() -> ValidationPolicy.builder().maxCoreShare(-0.1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxCoreShare");
    assertThatThrownBy(
            () -> ValidationPolicy.builder().meetingLengthTolerance(Duration.ofMinutes(-1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("meetingLengthTolerance");
    assertThatThrownBy(
            () -> ValidationPolicy.builder().spacingTolerance(Duration.ofDays(-1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("spacingTolerance");
    assertThatThrownBy(() -> ValidationPolicy.builder().idealSizeFloor(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("idealSizeFloor");
    assertThatThrownBy(
            () -> ValidationPolicy.builder().idealSizeFloor(10).idealSizeCeiling(9).build())
        .isInstanceOf(ValidationInputException.class)
        .hasMessageContaining("idealSizeCeiling 9");
    for (Object[] bad :
        new Object[][] {
          {"nextMeetingWithinDays", -1},
          {"nextMeetingWithinDays", 366},
          {"problemOfPracticeAfterMeetings", -1},
          {"problemOfPracticeAfterMeetings", 101},
          {"studyWithinWeeks", 0},
          {"studyWithinWeeks", 105}
        }) {
      String setting = (String) bad[0];
      int value = (Integer) bad[1];
      var builder = ValidationPolicy.builder();
      switch (setting) {
        case "nextMeetingWithinDays" -> builder.nextMeetingWithinDays(value);
        case "problemOfPracticeAfterMeetings" -> builder.problemOfPracticeAfterMeetings(value);
        default -> builder.studyWithinWeeks(value);
      }
      assertThatThrownBy(builder::build)
          .isInstanceOfSatisfying(
              ValidationInputException.class,
              e -> {
                assertThat(e.getInput()).isEqualTo(setting);
                assertThat(e.getValue()).isEqualTo(String.valueOf(value));
              });
    }
    assertThatThrownBy(() -> ValidationPolicy.builder().addDisabledRules(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("disabledRules");
    assertThatThrownBy(
            () -> ValidationPolicy.builder().putSeverityOverride("", Severity.INFO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("severityOverrides");
  }

  @Test
  void aPolicyNamingAnUnknownRuleIsRejectedByTheValidator() {
    ValidationPolicy typo =
        ValidationPolicy.builder().addDisabledRules("leadership.leader-mising").build();
    assertThatThrownBy(() -> CopValidator.defaults().withPolicy(typo))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("disabledRules")
        .hasMessageContaining("'leadership.leader-mising'");
    ValidationPolicy custom =
        ValidationPolicy.builder().putSeverityOverride("district.x", Severity.ERROR).build();
    assertThatThrownBy(() -> CopValidator.builder().policy(custom).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("severityOverrides")
        .hasMessageContaining("'district.x'");
    // known once the custom rule is added; validator.rule-failed is always known
    CopValidator withRule =
        CopValidator.builder()
            .addRule(new CustomRuleTest.NoFridayMeetings())
            .policy(
                ValidationPolicy.builder()
                    .addDisabledRules("district.meeting-on-friday", CopValidator.RULE_FAILED)
                    .build())
            .build();
    assertThat(withRule.getPolicy().getDisabledRules()).contains("district.meeting-on-friday");
  }

  @Test
  void aPolicyNamingAFormerRuleIdIsToldTheCurrentOne() {
    ValidationPolicy stale =
        ValidationPolicy.builder().addDisabledRules("practice.reflection-missing").build();
    assertThatThrownBy(() -> with(stale))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("renamed to 'professional-practice.reflection-missing'");
    assertThat(RenamedRules.all()).hasSize(15);
    assertThat(RenamedRules.all().values())
        .allSatisfy(
            id ->
                assertThat(CopValidator.defaults().getRules())
                    .anySatisfy(rule -> assertThat(rule.getId()).isEqualTo(id)));
    assertThat(RenamedRules.currentId("membership.core-missing")).isEmpty();
  }
}
