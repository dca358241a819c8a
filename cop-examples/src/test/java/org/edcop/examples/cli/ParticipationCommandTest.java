package org.edcop.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.edcop.examples.cli.CopCliTest.cop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.edcop.examples.cli.CopCliTest.Run;
import org.junit.jupiter.api.Test;

/** {@code cop participation} on the sample with a year of records (samples/running-year.json). */
class ParticipationCommandTest {

  private static final String SAMPLE = Path.of("..", "samples", "running-year.json").toString();

  @Test
  void textShowsMembersTiersHealthAndSuggestions() {
    Run run = cop("participation", SAMPLE, "--as-of", "2027-05-31");
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("as of May 31, 2027 (9 meetings held, 9 with attendance")
        .containsPattern("sl-03 +Core +6/9 +67% +1/4 +3 February 9, 2027")
        .contains("members proper active: 11 of 13")
        .contains("never attended: sl-13")
        .contains("sl-03: Core \u2192 Active (missed 3 of the last 4 meetings)")
        .contains("sl-10: Occasional \u2192 Active (attended 4 of the last 4 meetings)");
  }

  @Test
  void jsonCarriesTheSameFigures() throws Exception {
    Run run = cop("participation", SAMPLE, "--as-of", "2026-12-31", "--format", "json");
    assertThat(run.code()).isZero();
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(root.get("asOf").asText()).isEqualTo("2026-12-31");
    assertThat(root.get("meetings")).hasSize(4);
    JsonNode first = root.get("members").get(0);
    assertThat(first.get("member").asText()).isEqualTo("sl-01");
    assertThat(first.get("attended").asInt()).isEqualTo(4);
    assertThat(first.get("rate").asDouble()).isEqualTo(1.0);
    assertThat(root.get("health").get("neverAttended").toString()).contains("sl-13");
  }

  @Test
  void aMissingFileIsOneLineAndExitTwo() {
    Run run = cop("participation", "no-such-plan.json");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err().strip()).isEqualTo("cop: no-such-plan.json: no such file");
  }

  @Test
  void theSampleIsAcceptableWhileRunningWithTheOverdueItemAsAWarning() {
    Run run = cop("validate", "--stage", "running", "--as-of", "2027-05-31", SAMPLE);
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains(
            "  WARNING  collaborative-plan.action-overdue  /practice/meetings/7/actionItems/0")
        .contains("  OPEN QUESTION  membership.tier-drift  ");
  }
}
