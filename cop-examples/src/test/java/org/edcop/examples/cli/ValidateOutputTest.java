package org.edcop.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.edcop.examples.cli.CopCliTest.cop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.edcop.json.CopJson;
import org.edcop.json.format.CopSchemas;
import org.edcop.testing.SampleDocuments;
import org.edcop.validation.CopMessages;
import org.edcop.validation.Finding;
import org.edcop.validation.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code cop validate} prints, in text and JSON, and how it scales. */
class ValidateOutputTest {

  private static final String BASE = "https://schemas.invalid/cop/";

  @TempDir static Path dir;

  static Path bare;
  static Path leaders;
  static Path large;

  @BeforeAll
  static void files() throws IOException {
    bare = write("draft-bare.json", SampleDocuments.json("draft-bare"));
    leaders = write("system-leaders.json", SampleDocuments.json("system-leaders"));
    large = write("large.json", LargePlans.withMeetings(2000));
  }

  static Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  /**
   * The published envelope schema and the report schema it refers to, as a user would load them.
   */
  static Schema envelopeSchema() {
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder ->
                builder
                    .schemaRegistryConfig(
                        SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                    .schemas(
                        Map.of(
                            BASE + "validate-output.schema.json",
                            SchemaCommand.validateOutput(),
                            BASE + "report.schema.json",
                            CopSchemas.report())));
    return registry.getSchema(SchemaLocation.of(BASE + "validate-output.schema.json"));
  }

  @Test
  void jsonOutputValidatesAgainstThePublishedSchemasAndReportsUnreadableFiles() throws IOException {
    Path broken = write("broken.json", "{\"schemaVersion\": 1, \"id\": ");
    CopCliTest.Run run =
        cop(
            "validate",
            "--format",
            "json",
            "--locale",
            "fr",
            bare.toString(),
            broken.toString(),
            dir.resolve("missing.json").toString(),
            leaders.toString());
    assertThat(run.code()).isEqualTo(CopCli.USAGE);
    assertThat(run.err().lines()).hasSize(2);
    List<Error> errors = envelopeSchema().validate(run.out(), InputFormat.JSON);
    assertThat(errors).isEmpty();
    JsonNode array = new ObjectMapper().readTree(run.out());
    assertThat(array).hasSize(4);
    assertThat(array.get(1).get("problem").asText()).contains("line ");
    assertThat(array.get(2).get("problem").asText()).isEqualTo("no such file");
    assertThat(array.get(2).get("file").asText()).endsWith("missing.json");
    // each report on its own is a document of the report format, with French messages
    Schema reportSchema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(CopSchemas.report(), InputFormat.JSON);
    ValidationReport expected =
        org.edcop.validation.CopValidator.defaults()
            .validate(CopJson.defaults().readPlan(bare), org.edcop.validation.Stage.LAUNCH);
    JsonNode report = array.get(0).get("report");
    assertThat(reportSchema.validate(report.toString(), InputFormat.JSON)).isEmpty();
    List<String> messages = new ArrayList<>();
    report.get("findings").forEach(f -> messages.add(f.get("message").asText()));
    assertThat(messages)
        .isEqualTo(
            expected.getFindings().stream()
                .map(f -> CopMessages.message(f, Locale.FRENCH))
                .toList());
    assertThat(CopJson.defaults().readReport(report.toString()).getFindings())
        .extracting(Finding::getRuleId)
        .isEqualTo(expected.getFindings().stream().map(Finding::getRuleId).toList());
  }

