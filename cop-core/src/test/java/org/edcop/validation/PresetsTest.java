package org.edcop.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.edcop.model.CommunityOfPractice;
import org.junit.jupiter.api.Test;

/** The policy presets shipped as data. */
class PresetsTest {

  @Test
  void everyPresetLoadsAndIsDocumented() throws IOException {
    String rules = Files.readString(Path.of("..", "docs", "rules.md"), StandardCharsets.UTF_8);
    assertThat(ValidationPolicy.presetNames())
        .containsExactly("21csla-cohort", "cass-system-leaders");
    for (String name : ValidationPolicy.presetNames()) {
      ValidationPolicy preset = ValidationPolicy.preset(name);
      assertThat(preset).isNotEqualTo(ValidationPolicy.defaults());
      // a validator accepts it: every rule id it names exists
      assertThat(CopValidator.defaults().withPolicy(preset).getPolicy()).isEqualTo(preset);
      assertThat(rules).contains("`" + name + "`");
    }
  }

  @Test
  void the21cslaPresetIsSmallAndRequiresTheEquityFocus() {
    ValidationPolicy cohort = ValidationPolicy.preset("21csla-cohort");
    assertThat(cohort.getIdealSizeCeiling()).isEqualTo(15);
    CommunityOfPractice noProblem = Plans.domain(Plans.complete(), d -> d.withProblemsOfPractice());
    assertThat(
            CopValidator.defaults()
                .withPolicy(cohort)
                .validate(noProblem, Stage.LAUNCH)
                .findings("purpose.problem-of-practice-missing"))
        .extracting(Finding::getSeverity)
        .containsExactly(Severity.ERROR);
    assertThat(
            CopValidator.defaults()
                .validate(noProblem, Stage.LAUNCH)
                .findings("purpose.problem-of-practice-missing"))
        .extracting(Finding::getSeverity)
        .containsExactly(Severity.WARNING);
  }

  @Test
  void anUnknownPresetIsATypedErrorNamingIt() {
    assertThatThrownBy(() -> ValidationPolicy.preset("cass"))
        .isInstanceOfSatisfying(
            ValidationInputException.class,
            e -> {
              assertThat(e.getInput()).isEqualTo("preset");
              assertThat(e.getValue()).isEqualTo("'cass'");
              assertThat(e.getMessage()).contains("cass-system-leaders", "21csla-cohort");
            });
  }
}
