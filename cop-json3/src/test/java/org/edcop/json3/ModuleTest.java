package org.edcop.json3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.annotation.JsonInclude;
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
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link CopJson3Module} on a user's own Jackson 3 mapper: found by {@code findAndAddModules()},
 * writes exactly the facade's bytes even on a mapper configured in ways that would otherwise change
 * names, order or inclusion, and reads what the facade writes.
 */
class ModuleTest {

  private static final CopJson3 JSON = CopJson3.defaults();

  /** The mapper a Spring Boot 4 application gets: Jackson 3's defaults plus found modules. */
  private static final JsonMapper FOUND = JsonMapper.builder().findAndAddModules().build();

  /** A mapper set up the way some applications set theirs: none of it may change the format. */
  private static final JsonMapper UNUSUAL =
      JsonMapper.builder()
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .changeDefaultPropertyInclusion(
              inclusion ->
                  JsonInclude.Value.construct(
                      JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS))
          .addModule(new CopJson3Module())
          .build();

  static Stream<SamplePlan> samples() {
    return SamplePlans.all().stream();
  }

  static LongStream seeds() {
    return RandomPlans.seeds(100);
  }

  @Test
  void moduleIsFoundThroughServiceLoader() {
    assertThat(FOUND.registeredModules())
        .anySatisfy(module -> assertThat(module).isInstanceOf(CopJson3Module.class));
  }

  @Test
  void lenientAndStrictModulesAreDifferentRegistrations() {
    assertThat(new CopJson3Module().getRegistrationId())
        .isEqualTo(new CopJson3Module().getRegistrationId())
        .isNotEqualTo(CopJson3Module.strict().getRegistrationId());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void ownMapperReadsAndWritesTheSampleDocuments(SamplePlan sample) {
    String golden = SampleDocuments.json(sample.getName());
    for (JsonMapper mapper : new JsonMapper[] {FOUND, UNUSUAL}) {
      assertThat(mapper.readValue(golden, CommunityOfPractice.class)).isEqualTo(sample.getPlan());
      assertThat(mapper.readValue(golden, ImmutableCommunityOfPractice.class))
          .isEqualTo(sample.getPlan());
      assertThat(mapper.writeValueAsString(sample.getPlan()))
          .isEqualTo(JSON.writePlan(sample.getPlan()));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void ownMapperWritesTheFacadesBytesForRandomPlans(long seed) {
    CommunityOfPractice plan = RandomPlans.generate(seed);
    String expected = JSON.writePlan(plan);
    assertThat(UNUSUAL.writeValueAsString(plan)).isEqualTo(expected);
    assertThat(UNUSUAL.readValue(expected, CommunityOfPractice.class)).isEqualTo(plan);
    assertThat(FOUND.writeValueAsString(plan)).isEqualTo(expected);
  }

  /** A user's own document with a plan inside. */
  record Envelope(String requestId, CommunityOfPractice plan) {}

  @Test
  void planNestedInTheUsersOwnDocument() {
    CommunityOfPractice plan = SamplePlans.systemLeaders().getPlan();
    String text = FOUND.writeValueAsString(new Envelope("r-1", plan));
    // whatever order the mapper gives the envelope (Jackson 3 sorts alphabetically by default),
    // the plan inside keeps the format's order
    assertThat(text).contains("\"plan\":{\"schemaVersion\":1,").contains("\"requestId\":\"r-1\"");
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
    assertThat(error.getPathReference()).contains("plan");
  }

  @Test
  void strictModuleRejectsUnknownProperties() {
    JsonMapper strict = JsonMapper.builder().addModule(CopJson3Module.strict()).build();
    String extended = SampleDocuments.json("draft-bare").replace("{", "{\"x-lms\":1,");
    DatabindException error =
        catchThrowableOfType(
            DatabindException.class, () -> strict.readValue(extended, CommunityOfPractice.class));
    assertThat(((CopJsonException) error.getCause()).getKind()).isEqualTo(Kind.UNKNOWN_PROPERTY);
    // the lenient module on Jackson 3's defaults (FAIL_ON_UNKNOWN_PROPERTIES off) keeps them
    assertThat(FOUND.readValue(extended, CommunityOfPractice.class).getUnknownProperties())
        .containsEntry("x-lms", "1");
  }

  @Test
  void reportsAndPoliciesToo() {
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
