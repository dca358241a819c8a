package org.edcop.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.Meeting;
import org.junit.jupiter.api.Test;

/** A district's rule written with {@link Rule#builder} and {@link PlanPath} (#15). */
class RuleBuilderTest {

  /** Reports every meeting whose title contains "PD day", at the meeting's title. */
  private static final Rule PD_DAY =
      Rule.builder("district.meeting-on-pd-day")
          .section(Section.COLLABORATIVE_PLAN)
          .stage(Stage.LAUNCH)
          .severity(Severity.ERROR)
          .description("No meeting is planned on a professional-development day.")
          .check(
              (plan, context) -> {
                List<Meeting> meetings = plan.getPractice().getMeetings();
                for (int i = 0; i < meetings.size(); i++) {
                  Meeting m = meetings.get(i);
                  if (m.getTitle().orElse("").contains("PD day")) {
                    context.report(
                        PlanPath.of("practice", "meetings", i, "title").toString(),
                        "Meeting " + m.getId() + " falls on a PD day.",
                        Map.of("meeting", m.getId()));
                  }
                }
              })
          .build();

  private static final CommunityOfPractice ON_PD_DAY =
      Plans.meeting(Plans.complete(), 1, m -> m.withTitle("PD day / planning"));

  @Test
  void theRuleFiresAtItsStageAndSeverity() {
    CopValidator validator = CopValidator.builder().addRule(PD_DAY).build();
    List<Finding> atLaunch =
        validator.validate(ON_PD_DAY, Stage.LAUNCH).findings("district.meeting-on-pd-day");
    assertThat(atLaunch).hasSize(1);
    assertThat(atLaunch.get(0).getSeverity()).isEqualTo(Severity.ERROR);
    assertThat(atLaunch.get(0).getSection()).isEqualTo(Section.COLLABORATIVE_PLAN);
    assertThat(atLaunch.get(0).getPath()).isEqualTo("/practice/meetings/1/title");
    assertThat(atLaunch.get(0).getArguments()).containsEntry("meeting", "oct");
    assertThat(validator.validate(ON_PD_DAY, Stage.DRAFT).findings("district.meeting-on-pd-day"))
        .extracting(Finding::getSeverity)
        .containsExactly(Severity.INFO);
    assertThat(
            validator
                .validate(Plans.complete(), Stage.LAUNCH)
                .findings("district.meeting-on-pd-day"))
        .isEmpty();
  }

  @Test
  void thePolicyTunesItLikeABuiltInRule() {
    CopValidator off =
        CopValidator.builder()
            .addRule(PD_DAY)
            .policy(ValidationPolicy.builder().addDisabledRules(PD_DAY.getId()).build())
            .build();
    assertThat(off.validate(ON_PD_DAY, Stage.LAUNCH).findings(PD_DAY.getId())).isEmpty();
    CopValidator lowered =
        CopValidator.builder()
            .addRule(PD_DAY)
            .policy(
                ValidationPolicy.builder()
                    .putSeverityOverride(PD_DAY.getId(), Severity.WARNING)
                    .build())
            .build();
    assertThat(lowered.validate(ON_PD_DAY, Stage.LAUNCH).findings(PD_DAY.getId()))
        .extracting(Finding::getSeverity)
        .containsExactly(Severity.WARNING);
  }

  @Test
  void anIntegrityRuleReportsAtEveryStage() {
    Rule always =
        Rule.of(
            "district.always",
            Section.COMMUNITY,
            Stage.CLOSE,
            Severity.ERROR,
            "Reports the plan once.",
            (plan, context) -> context.report("", "Always."));
    assertThat(always.isIntegrity()).isFalse();
    Rule integrity =
        Rule.builder("district.integrity")
            .section(Section.COMMUNITY)
            .stage(Stage.DRAFT)
            .severity(Severity.ERROR)
            .integrity(true)
            .description("Reports the plan once.")
            .check((plan, context) -> context.report("", "Always."))
            .build();
    CopValidator validator = CopValidator.builder().addRule(always).addRule(integrity).build();
    ValidationReport draft = validator.validate(Plans.complete(), Stage.DRAFT);
    assertThat(draft.findings("district.always"))
        .extracting(Finding::getSeverity)
        .containsExactly(Severity.INFO);
    assertThat(draft.findings("district.integrity"))
        .extracting(Finding::getSeverity)
        .containsExactly(Severity.ERROR);
  }

  @Test
  void theBuilderRefusesAnIncompleteRule() {
    assertThatThrownBy(() -> Rule.builder("District Rule").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'District Rule'");
    assertThatThrownBy(() -> Rule.builder("district.rule").description("x").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("district.rule");
    assertThatThrownBy(
            () ->
                Rule.builder("district.rule")
                    .section(Section.NORMS)
                    .stage(Stage.LAUNCH)
                    .severity(Severity.INFO)
                    .description(" ")
                    .check((plan, context) -> {})
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("description");
  }

  @Test
  void pathsEscapeTokensAsRfc6901Asks() {
    assertThat(PlanPath.of("practice", "meetings", 3, "start"))
        .hasToString("/practice/meetings/3/start");
    assertThat(PlanPath.root()).hasToString("");
    assertThat(PlanPath.root().property("a/b").property("c~d").index(0))
        .hasToString("/a~1b/c~0d/0");
    assertThat(PlanPath.escape("~/")).isEqualTo("~0~1");
    assertThat(PlanPath.of("x", 1)).isEqualTo(PlanPath.root().property("x").index(1));
    assertThatThrownBy(() -> PlanPath.root().index(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> PlanPath.of(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1.5");
  }
}
