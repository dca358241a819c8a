package org.edcop.json3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.edcop.json.CopJson;
import org.edcop.json.CopJsonModule;
import org.edcop.json.format.CopJsonException;
import org.edcop.json.format.CopJsonException.Kind;
import org.edcop.json.format.CopJsonLimits;
import org.edcop.json.tck.BadDocumentsSuite;
import org.edcop.json.tck.Fixtures;
import org.edcop.json.tck.FullPlan;
import org.edcop.model.CommunityOfPractice;
import org.edcop.testing.RandomPlans;
import org.edcop.testing.SampleDocuments;
import org.edcop.testing.SamplePlan;
import org.edcop.testing.SamplePlans;
import org.edcop.testing.Thoroughness;
import org.edcop.validation.ValidationPolicy;
import org.edcop.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jackson 2 and Jackson 3 side by side (cop-json is a test-only dependency of this module): a
 * document written by either facade reads under the other and is re-written byte for byte, and a
 * bad document fails in both with the same typed error, even where the two generations' defaults
 * differ.
 */
class CrossVersionTest {

  private static final CopJson JACKSON2 = CopJson.defaults();
  private static final CopJson3 JACKSON3 = CopJson3.defaults();

  static Stream<SamplePlan> samples() {
    return SamplePlans.all().stream();
  }

