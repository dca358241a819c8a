package org.edcop.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.edcop.testing.SampleDocuments;
import org.edcop.testing.SamplePlan;
import org.edcop.testing.SamplePlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CopCliTest {

  @TempDir Path dir;

  /** What one run of the tool printed and returned. */
  record Run(int code, String out, String err) {}

  static Run cop(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = CopCli.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  Path sample(String name) throws IOException {
    return write(name + ".json", SampleDocuments.json(name));
  }

  static Stream<SamplePlan> samples() {
    return SamplePlans.all().stream();
  }

  static void assertOneLineProblem(Run run) {
    assertThat(run.code()).isEqualTo(CopCli.USAGE);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).startsWith("cop: ").doesNotContain("Exception", "\tat ");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void completeSamplesAreAcceptableAtLaunchAndDraftsAreNot(SamplePlan sample) throws IOException {
    Run run = cop("validate", "--stage", "launch", sample(sample.getName()).toString());
    assertThat(run.err()).isEmpty();
    if (sample.isComplete()) {
      assertThat(run.code()).isEqualTo(CopCli.OK);
      assertThat(run.out()).contains("(0 errors, 0 warnings, ");
    } else {
      // a draft is not ready: errors, or (the norms draft, whose agreement is only due from the
      // running stage) warnings and open questions
      assertThat(run.out()).doesNotContain("(0 errors, 0 warnings, ");
    }
    assertThat(run.out()).contains(sample.getName() + ".json: ");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void jsonOutputCarriesTheReportOfEverySample(SamplePlan sample) throws IOException {
    Run run = cop("validate", "--format", "json", sample(sample.getName()).toString());
    JsonNode array = new ObjectMapper().readTree(run.out());
    assertThat(array.isArray()).isTrue();
    assertThat(array).hasSize(1);
    JsonNode report = array.get(0).get("report");
    assertThat(array.get(0).get("file").asText()).endsWith(sample.getName() + ".json");
    assertThat(report.get("stage").asText()).isEqualTo("launch");
    if (sample.isComplete()) {
      assertThat(report.get("acceptable").asBoolean()).isTrue();
    }
  }

  @Test
  void severalFilesExitWithTheWorstOutcome() throws IOException {
    Path good = sample("system-leaders");
    Path bare = sample("draft-bare");
    assertThat(cop("validate", good.toString()).code()).isEqualTo(CopCli.OK);
    Run both = cop("validate", good.toString(), bare.toString());
    assertThat(both.code()).isEqualTo(CopCli.NOT_ACCEPTABLE);
    assertThat(both.out()).contains("system-leaders.json: ", "draft-bare.json: ");
    Run withMissing = cop("validate", good.toString(), dir.resolve("nope.json").toString());
    assertThat(withMissing.code()).isEqualTo(CopCli.USAGE);
    assertThat(withMissing.out()).contains("system-leaders.json: ");
  }

  @Test
  void aBareDraftIsAcceptableAtDraftWithOpenQuestions() throws IOException {
    Run run = cop("validate", "--stage", "draft", sample("draft-bare").toString());
    assertThat(run.code()).isEqualTo(CopCli.OK);
    assertThat(run.out()).contains("  OPEN QUESTION  ");
  }

  @Test
  void theRunningStageIsJudgedAsOfTheGivenDate() throws IOException {
    Path file = sample("system-leaders");
    Run run = cop("validate", "--stage", "running", "--as-of", "2026-11-20", file.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("\"Running\"", "as of November 20, 2026");
    Run json =
        cop(
            "validate",
            "--stage",
            "running",
            "--as-of",
            "2026-11-20",
            "--format",
            "json",
            file.toString());
    assertThat(json.out()).contains("\"stage\":\"running\"", "\"asOf\":\"2026-11-20\"");
    // without --as-of, today in the plan's zone
    assertThat(cop("validate", "--stage", "running", file.toString()).out()).contains("as of ");
  }

  @Test
  void badAsOfDatesAreOneLine() throws IOException {
    Path file = sample("system-leaders");
    Run notADate = cop("validate", "--stage", "running", "--as-of", "20/01/2027", file.toString());
    assertOneLineProblem(notADate);
    assertThat(notADate.err()).contains("20/01/2027");
    Run beforeCreation =
        cop("validate", "--stage", "running", "--as-of", "1990-01-01", file.toString());
    assertOneLineProblem(beforeCreation);
    assertThat(beforeCreation.err()).contains("1990-01-01", "createdOn");
  }

  @Test
  void aPresetTunesTheVerdictAndAnUnknownOneIsOneLine() throws IOException {
    Path file = sample("system-leaders");
    Run run = cop("validate", "--preset", "cass-system-leaders", file.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isEqualTo(CopCli.OK);
    Run unknown = cop("validate", "--preset", "no-such-preset", file.toString());
    assertOneLineProblem(unknown);
    assertThat(unknown.err()).contains("no-such-preset", "21csla-cohort", "cass-system-leaders");
  }

  @Test
  void frenchOutputIsFrench() throws IOException {
    Run run = cop("validate", "--locale", "fr", sample("draft-bare").toString());
    assertThat(run.code()).isEqualTo(CopCli.NOT_ACCEPTABLE);
    assertThat(run.out()).contains("NON acceptable", "erreurs");
  }

  @Test
  void aPolicyFileChangesTheVerdict() throws IOException {
    Path bare = sample("draft-bare");
    Run strict = cop("validate", bare.toString(), "--format", "json");
    JsonNode findings =
        new ObjectMapper().readTree(strict.out()).get(0).get("report").get("findings");
    List<String> errorRules = new ArrayList<>();
    findings.forEach(
        f -> {
          if (f.get("severity").asText().equals("error")) {
            errorRules.add("\"" + f.get("ruleId").asText() + "\"");
          }
        });
    assertThat(errorRules).isNotEmpty();
    Path policy =
        write(
            "policy.json",
            "{\"schemaVersion\":1,\"disabledRules\":["
                + String.join(",", errorRules.stream().distinct().sorted().toList())
                + "]}");
    Run relaxed = cop("validate", "--policy", policy.toString(), bare.toString());
    assertThat(relaxed.err()).isEmpty();
    assertThat(relaxed.code()).isEqualTo(CopCli.OK);
  }

  @Test
  void exampleListsAndPrintsSamples() {
    Run list = cop("example");
    assertThat(list.code()).isZero();
    SamplePlans.all().forEach(s -> assertThat(list.out()).contains(s.getName()));
    Run one = cop("example", "system-leaders");
    assertThat(one.code()).isZero();
    assertThat(one.out()).isEqualTo(SampleDocuments.json("system-leaders"));
    assertOneLineProblem(cop("example", "no-such-sample"));
  }

  @Test
  void schemaPrintsEachSchema() throws IOException {
    for (String kind : List.of("plan", "plan-strict", "report")) {
      Run run = cop("schema", kind);
      assertThat(run.code()).isZero();
      assertThat(new ObjectMapper().readTree(run.out()).get("$schema").asText())
          .contains("2020-12");
    }
    assertThat(cop("schema").out()).isEqualTo(cop("schema", "plan").out());
    assertOneLineProblem(cop("schema", "nonsense"));
  }

  @Test
  void helpAndVersionBehaveAsUsersExpect() {
    Run help = cop("--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("validate", "example", "schema", "Exit codes");
    Run validateHelp = cop("validate", "--help");
    assertThat(validateHelp.code()).isZero();
    assertThat(validateHelp.out()).contains("--stage", "--format", "--policy", "--locale");
    assertThat(cop("help", "schema").out()).contains("plan-strict");
    Run version = cop("--version");
    assertThat(version.code()).isZero();
    // the version the build filtered in, as the POM says (surefire passes it on)
    assertThat(version.out())
        .startsWith("cop " + System.getProperty("cop.expectedVersion") + System.lineSeparator());
    assertThat(System.getProperty("cop.expectedVersion")).matches("\\d+\\.\\d+\\.\\d+.*");
  }

  @Test
  void missingFileIsOneLine() {
    Run run = cop("validate", dir.resolve("missing.json").toString());
    assertOneLineProblem(run);
    assertThat(run.err()).contains("missing.json", "no such file");
  }

  @Test
  void directoryIsOneLine() {
    Run run = cop("validate", dir.toString());
    assertOneLineProblem(run);
    assertThat(run.err()).contains("is a directory");
  }

  @Test
  void malformedJsonNamesPointerLineAndColumn() throws IOException {
    Path bad = write("bad.json", "{\n  \"schemaVersion\": 1,\n  \"id\": \"x\",\n  \"name\": [\n");
    Run run = cop("validate", bad.toString());
    assertOneLineProblem(run);
    assertThat(run.err()).contains("bad.json", "line ", "column ");
  }

  @Test
  void wrongValueNamesItsPointer() throws IOException {
    String json =
        SampleDocuments.json("system-leaders")
            .replaceFirst("\"tier\" *: *\"core\"", "\"tier\": \"chief\"");
    Path bad = write("tier.json", json);
    Run run = cop("validate", bad.toString());
    assertOneLineProblem(run);
    assertThat(run.err()).contains("/community/membership/members/", "/tier", "line ");
  }

  @Test
  void badUsageIsOneLine() {
    assertOneLineProblem(cop("validate", "--frobnicate", "x.json"));
    assertOneLineProblem(cop("validate", "--stage", "someday", "x.json"));
    assertOneLineProblem(cop("validate", "--format", "xml", "x.json"));
    assertOneLineProblem(cop("validate"));
    assertOneLineProblem(cop("frobnicate"));
    assertOneLineProblem(cop());
  }

  @Test
  void unreadablePolicyIsOneLine() throws IOException {
    Path policy = write("policy.json", "{\"schemaVersion\":1,\"disabledRules\": 3}");
    Run run = cop("validate", "--policy", policy.toString(), sample("system-leaders").toString());
    assertOneLineProblem(run);
    assertThat(run.err()).contains("policy.json");
  }
}
