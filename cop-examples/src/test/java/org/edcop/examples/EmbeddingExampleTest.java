package org.edcop.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.edcop.json.CopJson;
import org.edcop.validation.Finding;
import org.edcop.validation.jakarta.CopViolations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {

  static ValidatorFactory factory;
  static EmbeddingExample.Outcome outcome;
  static String printed;

  @BeforeAll
  static void runTheExample() throws Exception {
    factory = Validation.buildDefaultValidatorFactory();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      outcome =
          EmbeddingExample.integrate(
              new ObjectMapper().findAndRegisterModules(), factory.getValidator(), out);
    }
    printed = bytes.toString(StandardCharsets.UTF_8);
  }

  @AfterAll
  static void close() {
    factory.close();
  }

  @Test
  void theUsersOwnMapperWritesOurFormatAndReadsItBack() {
    assertThat(outcome.readBack()).isEqualTo(outcome.plan());
    assertThat(outcome.json()).isEqualTo(CopJson.defaults().writePlan(outcome.plan()));
  }

  @Test
  void theUsersOwnValidatorReportsTheSameFindings() {
    Set<String> ours =
        outcome.report().getFindings().stream()
            .map(f -> f.getRuleId() + " " + f.getPath() + " " + f.getSeverity())
            .collect(Collectors.toSet());
    Set<String> theirs =
        outcome.violations().stream()
            .map(
                v ->
                    CopViolations.ruleId(v)
                        + " "
                        + CopViolations.pointer(v)
                        + " "
                        + CopViolations.severity(v))
            .collect(Collectors.toSet());
    assertThat(theirs).isNotEmpty().isEqualTo(ours);
  }

  @Test
  void theHalfFinishedPlanIsNotReadyAndSaysWhyInFrench() {
    assertThat(outcome.report().isAcceptable()).isFalse();
    assertThat(printed).startsWith("Not ready to launch yet:");
    List<Finding> findings = outcome.report().getFindings();
    assertThat(findings)
        .extracting(Finding::getRuleId)
        .contains("leadership.duty-uncovered", "norms.norm-missing");
    // the French rendering of the first finding is what the example printed
    assertThat(printed)
        .contains(
            org.edcop.validation.CopMessages.message(findings.get(0), java.util.Locale.FRENCH))
        .doesNotContain(findings.get(0).getMessage());
  }

  @Test
  void theReadmeCodeSampleIsThisExample() throws IOException {
    Path source = Path.of("src/main/java/org/edcop/examples/EmbeddingExample.java");
    List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
    int start = lines.indexOf("    // tag::sample[]");
    int end = lines.indexOf("    // end::sample[]");
    assertThat(start).isPositive();
    assertThat(end).isGreaterThan(start);
    String sample =
        lines.subList(start + 1, end).stream()
            .map(line -> line.length() >= 4 ? line.substring(4) : line.strip())
            .collect(Collectors.joining("\n"));
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    assertThat(readme)
        .as("README.md must show EmbeddingExample's sample verbatim between ```java fences")
        .contains("```java\n" + sample + "\n```");
  }
}
