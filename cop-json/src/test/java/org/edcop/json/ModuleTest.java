package org.edcop.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.edcop.json.format.CopJsonException;
import org.edcop.json.format.CopJsonException.Kind;
import org.edcop.json.tck.Fixtures;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.ImmutableCommunityOfPractice;
import org.edcop.testing.RandomPlans;
import org.edcop.testing.SampleDocuments;
import org.edcop.testing.SamplePlan;
import org.edcop.testing.SamplePlans;
import org.edcop.validation.ValidationPolicy;
import org.edcop.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link CopJsonModule} on a user's own mapper: found through {@code META-INF/services}, writes
 * exactly the facade's bytes even when the mapper is configured in ways that would otherwise change
 * names, order or inclusion, and reads what the facade writes.
 */
class ModuleTest {

  private static final CopJson JSON = CopJson.defaults();

  /** A mapper set up the way some applications set theirs: none of it may change the format. */
  private static final ObjectMapper UNUSUAL =
      JsonMapper.builder()
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .defaultPropertyInclusion(
              JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS))
          .addModule(new CopJsonModule())
          .build();

  /** A plain mapper that finds the module itself. */
  private static final ObjectMapper FOUND = new ObjectMapper().findAndRegisterModules();

  static Stream<SamplePlan> samples() {
    return SamplePlans.all().stream();
  }

  static LongStream seeds() {
    return RandomPlans.seeds(100);
  }

  @Test
  void moduleIsFoundThroughServiceLoader() {
    assertThat(FOUND.getRegisteredModuleIds()).contains(CopJsonModule.class.getName());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void ownMapperReadsAndWritesTheSampleDocuments(SamplePlan sample) throws Exception {
    String golden = SampleDocuments.json(sample.getName());
    for (ObjectMapper mapper : new ObjectMapper[] {FOUND, UNUSUAL}) {
      assertThat(mapper.readValue(golden, CommunityOfPractice.class)).isEqualTo(sample.getPlan());
      assertThat(mapper.readValue(golden, ImmutableCommunityOfPractice.class))
          .isEqualTo(sample.getPlan());
      assertThat(mapper.writeValueAsString(sample.getPlan()))
          .isEqualTo(JSON.writePlan(sample.getPlan()));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void ownMapperWritesTheFacadesBytesForRandomPlans(long seed) throws Exception {
    CommunityOfPractice plan = RandomPlans.generate(seed);
    String expected = JSON.writePlan(plan);
    assertThat(UNUSUAL.writeValueAsString(plan)).isEqualTo(expected);
    assertThat(UNUSUAL.readValue(expected, CommunityOfPractice.class)).isEqualTo(plan);
  }

  /** A user's own document with a plan inside. */
  record Envelope(String requestId, CommunityOfPractice plan) {}

  @Test
  void planNestedInTheUsersOwnDocument() throws Exception {
    CommunityOfPractice plan = SamplePlans.systemLeaders().getPlan();
    String text = FOUND.writeValueAsString(new Envelope("r-1", plan));
    assertThat(text).startsWith("{\"requestId\":\"r-1\",\"plan\":{\"schemaVersion\":1,");
    assertThat(FOUND.readValue(text, Envelope.class)).isEqualTo(new Envelope("r-1", plan));
  }

  @Test
  void formatErrorsArriveAsJacksonErrorsCarryingTheTypedError() {
    String bad = SampleDocuments.json("draft-bare").replace("America/Edmonton", "Atlantis/Capital");
    String wrapped = "{\"requestId\":\"r-1\",\"plan\":" + bad + "}";
    DatabindException error =
        catchThrowableOfType(
            DatabindException.class, () -> FOUND.readValue(wrapped, Envelope.class));
    assertThat(error.getCause()).isInstanceOf(CopJsonException.class);
    CopJsonException cause = (CopJsonException) error.getCause();
    assertThat(cause.getKind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(cause.getPointer()).isEqualTo("/timeZone");
    assertThat(error.getOriginalMessage()).contains("/timeZone within the plan");
    assertThat(((com.fasterxml.jackson.databind.JsonMappingException) error).getPathReference())
        .contains("plan");
  }

  @Test
  void strictModuleRejectsUnknownProperties() {
    ObjectMapper strict = new ObjectMapper().registerModule(CopJsonModule.strict());
    String extended = SampleDocuments.json("draft-bare").replace("{", "{\"x-lms\":1,");
    DatabindException error =
        catchThrowableOfType(
            DatabindException.class, () -> strict.readValue(extended, CommunityOfPractice.class));
    assertThat(((CopJsonException) error.getCause()).getKind()).isEqualTo(Kind.UNKNOWN_PROPERTY);
  }

  @Test
  void reportsAndPoliciesToo() throws Exception {
    ValidationReport report = Fixtures.report();
    assertThat(UNUSUAL.writeValueAsString(report)).isEqualTo(JSON.writeReport(report));
    assertThat(UNUSUAL.readValue(JSON.writeReport(report), ValidationReport.class))
        .isEqualTo(report);
    ValidationPolicy policy = ValidationPolicy.builder().maxCoreShare(0.2).build();
    assertThat(UNUSUAL.writeValueAsString(policy)).isEqualTo(JSON.writePolicy(policy));
    assertThat(UNUSUAL.readValue(JSON.writePolicy(policy), ValidationPolicy.class))
        .isEqualTo(policy);
  }
}
