package org.edcop.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.edcop.validation.Plans.LAUNCH;
import static org.edcop.validation.Plans.VALIDATOR;
import static org.edcop.validation.Plans.meeting;
import static org.edcop.validation.Plans.meetingsOn;

import java.util.List;
import org.edcop.model.CommunityOfPractice;
import org.junit.jupiter.api.Test;

/**
 * {@code collaborative-plan.meeting-spacing-mismatch} after #15 and #17: skipped periods, a
 * sustained series, and meetings rescheduled from their slot. The complete plan meets every 4 weeks
 * from Tuesday 15 September 2026.
 */
class SpacingRuleTest {

  private static final String RULE = "collaborative-plan.meeting-spacing-mismatch";
  private static final CommunityOfPractice COMPLETE = Plans.complete();

  private static List<Finding> findings(CopValidator validator, CommunityOfPractice plan) {
    return validator.validate(plan, Stage.LAUNCH).findings(RULE);
  }

  @Test
  void twoSkippedMeetingsInARowAreAGapOneIsNot() {
    // before #15 a gap of any whole number of periods passed: 12 weeks in a 4-weekly plan
    CommunityOfPractice twoSkipped =
        meetingsOn(
            COMPLETE, LAUNCH, LAUNCH.plusWeeks(4), LAUNCH.plusWeeks(16), LAUNCH.plusWeeks(20));
    List<Finding> found = findings(VALIDATOR, twoSkipped);
    assertThat(found).hasSize(1);
    Finding gap = found.get(0);
    assertThat(gap.getMessageKey()).isEqualTo(RULE + ".gap");
    assertThat(gap.getPath()).isEqualTo("/practice/meetings/2/start");
    assertThat(gap.getSeverity()).isEqualTo(Severity.WARNING);
    assertThat(gap.getArguments())
        .containsEntry("skipped", "2")
        .containsEntry("maxSkipped", "1")
        .containsEntry("previous", COMPLETE.getPractice().getMeetings().get(1).getId());
    // the boundary: one skipped meeting is fine
    CommunityOfPractice oneSkipped =
        meetingsOn(
            COMPLETE, LAUNCH, LAUNCH.plusWeeks(4), LAUNCH.plusWeeks(12), LAUNCH.plusWeeks(16));
    assertThat(findings(VALIDATOR, oneSkipped)).isEmpty();
    // the policy allows more
    CopValidator lenient =
        VALIDATOR.withPolicy(ValidationPolicy.builder().maxSkippedPeriods(2).build());
    assertThat(findings(lenient, twoSkipped)).isEmpty();
    // before launch it is an open question
    assertThat(VALIDATOR.validate(twoSkipped, Stage.DRAFT).findings(RULE))
        .extracting(Finding::getSeverity)
        .containsExactly(Severity.INFO);
  }

  @Test
  void aSeriesTooShortToBeSustainedIsOneFindingWhenThePolicyAsksForIt() {
    // four meetings from 15 September to 8 December span two whole months
    assertThat(findings(VALIDATOR, COMPLETE)).isEmpty();
    CopValidator sustained =
        VALIDATOR.withPolicy(
            ValidationPolicy.builder().sustainedSeriesMeetings(4).sustainedSeriesMonths(3).build());
    List<Finding> found = findings(sustained, COMPLETE);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).getMessageKey()).isEqualTo(RULE + ".short");
    assertThat(found.get(0).getPath()).isEqualTo("/practice/meetings");
    assertThat(found.get(0).getArguments())
        .containsEntry("meetings", "4")
        .containsEntry("months", "2")
        .containsEntry("minMeetings", "4")
        .containsEntry("minMonths", "3");
    // the boundary: 4 meetings over exactly 3 months
    CommunityOfPractice threeMonths =
        meetingsOn(
            COMPLETE, LAUNCH, LAUNCH.plusWeeks(4), LAUNCH.plusWeeks(8), LAUNCH.plusWeeks(16));
    assertThat(findings(sustained, threeMonths)).isEmpty();
    // too few meetings, however long
    CopValidator sixMeetings =
        VALIDATOR.withPolicy(ValidationPolicy.builder().sustainedSeriesMeetings(5).build());
    assertThat(findings(sixMeetings, threeMonths))
        .extracting(Finding::getMessageKey)
        .containsExactly(RULE + ".short");
  }

  @Test
  void theCohortPresetAsksForASustainedSeries() {
    ValidationPolicy cohort = ValidationPolicy.preset("21csla-cohort");
    assertThat(cohort.getSustainedSeriesMeetings()).isEqualTo(4);
    assertThat(cohort.getSustainedSeriesMonths()).isEqualTo(3);
    assertThat(findings(VALIDATOR.withPolicy(cohort), COMPLETE))
        .extracting(Finding::getMessageKey)
        .containsExactly(RULE + ".short");
  }

  @Test
  void aRescheduledMeetingIsMeasuredFromItsSlot() {
    // the third meeting (10 November) moved a week later, off a closure
    CommunityOfPractice moved =
        meetingsOn(
            COMPLETE, LAUNCH, LAUNCH.plusWeeks(4), LAUNCH.plusWeeks(9), LAUNCH.plusWeeks(12));
    assertThat(findings(VALIDATOR, moved))
        .extracting(Finding::getPath)
        .contains("/practice/meetings/2/start");
    CommunityOfPractice marked = meeting(moved, 2, m -> m.withRescheduledFrom(LAUNCH.plusWeeks(8)));
    assertThat(findings(VALIDATOR, marked)).isEmpty();
    // the marker does not excuse a slot that is off the cadence itself
    CommunityOfPractice wrongSlot =
        meeting(moved, 2, m -> m.withRescheduledFrom(LAUNCH.plusWeeks(8).plusDays(10)));
    assertThat(findings(VALIDATOR, wrongSlot))
        .extracting(Finding::getPath)
        .contains("/practice/meetings/2/start");
  }

  @Test
  void theNewSettingsAreRangeChecked() {
    assertThatThrownBy(() -> ValidationPolicy.builder().maxSkippedPeriods(-1).build())
        .isInstanceOf(ValidationInputException.class)
        .hasMessageContaining("maxSkippedPeriods")
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> ValidationPolicy.builder().sustainedSeriesMeetings(101).build())
        .isInstanceOf(ValidationInputException.class)
        .hasMessageContaining("sustainedSeriesMeetings");
    assertThatThrownBy(() -> ValidationPolicy.builder().sustainedSeriesMonths(37).build())
        .isInstanceOf(ValidationInputException.class)
        .hasMessageContaining("sustainedSeriesMonths");
  }
}
