package org.edcop.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.edcop.validation.Plans.AS_OF;
import static org.edcop.validation.Plans.VALIDATOR;
import static org.edcop.validation.Plans.launchPlan;
import static org.edcop.validation.Plans.practice;
import static org.edcop.validation.Plans.results;

import java.util.List;
import java.util.Optional;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.Evidence;
import org.edcop.model.EvidenceKind;
import org.edcop.model.Legacy;
import org.edcop.model.ParticipationTier;
import org.edcop.model.PurposeType;
import org.edcop.model.Tool;
import org.edcop.model.ToolUse;
import org.junit.jupiter.api.Test;

/**
 * The #15 section 2 changes to closing and launch rules: a reflection per member, collected
 * evidence per purpose type, a tool for legacy items and the legacy described while planning.
 */
class ClosingRulesTest {

  private static final CommunityOfPractice COMPLETE = Plans.complete();

  private static List<Finding> atClose(
      CopValidator validator, CommunityOfPractice plan, String id) {
    return validator.validate(plan, Stage.CLOSE, AS_OF).findings(id);
  }

  private static CommunityOfPractice withoutReflectionOf(CommunityOfPractice plan, String member) {
    return practice(
        plan,
        x ->
            x.withReflections(
                x.getReflections().stream()
                    .filter(r -> !r.getMemberId().getValue().equals(member))
                    .toList()));
  }

  @Test
  void everyCoreAndActiveMemberReflectsByClose() {
    String rule = "professional-practice.reflection-missing";
    assertThat(atClose(VALIDATOR, COMPLETE, rule)).isEmpty();
    // before #15 one reflection anywhere satisfied the rule
    CommunityOfPractice oneMissing = withoutReflectionOf(COMPLETE, "m4");
    List<Finding> found = atClose(VALIDATOR, oneMissing, rule);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).getMessageKey()).isEqualTo(rule + ".member");
    assertThat(found.get(0).getPath()).isEqualTo("/practice/reflections");
    assertThat(found.get(0).getSeverity()).isEqualTo(Severity.ERROR);
    assertThat(found.get(0).getArguments())
        .containsEntry("member", "m4")
        .containsEntry("tier", "active");
    // at launch it is still an open question
    assertThat(VALIDATOR.validate(oneMissing, Stage.LAUNCH).findings(rule))
        .extracting(Finding::getSeverity)
        .containsOnly(Severity.INFO);
  }

  @Test
  void theReflectionTiersAreAPolicySetting() {
    String rule = "professional-practice.reflection-missing";
    CopValidator withOccasional =
        VALIDATOR.withPolicy(
            ValidationPolicy.builder()
                .reflectionTiers(
                    List.of(
                        ParticipationTier.CORE,
                        ParticipationTier.ACTIVE,
                        ParticipationTier.OCCASIONAL))
                .build());
    assertThat(atClose(withOccasional, COMPLETE, rule))
        .extracting(f -> f.getArguments().get("member"))
        .containsExactly("m6", "m7");
    CopValidator coreOnly =
        VALIDATOR.withPolicy(
            ValidationPolicy.builder().reflectionTiers(List.of(ParticipationTier.CORE)).build());
    assertThat(atClose(coreOnly, withoutReflectionOf(COMPLETE, "m4"), rule)).isEmpty();
    assertThatThrownBy(
            () ->
                ValidationPolicy.builder()
                    .reflectionTiers(List.of(ParticipationTier.TRANSACTIONAL))
                    .build())
        .isInstanceOf(ValidationInputException.class)
        .hasMessageContaining("reflectionTiers")
        .hasMessageContaining("transactional");
  }

  @Test
  void evidenceIsCollectedForEveryPurposeType() {
    String rule = "results.evidence-uncollected";
    assertThat(atClose(VALIDATOR, COMPLETE, rule)).isEmpty();
    // before #15 one collected item anywhere satisfied the rule
    CommunityOfPractice learningOnly =
        results(
            COMPLETE,
            r ->
                r.withCollectedEvidence(
                    r.getCollectedEvidence().stream()
                        .filter(e -> e.getId().filter("ev-decision"::equals).isEmpty())
                        .toList()));
    List<Finding> found = atClose(VALIDATOR, learningOnly, rule);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).getMessageKey()).isEqualTo(rule + ".purpose-type");
    assertThat(found.get(0).getPath()).isEqualTo("/practice/results/collectedEvidence");
    assertThat(found.get(0).getArguments()).containsEntry("purposeType", "gathering-feedback");
    // an item naming the purpose type satisfies it as well as one linked by id
    CommunityOfPractice named =
        results(
            learningOnly,
            r ->
                r.withCollectedEvidence(
                    Evidence.builder()
                        .kind(EvidenceKind.DECISION)
                        .purposeType(PurposeType.GATHERING_FEEDBACK)
                        .description("the board's decision")
                        .build()));
    assertThat(atClose(VALIDATOR, named, rule))
        .extracting(f -> f.getArguments().get("purposeType"))
        .containsExactly("shared-learning");
    // an id that names no planned item links to nothing
    CommunityOfPractice unlinked =
        results(
            learningOnly,
            r ->
                r.withCollectedEvidence(
                    Evidence.builder()
                        .kind(EvidenceKind.DECISION)
                        .id("ev-elsewhere")
                        .description("a decision")
                        .build()));
    assertThat(atClose(VALIDATOR, unlinked, rule)).hasSize(2);
  }

  @Test
  void aToolKeepsTheLegacyItems() {
    String rule = "launch.tool-missing";
    CommunityOfPractice noLegacyTool =
        launchPlan(
            COMPLETE,
            l ->
                l.withTools(
                    Tool.of("notes", ToolUse.GATHERING_KNOWLEDGE, ToolUse.SHARING_RESOURCES)));
    List<Finding> found = VALIDATOR.validate(noLegacyTool, Stage.LAUNCH).findings(rule);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).getArguments()).containsEntry("use", "keeping-legacy");
    assertThat(found.get(0).getPath()).isEqualTo("/practice/launchPlan/tools");
    assertThat(found.get(0).getSeverity()).isEqualTo(Severity.WARNING);
    assertThat(VALIDATOR.validate(COMPLETE, Stage.LAUNCH).findings(rule)).isEmpty();
  }

  @Test
  void theLegacyIsDescribedWhilePlanning() {
    String rule = "results.legacy-description-missing";
    CommunityOfPractice none = results(COMPLETE, r -> r.withLegacy(Optional.empty()));
    List<Finding> atLaunch = VALIDATOR.validate(none, Stage.LAUNCH).findings(rule);
    assertThat(atLaunch).extracting(Finding::getSeverity).containsExactly(Severity.WARNING);
    assertThat(atLaunch).extracting(Finding::getPath).containsExactly("/practice/results/legacy");
    CommunityOfPractice blank =
        results(
            COMPLETE,
            r -> r.withLegacy(Legacy.builder().description(" ").communication("board").build()));
    assertThat(VALIDATOR.validate(blank, Stage.LAUNCH).findings(rule))
        .extracting(Finding::getPath)
        .containsExactly("/practice/results/legacy/description");
    assertThat(VALIDATOR.validate(COMPLETE, Stage.LAUNCH).findings(rule)).isEmpty();
    // at close the communication is asked by results.legacy-missing, as before
    assertThat(atClose(VALIDATOR, none, "results.legacy-missing")).hasSize(1);
  }
}
