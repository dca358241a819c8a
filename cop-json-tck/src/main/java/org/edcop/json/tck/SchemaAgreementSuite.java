package org.edcop.json.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.edcop.json.format.CopJsonCodec;
import org.edcop.json.format.CopJsonException;
import org.edcop.json.format.CopSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schemas and the reader agree (issue 14): each document of a table goes through the
 * reader and through an independent JSON Schema validator (networknt, with format assertions), and
 * the two verdicts are compared. Where they differ by design the row says so, and
 * docs/json-format.md lists the row ("Where the schemas and the reader differ"); a row that starts
 * to agree, or a new difference, fails here.
 */
public abstract class SchemaAgreementSuite {

  private static final String HEAD =
      "{\"schemaVersion\":1,\"id\":\"p\",\"name\":\"N\",\"authority\":\"A\"";
  private static final String ZONE = ",\"timeZone\":\"America/Edmonton\"";

  /** How the verdicts of a row relate. */
  enum Agreement {
    /** Both accept or both refuse. */
    SAME,
    /** The reader refuses what the schema accepts. */
    READER_STRICTER,
    /** The schema refuses what the reader accepts. */
    SCHEMA_STRICTER
  }

  /** One document of the table. */
  record Row(String name, String kind, String document, Agreement agreement) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Row plan(String name, String extra, Agreement agreement) {
    return new Row(name, "plan", HEAD + ZONE + extra + "}", agreement);
  }

  private static Row planWithZone(String name, String zone, Agreement agreement) {
    return new Row(name, "plan", HEAD + ",\"timeZone\":" + zone + "}", agreement);
  }

  private static Row meetingLength(String name, String length, Agreement agreement) {
    return plan(
        name, ",\"practice\":{\"launchPlan\":{\"meetingLength\":\"" + length + "\"}}", agreement);
  }

  private static Row policy(String name, String body, Agreement agreement) {
    return new Row(name, "policy", "{\"schemaVersion\":1" + body + "}", agreement);
  }

