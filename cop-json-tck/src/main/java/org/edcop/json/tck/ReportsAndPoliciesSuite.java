package org.edcop.json.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import org.edcop.json.format.CopJsonCodec;
import org.edcop.json.format.CopJsonException;
import org.edcop.json.format.CopJsonException.Kind;
import org.edcop.json.format.CopJsonLimits;
import org.edcop.json.format.CopSchemas;
import org.edcop.validation.Severity;
import org.edcop.validation.ValidationPolicy;
import org.edcop.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Validation reports and policies: round trips, derived parts, defaults, bad values. Run by every
 * JSON module.
 */
public abstract class ReportsAndPoliciesSuite {

  private final Codecs codecs;
  private final CopJsonCodec json;

  /**
   * Runs the suite against one module.
   *
   * @param codecs the module's facades
   */
  protected ReportsAndPoliciesSuite(Codecs codecs) {
    this.codecs = codecs;
    this.json = codecs.defaults();
  }

  @Test
  public void reportRoundTripsWithEveryPart() {
    ValidationReport report = Fixtures.report();
    String pretty = json.writeReportPretty(report);
    assertThat(json.readReport(pretty)).isEqualTo(report);
    assertThat(json.readReport(json.writeReport(report))).isEqualTo(report);
    assertThat(pretty)
        .contains(
            "\"stage\": \"launch\"",
            "\"acceptable\": false",
            "\"section\": \"membership\"",
            "\"messageKey\": \"leadership.duty-uncovered.one\"",
            "\"openQuestions\": [")
        // arguments are written sorted by name
        .containsSubsequence("\"core\": \"6\"", "\"share\": \"0.6\"");
    assertThat(codecs.schemaErrors(CopSchemas.report(), pretty)).isEmpty();
  }

