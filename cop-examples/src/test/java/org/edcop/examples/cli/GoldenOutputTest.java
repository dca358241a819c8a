package org.edcop.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.edcop.testing.SampleDocuments;
import org.edcop.testing.SamplePlan;
import org.edcop.testing.SamplePlans;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What {@code cop validate} prints for each sample plan, in text and JSON, in each language,
 * compared with the files under {@code src/test/resources/golden/}. After a deliberate change of
 * output or messages, regenerate them and review the diff:
 *
 * <pre>
 * mvn -B -o -pl cop-examples -am test -Dcop.regenerate=true -Dtest=GoldenOutputTest -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
class GoldenOutputTest {

  @TempDir static Path dir;

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (SamplePlan sample : SamplePlans.all()) {
      for (String language : CliTexts.LANGUAGES) {
        for (String format : List.of("text", "json")) {
          cases.add(Arguments.of(sample.getName(), language, format));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("cases")
  void outputMatchesItsGoldenFile(String sample, String language, String format)
      throws IOException {
    Path plan = dir.resolve(sample + ".json");
    Files.writeString(plan, SampleDocuments.json(sample), StandardCharsets.UTF_8);
    CopCliTest.Run run =
        CopCliTest.cop(
            "validate",
            "--stage",
            "launch",
            "--locale",
            language,
            "--format",
            format,
            plan.toString());
    assertThat(run.err()).isEmpty();
    // the golden files name the plan as a user in the samples' directory would
    String actual = run.out().replace(dir.toString() + java.io.File.separator, "");
    if (format.equals("json")) {
      // stored indented, so that a change shows as a readable diff of a few lines
      com.fasterxml.jackson.databind.ObjectMapper mapper =
          new com.fasterxml.jackson.databind.ObjectMapper();
      actual =
          mapper.writerWithDefaultPrettyPrinter().writeValueAsString(mapper.readTree(actual))
              + "\n";
    }
    String name = sample + "." + language + "." + (format.equals("json") ? "json" : "txt");
    Path golden = Path.of(System.getProperty("cop.golden.dir", "src/test/resources/golden"), name);
    if (Boolean.getBoolean("cop.regenerate")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(golden)) {
      fail("no golden file %s; create it with -Dcop.regenerate=true", golden);
    }
    String expected = Files.readString(golden, StandardCharsets.UTF_8);
    if (!expected.equals(actual)) {
      fail(
          "%s differs from the output (regenerate with -Dcop.regenerate=true if the change is"
              + " meant):%n%s",
          name, LineDiff.of(expected, actual));
    }
  }
}
