package org.edcop.json.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.edcop.json.format.CopJsonCodec;
import org.edcop.json.format.CopSchemas;
import org.edcop.testing.SampleDocuments;
import org.edcop.testing.SamplePlan;
import org.edcop.testing.SamplePlans;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample plan's JSON is checked in (cop-testing, {@link SampleDocuments}); each module's
 * writer must reproduce it byte for byte, its reader must give back the sample, and the document
 * must pass both plan schemas.
 */
public abstract class GoldenFilesSuite {

  private final Codecs codecs;
  private final CopJsonCodec json;

  /**
   * Runs the suite against one module.
   *
   * @param codecs the module's facades
   */
  protected GoldenFilesSuite(Codecs codecs) {
    this.codecs = codecs;
    this.json = codecs.defaults();
  }

  /**
   * The sample plans.
   *
   * @return every sample
   */
  public static Stream<SamplePlan> samples() {
    return SamplePlans.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  public void writerReproducesTheCheckedInDocument(SamplePlan sample) {
    String expected = SampleDocuments.json(sample.getName());
    assertThat(json.writePlanPretty(sample.getPlan()))
        .as(
            "%s differs from its checked-in document; %s",
            sample.getName(), Fixtures.HOW_TO_REGENERATE)
        .isEqualTo(expected);
    assertThat(expected).endsWith("}\n").doesNotContain("\r");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  public void readerGivesBackTheSample(SamplePlan sample) {
    assertThat(json.readPlan(SampleDocuments.bytes(sample.getName()))).isEqualTo(sample.getPlan());
    assertThat(json.readPlan(SampleDocuments.json(sample.getName()))).isEqualTo(sample.getPlan());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  public void compactAndPrettyFormsCarryTheSamePlan(SamplePlan sample) {
    String compact = json.writePlan(sample.getPlan());
    assertThat(compact).doesNotContain("\n");
    assertThat(json.readPlan(compact)).isEqualTo(sample.getPlan());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.writePlan(sample.getPlan(), out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(compact);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  public void documentValidatesAgainstBothPlanSchemas(SamplePlan sample) {
    String document = SampleDocuments.json(sample.getName());
    assertThat(codecs.schemaErrors(CopSchemas.plan(), document)).isEmpty();
    assertThat(codecs.schemaErrors(CopSchemas.planStrict(), document)).isEmpty();
  }
}