  @Test
  public void aRunningReportKeepsItsAsOfDateAndOlderReportsWithoutOneStillRead() {
    ValidationReport running =
        ValidationReport.builder()
            .from(Fixtures.report())
            .stage(org.edcop.validation.Stage.RUNNING)
            .asOf(java.time.LocalDate.of(2027, 1, 20))
            .build();
    String pretty = json.writeReportPretty(running);
    assertThat(pretty).contains("\"stage\": \"running\"", "\"asOf\": \"2027-01-20\"");
    assertThat(json.readReport(pretty)).isEqualTo(running);
    assertThat(codecs.schemaErrors(CopSchemas.report(), pretty)).isEmpty();

    String older = json.writeReport(Fixtures.report());
    assertThat(older).doesNotContain("asOf");
    assertThat(json.readReport(older).getAsOf()).isEmpty();

    CopJsonException badDate =
        catchThrowableOfType(
            CopJsonException.class,
            () -> json.readReport(pretty.replace("2027-01-20", "20 January 2027")));
    assertThat(badDate.getKind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(badDate.getPointer()).isEqualTo("/asOf");
  }

  @Test
  public void derivedPartsMayBeLeftOutButNotContradicted() {
    String written = json.writeReport(Fixtures.report());
    // the writer puts the derived parts between "stage" and "findings"
    String bare =
        written.replaceFirst(",\"acceptable\":false,\"sections\":\\[.*?\\](?=,\"findings\")", "");
    assertThat(bare).doesNotContain("\"sections\"", "\"acceptable\"");
    assertThat(json.readReport(bare)).isEqualTo(Fixtures.report());

    CopJsonException wrongVerdict =
        catchThrowableOfType(
            CopJsonException.class,
            () -> json.readReport(written.replace("\"acceptable\":false", "\"acceptable\":true")));
    assertThat(wrongVerdict.getKind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(wrongVerdict.getPointer()).isEqualTo("/acceptable");

    CopJsonException wrongCount =
        catchThrowableOfType(
            CopJsonException.class,
            () -> json.readReport(written.replace("\"errors\":1", "\"errors\":2")));
    assertThat(wrongCount.getPointer()).isEqualTo("/sections");
  }

  @Test
  public void reportsIgnoreUnknownPropertiesUnlessStrict() {
    String written = json.writeReport(Fixtures.report());
    String extended =
        written.replace("{\"schemaVersion\":1,", "{\"schemaVersion\":1,\"generatedBy\":\"x\",");
    assertThat(json.readReport(extended)).isEqualTo(Fixtures.report());
    CopJsonException strict =
        catchThrowableOfType(
            CopJsonException.class,
            () -> codecs.create(true, CopJsonLimits.DEFAULTS).readReport(extended));
    assertThat(strict.getKind()).isEqualTo(Kind.UNKNOWN_PROPERTY);
    assertThat(strict.getPointer()).isEqualTo("/generatedBy");
  }

  @Test
  public void strictReportsNameTheFirstUnknownPropertyInTheDocument() {
    String written = json.writeReport(Fixtures.report());
    // an unknown property in the first finding, then two at the root after everything else:
    // the finding's comes first in the document, and "zeta" before "alpha"
    String extended =
        written
            .replaceFirst("\\{\"ruleId\":", "{\"note\":\"x\",\"ruleId\":")
            .replaceFirst("}$", ",\"zeta\":1,\"alpha\":2}");
    assertThat(extended).isNotEqualTo(written).contains("\"note\"").endsWith("\"alpha\":2}");
    assertThat(json.readReport(extended)).isEqualTo(Fixtures.report());
    CopJsonCodec strict = codecs.create(true, CopJsonLimits.DEFAULTS);
    CopJsonException error =
        catchThrowableOfType(CopJsonException.class, () -> strict.readReport(extended));
    assertThat(error.getKind()).isEqualTo(Kind.UNKNOWN_PROPERTY);
    assertThat(error.getPointer()).isEqualTo("/findings/0/note");
    // placed at the property's value, as in a plan (characters, 1-based)
    assertThat(error.getColumn())
        .isEqualTo(extended.indexOf("\"note\":") + "\"note\":".length() + 1);

    String rootOnly = written.replaceFirst("}$", ",\"zeta\":1,\"alpha\":2}");
    CopJsonException atRoot =
        catchThrowableOfType(CopJsonException.class, () -> strict.readReport(rootOnly));
    assertThat(atRoot.getPointer()).isEqualTo("/zeta");
  }

  @Test
  public void defaultPolicyIsJustTheVersion() {
    assertThat(json.writePolicy(ValidationPolicy.defaults())).isEqualTo("{\"schemaVersion\":1}");
    assertThat(json.readPolicy("{\"schemaVersion\":1}")).isEqualTo(ValidationPolicy.defaults());
  }

  @Test
  public void policyRoundTripsWithEveryPart() {
    ValidationPolicy policy =
        ValidationPolicy.builder()
            .addDisabledRules("norms.values-alignment-missing", "launch.platform-missing")
            .putSeverityOverride("membership.core-too-large", Severity.ERROR)
            .putSeverityOverride("results.celebration-missing", Severity.WARNING)
            .maxCoreShare(0.25)
            .meetingLengthTolerance(Duration.ofMinutes(10))
            .spacingTolerance(Duration.ofDays(2))
            .idealSizeFloor(4)
            .idealSizeCeiling(40)
            .participation(
                org.edcop.running.ParticipationThresholds.builder()
                    .recentMeetings(6)
                    .driftMinimumMeetings(4)
                    .driftAbsenceShare(0.5)
                    .driftAttendanceShare(0.8)
                    .build())
            .build();
    String pretty = json.writePolicyPretty(policy);
    assertThat(json.readPolicy(pretty)).isEqualTo(policy);
    assertThat(pretty)
        .containsSubsequence("\"launch.platform-missing\"", "\"norms.values-alignment-missing\"")
        .contains(
            "\"maxCoreShare\": 0.25",
            "\"meetingLengthTolerance\": \"PT10M\"",
            "\"membership.core-too-large\": \"error\"",
            "\"recentMeetings\": 6",
            "\"driftAttendanceShare\": 0.8");
    assertThat(codecs.schemaErrors(CopSchemas.policy(), pretty)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"schemaVersion\":1,\"maxCoreShare\":1.5}|INVALID_VALUE|/maxCoreShare",
        "{\"schemaVersion\":1,\"maxCoreShar\":0.2}|UNKNOWN_PROPERTY|/maxCoreShar",
        "{\"schemaVersion\":1,\"severityOverrides\":{\"a.b\":\"fatal\"}}|UNKNOWN_CODE|/severityOverrides/a.b",
        "{\"schemaVersion\":1,\"severityOverrides\":{\"a/b\":null}}|NULL_VALUE|/severityOverrides/a~1b",
        "{\"schemaVersion\":1,\"spacingTolerance\":\"-PT1H\"}|INVALID_VALUE|/spacingTolerance",
        "{\"schemaVersion\":1,\"idealSizeFloor\":-1}|INVALID_VALUE|/idealSizeFloor",
        "{\"schemaVersion\":1,\"idealSizeCeiling\":2}|INVALID_VALUE|/idealSizeCeiling",
        "{\"schemaVersion\":1,\"disabledRules\":[\"norms.norm-missing\",\"norms.norm-missing\"]}|INVALID_VALUE|/disabledRules/1",
        "{\"schemaVersion\":1,\"disabledRules\":\"a\"}|WRONG_TYPE|/disabledRules",
        "{\"maxCoreShare\":0.2}|MISSING_VALUE|/schemaVersion",
        "{\"schemaVersion\":1,\"disabledRules\":[\"norms.norm-missing\",\" \"]}|INVALID_VALUE|/disabledRules/1",
        "{\"schemaVersion\":1,\"severityOverrides\":{\"\":\"info\"}}|INVALID_VALUE|/severityOverrides/",
        "{\"schemaVersion\":1,\"idealSizeFloor\":200}|INVALID_VALUE|/idealSizeFloor",
        "{\"schemaVersion\":1,\"maxCoreShare\":1e400}|INVALID_VALUE|/maxCoreShare",
        "{\"schemaVersion\":1,\"participation\":{\"recentMeetings\":0}}|INVALID_VALUE|/participation",
        "{\"schemaVersion\":1,\"participation\":{\"driftAbsenceShare\":2}}|INVALID_VALUE|/participation",
        "{\"schemaVersion\":1,\"participation\":{\"window\":3}}|UNKNOWN_PROPERTY|/participation/window",
        // the first unknown property in the document, as in a plan: not the first by name, not
        // the outer object's first
        "{\"schemaVersion\":1,\"zeta\":1,\"alpha\":2}|UNKNOWN_PROPERTY|/zeta",
        "{\"schemaVersion\":1,\"participation\":{\"window\":3},\"alpha\":1}|UNKNOWN_PROPERTY|/participation/window",
        "{\"maxCoreShar\":0.2}|UNKNOWN_PROPERTY|/maxCoreShar",
      })
  public void badPoliciesAreRejectedWithThePointer(String document, Kind kind, String pointer) {
    CopJsonException error =
        catchThrowableOfType(CopJsonException.class, () -> json.readPolicy(document));
    assertThat(error.getKind()).as(error.getMessage()).isEqualTo(kind);
    assertThat(error.getPointer()).isEqualTo(pointer);
    assertThat(error.getLine()).isEqualTo(1);
  }

  @Test
  public void wholeNumberIsAcceptedForAShare() {
    assertThat(json.readPolicy("{\"schemaVersion\":1,\"maxCoreShare\":1}").getMaxCoreShare())
        .isEqualTo(1.0);
  }

  @Test
  public void findingArgumentsMustNotBeNull() {
    String written = json.writeReport(Fixtures.report());
    CopJsonException error =
        catchThrowableOfType(
            CopJsonException.class,
            () -> json.readReport(written.replace("\"core\":\"6\"", "\"core\":null")));
    assertThat(error.getKind()).isEqualTo(Kind.NULL_VALUE);
    assertThat(error.getPointer()).isEqualTo("/findings/0/arguments/core");
    assertThat(List.of(error.getLine(), error.getColumn())).allMatch(n -> n > 0);
  }
}
