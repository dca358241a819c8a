package org.edcop.testing.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.edcop.testing.SamplePlan;
import org.edcop.testing.SamplePlans;
import org.edcop.validation.CopValidator;
import org.edcop.validation.Finding;
import org.edcop.validation.Severity;
import org.edcop.validation.Stage;
import org.edcop.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The sample plans, validated: complete ones are ready to launch, drafts show their gaps. */
class SampleValidationTest {

  private static final CopValidator VALIDATOR = CopValidator.defaults();

  static Stream<SamplePlan> completeSamples() {
    return SamplePlans.all().stream().filter(SamplePlan::isComplete);
  }

  private static List<String> problems(ValidationReport report) {
    return report.getFindings().stream()
        .filter(f -> f.getSeverity() != Severity.INFO)
        .map(
            f ->
                f.getSeverity().code()
                    + " "
                    + f.getRuleId()
                    + " "
                    + f.getPath()
                    + ": "
                    + f.getMessage())
        .toList();
  }

  @Test
  void thereAreCompleteSamples() {
    assertThat(completeSamples()).hasSizeGreaterThanOrEqualTo(3);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("completeSamples")
  void aCompleteSampleHasNoErrorAndNoWarningAtLaunch(SamplePlan sample) {
    ValidationReport report = VALIDATOR.validate(sample.getPlan(), Stage.LAUNCH);
    assertThat(problems(report)).isEmpty();
    assertThat(report.isAcceptable()).isTrue();
    assertThat(VALIDATOR.validate(sample.getPlan(), Stage.DRAFT).isAcceptable()).isTrue();
  }

  @Test
  void theBareDraftIsAcceptableAtDraftButNotAtLaunch() {
    SamplePlan bare = SamplePlans.named("draft-bare");
    ValidationReport draft = VALIDATOR.validate(bare.getPlan(), Stage.DRAFT);
    assertThat(draft.isAcceptable()).isTrue();
    assertThat(draft.getFindings()).isNotEmpty().allMatch(f -> f.getSeverity() == Severity.INFO);
    ValidationReport launch = VALIDATOR.validate(bare.getPlan(), Stage.LAUNCH);
    assertThat(launch.isAcceptable()).isFalse();
    assertThat(launch.getFindings())
        .extracting(Finding::getRuleId)
        .contains(
            "purpose.statement-incomplete",
            "membership.core-missing",
            "leadership.leader-missing",
            "norms.norm-missing",
            "launch.date-missing",
            "collaborative-plan.meeting-missing");
  }

  @Test
  void theIntegrityDraftIsNotAcceptableEvenAsADraft() {
    ValidationReport report =
        VALIDATOR.validate(SamplePlans.named("draft-integrity-errors").getPlan(), Stage.DRAFT);
    assertThat(report.isAcceptable()).isFalse();
    assertThat(report.getFindings())
        .filteredOn(f -> f.getSeverity() == Severity.ERROR)
        .extracting(Finding::getRuleId)
        .contains(
            "integrity.member-id-duplicate",
            "integrity.member-reference-unresolved",
            "integrity.ideal-size-range",
            "integrity.meeting-ends-before-start",
            "integrity.meetings-overlap")
        .allMatch(id -> id.startsWith("integrity."));
  }

  @Test
  void theLeadershipDraftShowsItsLeadershipGaps() {
    ValidationReport report =
        VALIDATOR.validate(SamplePlans.named("draft-leadership-gaps").getPlan(), Stage.LAUNCH);
    assertThat(report.isAcceptable()).isFalse();
    assertThat(report.getFindings())
        .extracting(Finding::getRuleId)
        .contains(
            "leadership.structure-mismatch",
            "leadership.leader-tier",
            "leadership.duty-uncovered",
            "leadership.communication-missing",
            "leadership.support-missing");
    assertThat(report.findings("leadership.duty-uncovered")).hasSize(6);
  }

  @Test
  void theNormsDraftShowsItsNormsGaps() {
    var plan = SamplePlans.named("draft-unagreed-norms").getPlan();
    ValidationReport report = VALIDATOR.validate(plan, Stage.LAUNCH);
    assertThat(report.findings("norms.topic-uncovered")).hasSize(3);
    assertThat(report.findings("norms.values-alignment-missing")).hasSize(1);
    // drafted norms are enough to launch: agreement is an open question until the running stage
    assertThat(report.findings("norms.agreement-missing"))
        .isNotEmpty()
        .allMatch(f -> f.getSeverity() == org.edcop.validation.Severity.INFO);
    ValidationReport running =
        VALIDATOR.validate(plan, Stage.RUNNING, java.time.LocalDate.of(2026, 10, 1));
    assertThat(running.isAcceptable()).isFalse();
    assertThat(running.findings("norms.agreement-missing"))
        .anyMatch(f -> f.getSeverity() == org.edcop.validation.Severity.ERROR);
  }

  @Test
  void theAcademyCohortIsCleanAtLaunchUnderThe21cslaPreset() {
    var plan = SamplePlans.academyEquityCohort().getPlan();
    ValidationReport report =
        VALIDATOR
            .withPolicy(org.edcop.validation.ValidationPolicy.preset("21csla-cohort"))
            .validate(plan, Stage.LAUNCH);
    assertThat(report.getFindings())
        .filteredOn(f -> f.getSeverity() != org.edcop.validation.Severity.INFO)
        .isEmpty();
    // the facilitator leads and facilitates without counting in the headcount
    assertThat(plan.getCommunity().getMembership().headcount())
        .isEqualTo(
            SamplePlans.named("site-leaders-equity")
                .getPlan()
                .getCommunity()
                .getMembership()
                .headcount());
  }

  @Test
  void theRunningSnapshotShowsWhatAConvenerFindsMidYear() {
    ValidationReport report =
        VALIDATOR.validate(
            SamplePlans.runningSnapshot().getPlan(), Stage.RUNNING, SamplePlans.RUNNING_AS_OF);
    assertThat(report.getAsOf()).contains(SamplePlans.RUNNING_AS_OF);
    assertThat(report.findings("collaborative-plan.attendance-missing"))
        .extracting(f -> f.getPath())
        .containsExactly("/practice/meetings/5/attendance");
    assertThat(report.findings("norms.newcomer-not-agreed"))
        .extracting(f -> f.getArguments().get("member"), f -> f.getSeverity())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("se-12", org.edcop.validation.Severity.ERROR));
    assertThat(report.findings("collaborative-plan.next-meeting-unprepared"))
        .extracting(f -> f.getPath())
        .containsExactly("/practice/meetings/6/facilitator");
    assertThat(report.getFindings()).noneMatch(f -> "se-09".equals(f.getArguments().get("member")));
    assertThat(report.isAcceptable()).isFalse();
    // the same plan was clean at launch
    assertThat(
            VALIDATOR.validate(SamplePlans.runningSnapshot().getPlan(), Stage.LAUNCH).getFindings())
        .filteredOn(f -> f.getSeverity() == org.edcop.validation.Severity.ERROR)
        .isEmpty();
  }
}