  static Stream<Row> rows() {
    return Stream.of(
        plan("minimal plan", "", Agreement.SAME),
        new Row("plan without timeZone", "plan", HEAD + "}", Agreement.SAME),
        new Row(
            "plan without schemaVersion",
            "plan",
            "{\"id\":\"p\",\"name\":\"N\"," + "\"authority\":\"A\"" + ZONE + "}",
            Agreement.SAME),
        new Row(
            "schemaVersion 2",
            "plan",
            "{\"schemaVersion\":2,\"id\":\"p\",\"name\":\"N\",\"authority\":\"A\"" + ZONE + "}",
            Agreement.SAME),
        plan("unknown property kept", ",\"x\":{\"y\":[1,2.50]}", Agreement.SAME),
        plan("null for an optional property", ",\"createdOn\":null", Agreement.SCHEMA_STRICTER),
        new Row(
            "null for a required property",
            "plan",
            "{\"schemaVersion\":1,\"id\":null,\"name\":\"N\",\"authority\":\"A\"" + ZONE + "}",
            Agreement.SAME),
        plan("date", ",\"createdOn\":\"2026-09-14\"", Agreement.SAME),
        plan("date with a two-digit day missing", ",\"createdOn\":\"2026-09-4\"", Agreement.SAME),
        plan("date 2026-02-30", ",\"createdOn\":\"2026-02-30\"", Agreement.SAME),
        plan("date with a time", ",\"createdOn\":\"2026-09-14T10:00:00Z\"", Agreement.SAME),
        plan("year 10000", ",\"createdOn\":\"10000-01-01\"", Agreement.SAME),
        plan("date as a number", ",\"createdOn\":20260914", Agreement.SAME),
        plan("status code", ",\"status\":\"launched\"", Agreement.SAME),
        plan("unknown status code", ",\"status\":\"sleeping\"", Agreement.SAME),
        plan("status as a number", ",\"status\":0", Agreement.SAME),
        plan(
            "meeting start with offset",
            ",\"practice\":{\"meetings\":[{\"id\":\"m\",\"start\":\"2026-09-14T16:00:00-06:00\"}]}",
            Agreement.SAME),
        plan(
            "meeting start without offset",
            ",\"practice\":{\"meetings\":[{\"id\":\"m\",\"start\":\"2026-09-14T16:00:00\"}]}",
            Agreement.SAME),
        plan(
            "meeting start with a fraction",
            ",\"practice\":{\"meetings\":[{\"id\":\"m\",\"start\":\"2026-09-14T16:00:00.5Z\"}]}",
            Agreement.SAME),
        plan(
            "meeting start at hour 24",
            ",\"practice\":{\"meetings\":[{\"id\":\"m\",\"start\":\"2026-09-14T24:00:00Z\"}]}",
            Agreement.SAME),
        plan(
            "meeting start as a date",
            ",\"practice\":{\"meetings\":[{\"id\":\"m\",\"start\":\"2026-09-14\"}]}",
            Agreement.SAME),
        plan(
            "meeting without id",
            ",\"practice\":{\"meetings\":[{\"title\":\"t\"}]}",
            Agreement.SAME),
        plan(
            "attendance repeated",
            ",\"practice\":{\"meetings\":[{\"id\":\"m\",\"attendance\":[\"a\",\"a\"]}]}",
            Agreement.SAME),
        meetingLength("duration PT1H30M", "PT1H30M", Agreement.SAME),
        meetingLength("duration P1W", "P1W", Agreement.SAME),
        meetingLength("duration P1M", "P1M", Agreement.SAME),
        meetingLength("duration -PT15M", "-PT15M", Agreement.SAME),
        meetingLength("duration PT0.5S", "PT0.5S", Agreement.SAME),
        meetingLength("duration P1D", "P1D", Agreement.SAME),
        meetingLength("duration in lower case", "pt1h30m", Agreement.SAME),
        meetingLength("duration P", "P", Agreement.SAME),
        meetingLength("duration PT", "PT", Agreement.SAME),
        meetingLength("duration 90 minutes", "90 minutes", Agreement.SAME),
        planWithZone("zone America/Edmonton", "\"America/Edmonton\"", Agreement.SAME),
        planWithZone("zone +02:00", "\"+02:00\"", Agreement.SAME),
        planWithZone("zone GMT+05:00", "\"GMT+05:00\"", Agreement.SAME),
        planWithZone("zone SystemV/EST5", "\"SystemV/EST5\"", Agreement.SAME),
        planWithZone("zone Mars/Olympus", "\"Mars/Olympus\"", Agreement.READER_STRICTER),
        planWithZone("zone Etc/GMT+5", "\"Etc/GMT+5\"", Agreement.SAME),
        planWithZone("zone as a number", "2", Agreement.SAME),
        policy("default policy", "", Agreement.SAME),
        policy("maxCoreShare 0.25", ",\"maxCoreShare\":0.25", Agreement.SAME),
        policy("maxCoreShare 1.5", ",\"maxCoreShare\":1.5", Agreement.SAME),
        policy("maxCoreShare -0.1", ",\"maxCoreShare\":-0.1", Agreement.SAME),
        policy("maxCoreShare 1e-400", ",\"maxCoreShare\":1e-400", Agreement.READER_STRICTER),
        policy("maxCoreShare as text", ",\"maxCoreShare\":\"0.5\"", Agreement.SAME),
        policy(
            "known rule disabled", ",\"disabledRules\":[\"norms.norm-missing\"]", Agreement.SAME),
        policy("unknown rule disabled", ",\"disabledRules\":[\"no.such-rule\"]", Agreement.SAME),
        policy(
            "rule disabled twice",
            ",\"disabledRules\":[\"norms.norm-missing\",\"norms.norm-missing\"]",
            Agreement.SAME),
        policy(
            "severity override",
            ",\"severityOverrides\":{\"norms.norm-missing\":\"info\"}",
            Agreement.SAME),
        policy(
            "unknown severity",
            ",\"severityOverrides\":{\"norms.norm-missing\":\"fatal\"}",
            Agreement.SAME),
        policy("unknown property in a policy", ",\"maxCoreShar\":0.2", Agreement.SAME),
        policy("negative tolerance", ",\"spacingTolerance\":\"-PT1H\"", Agreement.SAME),
        policy(
            "tolerance with a negative part",
            ",\"spacingTolerance\":\"PT1H-5M\"",
            Agreement.SCHEMA_STRICTER),
        policy(
            "unknown rule overridden",
            ",\"severityOverrides\":{\"no.such-rule\":\"info\"}",
            Agreement.READER_STRICTER),
        policy("maxCoreShare 1", ",\"maxCoreShare\":1", Agreement.SAME),
        policy("ceiling below floor", ",\"idealSizeCeiling\":2", Agreement.READER_STRICTER),
        policy("negative floor", ",\"idealSizeFloor\":-1", Agreement.SAME),
        policy("fractional floor", ",\"idealSizeFloor\":2.5", Agreement.SAME));
  }

  private final Codecs codecs;
  private final CopJsonCodec json;

  /**
   * Runs the suite against one module.
   *
   * @param codecs the module's facades and schema validator
   */
  protected SchemaAgreementSuite(Codecs codecs) {
    this.codecs = codecs;
    this.json = codecs.defaults();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void theSchemaAndTheReaderGiveTheVerdictsOfTheTable(Row row) {
    Consumer<String> read = row.kind().equals("plan") ? json::readPlan : json::readPolicy;
    String schema = row.kind().equals("plan") ? CopSchemas.plan() : CopSchemas.policy();
    boolean readerAccepts;
    try {
      read.accept(row.document());
      readerAccepts = true;
    } catch (CopJsonException e) {
      readerAccepts = false;
    }
    List<String> errors = codecs.schemaErrors(schema, row.document());
    boolean schemaAccepts = errors.isEmpty();
    Agreement found =
        readerAccepts == schemaAccepts
            ? Agreement.SAME
            : readerAccepts ? Agreement.SCHEMA_STRICTER : Agreement.READER_STRICTER;
    assertThat(found)
        .as(
            "reader %s, schema %s %s",
            readerAccepts ? "accepts" : "refuses", errors, row.document())
        .isEqualTo(row.agreement());
  }

  @Test
  void theTableHasAtLeastFortyDocuments() {
    assertThat(rows().count()).isGreaterThanOrEqualTo(40);
  }

  @Test
  void everyDifferenceIsListedInTheFormatDocument() throws IOException {
    String document = Files.readString(Fixtures.FORMAT_DOCUMENT, StandardCharsets.UTF_8);
    rows()
        .filter(row -> row.agreement() != Agreement.SAME)
        .forEach(row -> assertThat(document).as(row.name()).contains("| " + row.name() + " |"));
  }
}