  static LongStream seeds() {
    return RandomPlans.seeds(Thoroughness.count(60, 200));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void samplePlansCrossBothWays(SamplePlan sample) {
    crossBothWays(sample.getPlan());
    // the golden file is also what each facade makes of the other's reading
    String golden = SampleDocuments.json(sample.getName());
    assertThat(JACKSON3.writePlanPretty(JACKSON2.readPlan(golden))).isEqualTo(golden);
    assertThat(JACKSON2.writePlanPretty(JACKSON3.readPlan(golden))).isEqualTo(golden);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void randomPlansCrossBothWays(long seed) {
    crossBothWays(RandomPlans.generate(seed));
  }

  @Test
  void fullPlanReportsAndPoliciesCrossBothWays() {
    crossBothWays(FullPlan.plan());

    ValidationReport report = Fixtures.report();
    String fromTwo = JACKSON2.writeReportPretty(report);
    String fromThree = JACKSON3.writeReportPretty(report);
    assertThat(fromThree).isEqualTo(fromTwo);
    assertThat(JACKSON3.writeReportPretty(JACKSON3.readReport(fromTwo))).isEqualTo(fromTwo);
    assertThat(JACKSON2.writeReportPretty(JACKSON2.readReport(fromThree))).isEqualTo(fromThree);

    ValidationPolicy policy = Fixtures.documentedPolicy();
    String policyFromTwo = JACKSON2.writePolicy(policy);
    assertThat(JACKSON3.writePolicy(policy)).isEqualTo(policyFromTwo);
    assertThat(JACKSON3.writePolicy(JACKSON3.readPolicy(policyFromTwo))).isEqualTo(policyFromTwo);
    assertThat(JACKSON2.writePolicy(JACKSON2.readPolicy(JACKSON3.writePolicy(policy))))
        .isEqualTo(policyFromTwo);
  }

  @Test
  void usersOwnMappersOfBothGenerationsWriteTheSameBytes() throws Exception {
    CommunityOfPractice plan = FullPlan.plan();
    String two =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .registerModule(new CopJsonModule())
            .writeValueAsString(plan);
    String three =
        JsonMapper.builder().addModule(new CopJson3Module()).build().writeValueAsString(plan);
    assertThat(three).isEqualTo(two).isEqualTo(JACKSON3.writePlan(plan));
  }

  /** Written by one generation, read by the other, written again: the same bytes. */
  private static void crossBothWays(CommunityOfPractice plan) {
    String fromTwo = JACKSON2.writePlan(plan);
    String fromThree = JACKSON3.writePlan(plan);
    assertThat(fromThree).isEqualTo(fromTwo);

    CommunityOfPractice readByThree = JACKSON3.readPlan(fromTwo);
    assertThat(readByThree).isEqualTo(plan);
    assertThat(JACKSON3.writePlan(readByThree)).isEqualTo(fromTwo);

    CommunityOfPractice readByTwo = JACKSON2.readPlan(fromThree);
    assertThat(readByTwo).isEqualTo(plan);
    assertThat(JACKSON2.writePlan(readByTwo)).isEqualTo(fromThree);

    String prettyFromTwo = JACKSON2.writePlanPretty(plan);
    assertThat(JACKSON3.writePlanPretty(JACKSON3.readPlan(prettyFromTwo))).isEqualTo(prettyFromTwo);
  }

  // ---- the same errors -----------------------------------------------------------------------

  static Stream<Arguments> badDocuments() {
    return BadDocumentsSuite.badDocuments();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badDocuments")
  void badDocumentsFailAlikeUnderBothGenerations(
      String name,
      BadDocumentsSuite.Reader configuration,
      byte[] document,
      Kind kind,
      String pointer,
      boolean schema) {
    CopJsonLimits limits =
        configuration == BadDocumentsSuite.Reader.BIG_DOCUMENTS
            ? new CopJsonLimits(64L * 1024 * 1024, 64, 1_000_000)
            : CopJsonLimits.DEFAULTS;
    boolean strict = configuration == BadDocumentsSuite.Reader.STRICT;
    assertSameError(
        document,
        CopJson.builder().strict(strict).limits(limits).build()::readPlan,
        CopJson3.builder().strict(strict).limits(limits).build()::readPlan);
  }

  /**
   * Documents where Jackson 2's and Jackson 3's defaults differ (trailing tokens, nesting depth,
   * string length, unknown properties, null for a primitive, numbers for codes): both facades give
   * the same answer.
   */
  static Stream<Arguments> differingDefaults() {
    String plan = SampleDocuments.json("draft-bare");
    String open = plan.substring(0, plan.lastIndexOf('}'));
    return Stream.of(
        Arguments.of("trailing tokens (Jackson 3 checks them by default)", plan + "[]"),
        Arguments.of("trailing whitespace only", plan + " \n\t "),
        Arguments.of(
            "an unknown property (Jackson 3 ignores them by default)",
            open + ",\"xUnknown\":{\"n\":2.50}}"),
        Arguments.of(
            "64 levels of nesting (the limit)",
            open + ",\"x\":" + "[".repeat(63) + "]".repeat(63) + "}"),
        Arguments.of(
            "65 levels of nesting", open + ",\"x\":" + "[".repeat(64) + "]".repeat(64) + "}"),
        Arguments.of(
            "600 levels of nesting (over Jackson 3's default of 500)",
            open + ",\"x\":" + "[".repeat(600) + "]".repeat(600) + "}"),
        Arguments.of(
            "a text of 1,000,000 characters (the limit)",
            open + ",\"x\":\"" + "a".repeat(1_000_000) + "\"}"),
        Arguments.of(
            "a text of 1,000,001 characters", open + ",\"x\":\"" + "a".repeat(1_000_001) + "\"}"),
        Arguments.of("a name of 1,001 characters", open + ",\"" + "n".repeat(1001) + "\":1}"),
        Arguments.of(
            "null for the whole-number schemaVersion",
            plan.replace("\"schemaVersion\": 1", "\"schemaVersion\": null")),
        Arguments.of(
            "a number for a code", plan.replace("\"timeZone\"", "\"status\": 0, \"timeZone\"")),
        Arguments.of(
            "text for a whole number",
            plan.replace("\"schemaVersion\": 1", "\"schemaVersion\": \"1\"")),
        Arguments.of(
            "a fraction for a whole number",
            plan.replace("\"schemaVersion\": 1", "\"schemaVersion\": 1.0")),
        Arguments.of(
            "a single value for an array",
            open
                + ",\"community\":{\"membership\":"
                + "{\"members\":{\"id\":\"m-1\",\"person\":{\"name\":\"A\"},\"tier\":\"core\"}}}}"),
        Arguments.of("NaN", plan.replace("\"schemaVersion\": 1", "\"schemaVersion\": NaN")),
        Arguments.of("a comment", plan.replace("{", "{ /* note */")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("differingDefaults")
  void whereTheDefaultsDifferBothFacadesAgree(String name, String document) {
    assertThat(document)
        .as("the row changes the sample")
        .isNotEqualTo(SampleDocuments.json("draft-bare"));
    byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
    Object two = outcome(JACKSON2::readPlan, bytes);
    Object three = outcome(JACKSON3::readPlan, bytes);
    if (two instanceof CommunityOfPractice plan) {
      assertThat(three).isEqualTo(plan);
      assertThat(JACKSON3.writePlan((CommunityOfPractice) three))
          .isEqualTo(JACKSON2.writePlan(plan));
    } else {
      assertSameError(bytes, JACKSON2::readPlan, JACKSON3::readPlan);
    }
  }

  /** The plan read, or the typed error; anything else escapes and fails the test. */
  private static Object outcome(Function<byte[], Object> read, byte[] document) {
    try {
      return read.apply(document);
    } catch (CopJsonException e) {
      return e;
    }
  }

  private static void assertSameError(
      byte[] document, Function<byte[], Object> two, Function<byte[], Object> three) {
    Throwable fromTwo = catchThrowable(() -> two.apply(document));
    Throwable fromThree = catchThrowable(() -> three.apply(document));
    assertThat(fromTwo).isExactlyInstanceOf(CopJsonException.class);
    assertThat(fromThree).isExactlyInstanceOf(CopJsonException.class);
    CopJsonException a = (CopJsonException) fromTwo;
    CopJsonException b = (CopJsonException) fromThree;
    assertThat(b.getKind()).as(b.getMessage()).isEqualTo(a.getKind());
    assertThat(b.getPointer()).as(b.getMessage()).isEqualTo(a.getPointer());
    assertThat(b.getLine()).as(b.getMessage()).isEqualTo(a.getLine());
    assertThat(b.getColumn()).as(b.getMessage()).isEqualTo(a.getColumn());
    if (a.getKind() != Kind.MALFORMED) {
      // syntax errors keep each Jackson generation's own description after the first words
      assertThat(b.getDetail()).isEqualTo(a.getDetail());
    } else {
      assertThat(b.getDetail()).startsWith("the document is not well-formed JSON: ");
    }
  }
}
