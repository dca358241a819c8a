package org.edcop.validation.jakarta;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.groups.Default;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.constraints.CopStages;
import org.edcop.testing.Mistake;
import org.edcop.testing.RandomPlans;
import org.edcop.testing.SamplePlan;
import org.edcop.testing.SamplePlans;
import org.edcop.validation.CopValidator;
import org.edcop.validation.Finding;
import org.edcop.validation.Stage;
import org.edcop.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same findings (rule id, path, severity) through cop's API and through the user's own Jakarta
 * {@code Validator}, for every sample plan and for seeded random plans with planted mistakes, at
 * every stage, with and without expression language. Runs once per provider generation (see the
 * module's POM).
 */
class SameFindingsTest {

  static Stream<Arguments> samplesAtEveryStage() {
    List<Arguments> cases = new ArrayList<>();
    for (SamplePlan sample : SamplePlans.all()) {
      for (Stage stage : Stage.values()) {
        cases.add(Arguments.of(sample.getName(), stage));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("samplesAtEveryStage")
  void sampleFindingsAreTheSameThroughTheUsersValidator(String name, Stage stage) {
    CommunityOfPractice plan = SamplePlans.named(name).getPlan();
    for (ValidatorFactory factory : List.of(Providers.PLAIN, Providers.WITH_EL)) {
      assertSameFindings(plan, stage, factory.getValidator());
    }
  }

  static Stream<Arguments> seeds() {
    return RandomPlans.seeds(12).boxed().map(Arguments::of);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void randomPlansWithMistakesGiveTheSameFindings(long seed) {
    Random random = new Random(seed);
    Set<Mistake> mistakes = EnumSet.noneOf(Mistake.class);
    for (Mistake mistake : Mistake.values()) {
      if (random.nextInt(3) == 0) {
        mistakes.add(mistake);
      }
    }
    CommunityOfPractice plan = RandomPlans.generate(seed, mistakes);
    Stage stage = Stage.values()[random.nextInt(Stage.values().length)];
    assertSameFindings(plan, stage, Providers.WITH_EL.getValidator());
  }

  @Test
  void theSamplesProduceFindingsSoTheComparisonMeansSomething() {
    int withFindings = 0;
    for (SamplePlan sample : SamplePlans.all()) {
      if (!CopValidator.defaults()
          .validate(sample.getPlan(), Stage.CLOSE)
          .getFindings()
          .isEmpty()) {
        withFindings++;
      }
    }
    assertThat(withFindings).isGreaterThanOrEqualTo(3);
    CommunityOfPractice broken =
        RandomPlans.generate(
            7L, EnumSet.of(Mistake.DUPLICATE_MEMBER_ID, Mistake.MEETING_ENDS_BEFORE_START));
    Set<ConstraintViolation<CommunityOfPractice>> violations =
        Providers.PLAIN.getValidator().validate(broken);
    assertThat(violations)
        .extracting(CopViolations::ruleId)
        .contains("integrity.member-id-duplicate", "integrity.meeting-ends-before-start");
    assertThat(violations)
        .filteredOn(v -> CopViolations.ruleId(v).equals("integrity.member-id-duplicate"))
        .allSatisfy(
            v ->
                assertThat(v.getPropertyPath().toString())
                    .matches("community\\.membership\\.members\\[\\d+]\\.id"));
  }

  @Test
  void severalStageGroupsEachReportTheirOwnStage() {
    CommunityOfPractice plan = SamplePlans.draftLeadershipGaps().getPlan();
    Set<ConstraintViolation<CommunityOfPractice>> both =
        Providers.PLAIN.getValidator().validate(plan, Default.class, CopStages.Launch.class);
    List<String> expected = new ArrayList<>();
    List<String> actual = new ArrayList<>();
    for (Stage stage : List.of(Stage.DRAFT, Stage.LAUNCH)) {
      for (Finding f : CopValidator.defaults().validate(plan, stage).getFindings()) {
        expected.add(stage + " " + f.getRuleId() + " " + f.getPath() + " " + f.getSeverity());
      }
    }
    for (ConstraintViolation<CommunityOfPractice> v : both) {
      actual.add(
          CopViolations.stage(v)
              + " "
              + CopViolations.ruleId(v)
              + " "
              + CopViolations.pointer(v)
              + " "
              + CopViolations.severity(v));
    }
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void stagesAndGroupsMapBothWays() {
    for (Stage stage : Stage.values()) {
      assertThat(StageGroups.stage(StageGroups.group(stage))).isEqualTo(stage);
    }
    assertThat(StageGroups.group(Stage.DRAFT)).isEqualTo(Default.class);
    assertThat(StageGroups.stage()).isEqualTo(Stage.DRAFT);
    assertThat(StageGroups.stage(CopStages.Close.class, Default.class, CopStages.Launch.class))
        .isEqualTo(Stage.CLOSE);
  }

  static void assertSameFindings(CommunityOfPractice plan, Stage stage, Validator validator) {
    ValidationReport report = CopValidator.defaults().validate(plan, stage);
    Set<ConstraintViolation<CommunityOfPractice>> violations =
        validator.validate(plan, StageGroups.group(stage));
    assertThat(violations).allSatisfy(v -> assertThat(CopViolations.isCop(v)).isTrue());
    assertThat(Providers.keysOfViolations(violations))
        .as("findings at %s", stage)
        .isEqualTo(Providers.keysOfFindings(report.getFindings()));
    for (ConstraintViolation<CommunityOfPractice> v : violations) {
      Finding finding = CopViolations.finding(v).orElseThrow();
      assertThat(report.getFindings()).contains(finding);
      assertThat(v.getMessage()).isEqualTo(finding.getMessage());
      assertThat(v.getPropertyPath().toString())
          .isEqualTo(Providers.expectedPath(finding.getPath()));
      assertThat(CopViolations.stage(v)).isEqualTo(stage);
      assertThat(v.getRootBean()).isSameAs(plan);
    }
  }
}