  @Test
  void theEnvelopeSchemaIsPublishedUnderDocs() throws IOException {
    Path published =
        Path.of(System.getProperty("user.dir"))
            .resolveSibling("docs")
            .resolve("schema")
            .resolve(SchemaCommand.VALIDATE_OUTPUT);
    if (Boolean.getBoolean("cop.regenerate")) {
      Files.writeString(published, SchemaCommand.validateOutput(), StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(published, StandardCharsets.UTF_8))
        .as("docs/schema/%s (regenerate with -Dcop.regenerate=true)", SchemaCommand.VALIDATE_OUTPUT)
        .isEqualTo(SchemaCommand.validateOutput());
    assertThat(cop("schema", "validate-output").out().strip())
        .isEqualTo(SchemaCommand.validateOutput().strip());
  }

  @Test
  void textOutputListsErrorsThenWarningsThenOpenQuestionsEachWithItsPath() {
    CopCliTest.Run run = cop("validate", bare.toString());
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0))
        .startsWith(bare + ": NOT acceptable at stage \"Ready to launch\" (")
        .matches(".*\\(\\d+ errors, \\d+ warnings, \\d+ open questions\\)");
    List<String> severities = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.matches("  [A-Z].*")) {
        severities.add(line.strip().split("  ")[0]);
        assertThat(line).as("a path in every finding line").containsPattern("  /\\S*$");
      }
    }
    assertThat(severities).contains("ERROR", "WARNING", "OPEN QUESTION");
    assertThat(String.join(",", severities)).matches("(ERROR,)+(WARNING,)+(OPEN QUESTION,?)+");
  }

  @Test
  void policyAndPresetProblemsNameTheFileAndTheSetting() throws IOException {
    Path policy =
        write(
            "policy.json",
            "{\"schemaVersion\":1,\"severityOverrides\":{\"plan.meeting-topic\":\"warning\"}}");
    CopCliTest.Run run = cop("validate", "--policy", policy.toString(), leaders.toString());
    CopCliTest.assertOneLineProblem(run);
    assertThat(run.err())
        .contains(policy.toString() + ": ", "severityOverrides", "plan.meeting-topic");
    assertThat(run.err()).doesNotContain("unexpected problem");
    CopCliTest.Run preset = cop("validate", "--preset", "nope", leaders.toString());
    CopCliTest.assertOneLineProblem(preset);
    assertThat(preset.err()).startsWith("cop: --preset 'nope': ");
  }

  @Test
  void quietPrintsOnlyTheSummaryLineOfEachFile() {
    CopCliTest.Run run =
        cop("validate", "--quiet", "--locale", "es", bare.toString(), leaders.toString());
    assertThat(run.out().lines().toList())
        .hasSize(2)
        .allMatch(line -> line.matches(".*: (NO )?aceptable en la etapa «.+» \\(.*\\)"));
  }

  @Test
  void coloursOnlyWhenAskedOrOnATerminal() {
    assertThat(cop("validate", bare.toString()).out()).doesNotContain("\u001b");
    assertThat(cop("validate", "--color=never", bare.toString()).out()).doesNotContain("\u001b");
    String always = cop("validate", "--color=always", bare.toString()).out();
    assertThat(always).contains(Colours.RED + "NOT acceptable");
    StringWriter out = new StringWriter();
    CopCli.run(
        new PrintWriter(out),
        new PrintWriter(new StringWriter()),
        true,
        "validate",
        bare.toString());
    assertThat(out.toString()).contains(Colours.RED);
    CopCliTest.assertOneLineProblem(cop("validate", "--color=sometimes", bare.toString()));
  }

  @Test
  void manyFindingsOfOneRuleAreGrouped() {
    CopCliTest.Run run = cop("validate", large.toString());
    assertThat(run.err()).isEmpty();
    List<String> lines = run.out().lines().toList();
    // 2,000 meetings without a topic, most off the cadence: thousands of findings
    assertThat(lines.get(0)).containsPattern("\\(2,000 errors, 1,\\d{3} warnings, ");
    // one group per rule: a person can read it
    assertThat(lines).hasSizeLessThan(150);
    assertThat(run.out()).containsPattern("\\d,\\d{3} findings");
    assertThat(run.out())
        .containsPattern(
            "\n      /practice/meetings/0/\\w+, /practice/meetings/1/\\w+,"
                + " /practice/meetings/2/\\w+, \u2026\n");
  }

  @Test
  void jsonIsWrittenAsItIsMadeNotHeldAsOneString() {
    ChunkWriter sink = new ChunkWriter();
    int code =
        CopCli.run(
            new PrintWriter(sink),
            new PrintWriter(new StringWriter()),
            "validate",
            "--format",
            "json",
            large.toString());
    assertThat(code).isEqualTo(CopCli.NOT_ACCEPTABLE);
    assertThat(sink.total).isGreaterThan(1_000_000);
    // the reports arrive in buffers of a few kilobytes, never as one string of the whole output
    assertThat(sink.largest).isLessThan(64 * 1024);
  }

  /** Remembers how much was written and the largest single write. */
  static final class ChunkWriter extends Writer {
    long total;
    int largest;

    @Override
    public void write(char[] buffer, int offset, int length) {
      total += length;
      largest = Math.max(largest, length);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
