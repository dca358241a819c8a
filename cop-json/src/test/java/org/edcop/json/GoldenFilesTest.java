package org.edcop.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.edcop.testing.SampleDocuments;
import org.edcop.testing.SamplePlan;
import org.edcop.testing.SamplePlans;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample plan's JSON is checked in (cop-testing, {@link SampleDocuments}); the writer must
 * reproduce it byte for byte, the reader must give back the sample, and the document must pass
 * both plan schemas.
 */
class GoldenFilesTest {

  private static final CopJson JSON = CopJson.defaults();

  static Stream<SamplePlan> samples() {
    return SamplePlans.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void writerReproducesTheCheckedInDocument(SamplePlan sample) {
    String expected = SampleDocuments.json(sample.getName());
    assertThat(JSON.writePlanPretty(sample.getPlan()))
        .as("%s differs from its checked-in document; %s",
            sample.getName(), GeneratedFiles.HOW_TO_REGENERATE)
        .isEqualTo(expected);
    assertThat(expected).endsWith("}\n").doesNotContain("\r");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void readerGivesBackTheSample(SamplePlan sample) {
    assertThat(JSON.readPlan(SampleDocuments.bytes(sample.getName())))
        .isEqualTo(sample.getPlan());
    assertThat(JSON.readPlan(SampleDocuments.json(sample.getName())))
        .isEqualTo(sample.getPlan());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void compactAndPrettyFormsCarryTheSamePlan(SamplePlan sample) {
    String compact = JSON.writePlan(sample.getPlan());
    assertThat(compact).doesNotContain("\n");
    assertThat(JSON.readPlan(compact)).isEqualTo(sample.getPlan());
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    JSON.writePlan(sample.getPlan(), out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(compact);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void documentValidatesAgainstBothPlanSchemas(SamplePlan sample) {
    String document = SampleDocuments.json(sample.getName());
    assertThat(Schemas.errors(Schemas.PLAN, document)).isEmpty();
    assertThat(Schemas.errors(Schemas.PLAN_STRICT, document)).isEmpty();
  }
}
