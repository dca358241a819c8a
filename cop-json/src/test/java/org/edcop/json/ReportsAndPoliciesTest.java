package org.edcop.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import org.edcop.json.format.CopJsonException;
import org.edcop.json.format.CopJsonException.Kind;
import org.edcop.validation.Finding;
import org.edcop.validation.Section;
import org.edcop.validation.Severity;
import org.edcop.validation.Stage;
import org.edcop.validation.ValidationPolicy;
import org.edcop.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Validation reports and policies: round trips, derived parts, defaults, bad values. */
class ReportsAndPoliciesTest {

  private static final CopJson JSON = CopJson.defaults();

  static ValidationReport report() {
    return ValidationReport.builder()
        .stage(Stage.LAUNCH)
        .addFindings(
            Finding.builder()
                .ruleId("membership.core-too-large")
                .severity(Severity.WARNING)
                .section(Section.MEMBERSHIP)
                .path("/community/membership/members")
                .message("The core group is 6 of 10 members; the policy allows 30%.")
                .putArgument("share", "0.6")
                .putArgument("core", "6")
                .build(),
            Finding.builder()
                .ruleId("leadership.duty-uncovered")
                .severity(Severity.ERROR)
                .section(Section.LEADERSHIP)
                .path("/community/leadership/leaders")
                .message("No leader sets up meetings.")
                .messageKey("leadership.duty-uncovered.one")
                .build(),
            Finding.builder()
                .ruleId("results.celebration-missing")
                .severity(Severity.INFO)
                .section(Section.RESULTS)
                .path("/practice/results/celebrations")
                .message("How will the community celebrate?")
                .build())
        .build();
  }

  @Test
  void reportRoundTripsWithEveryPart() {
    ValidationReport report = report();
    String pretty = JSON.writeReportPretty(report);
    assertThat(JSON.readReport(pretty)).isEqualTo(report);
    assertThat(JSON.readReport(JSON.writeReport(report))).isEqualTo(report);
    assertThat(pretty)
        .contains("\"stage\": \"launch\"", "\"acceptable\": false", "\"section\": \"membership\"",
            "\"messageKey\": \"leadership.duty-uncovered.one\"", "\"openQuestions\": [")
        // arguments are written sorted by name
        .containsSubsequence("\"core\": \"6\"", "\"share\": \"0.6\"");
    assertThat(Schemas.errors(Schemas.REPORT, pretty)).isEmpty();
  }

  @Test
  void derivedPartsMayBeLeftOutButNotContradicted() throws Exception {
    String written = JSON.writeReport(report());
    com.fasterxml.jackson.databind.node.ObjectNode tree =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(written);
    tree.remove(List.of("sections", "acceptable"));
    String bare = tree.toString();
    assertThat(bare).doesNotContain("\"sections\"", "\"acceptable\"");
    assertThat(JSON.readReport(bare)).isEqualTo(report());

    CopJsonException wrongVerdict = catchThrowableOfType(
        CopJsonException.class,
        () -> JSON.readReport(written.replace("\"acceptable\":false", "\"acceptable\":true")));
    assertThat(wrongVerdict.getKind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(wrongVerdict.getPointer()).isEqualTo("/acceptable");

    CopJsonException wrongCount = catchThrowableOfType(
        CopJsonException.class,
        () -> JSON.readReport(written.replace("\"errors\":1", "\"errors\":2")));
    assertThat(wrongCount.getPointer()).isEqualTo("/sections");
  }

  @Test
  void reportsIgnoreUnknownPropertiesUnlessStrict() {
    String written = JSON.writeReport(report());
    String extended = written.replace("{\"schemaVersion\":1,", "{\"schemaVersion\":1,\"generatedBy\":\"x\",");
    assertThat(JSON.readReport(extended)).isEqualTo(report());
    CopJsonException strict = catchThrowableOfType(
        CopJsonException.class, () -> CopJson.builder().strict(true).build().readReport(extended));
    assertThat(strict.getKind()).isEqualTo(Kind.UNKNOWN_PROPERTY);
    assertThat(strict.getPointer()).isEqualTo("/generatedBy");
  }

  @Test
  void defaultPolicyIsJustTheVersion() {
    assertThat(JSON.writePolicy(ValidationPolicy.defaults())).isEqualTo("{\"schemaVersion\":1}");
    assertThat(JSON.readPolicy("{\"schemaVersion\":1}")).isEqualTo(ValidationPolicy.defaults());
  }

  @Test
  void policyRoundTripsWithEveryPart() {
    ValidationPolicy policy =
        ValidationPolicy.builder()
            .addDisabledRules("norms.values-alignment", "launch.platform-missing")
            .putSeverityOverride("membership.core-too-large", Severity.ERROR)
            .putSeverityOverride("results.celebration-missing", Severity.WARNING)
            .maxCoreShare(0.25)
            .meetingLengthTolerance(Duration.ofMinutes(10))
            .spacingTolerance(Duration.ofDays(2))
            .idealSizeFloor(4)
            .idealSizeCeiling(40)
            .build();
    String pretty = JSON.writePolicyPretty(policy);
    assertThat(JSON.readPolicy(pretty)).isEqualTo(policy);
    assertThat(pretty)
        .containsSubsequence("\"launch.platform-missing\"", "\"norms.values-alignment\"")
        .contains("\"maxCoreShare\": 0.25", "\"meetingLengthTolerance\": \"PT10M\"",
            "\"membership.core-too-large\": \"error\"");
    assertThat(Schemas.errors(Schemas.POLICY, pretty)).isEmpty();
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
        "{\"schemaVersion\":1,\"disabledRules\":[\"a\",\"a\"]}|INVALID_VALUE|/disabledRules/1",
        "{\"schemaVersion\":1,\"disabledRules\":\"a\"}|WRONG_TYPE|/disabledRules",
        "{\"maxCoreShare\":0.2}|MISSING_VALUE|/schemaVersion",
        "{\"schemaVersion\":1,\"disabledRules\":[\"a\",\" \"]}|INVALID_VALUE|/disabledRules/1",
        "{\"schemaVersion\":1,\"severityOverrides\":{\"\":\"info\"}}|INVALID_VALUE|/severityOverrides/",
        "{\"schemaVersion\":1,\"idealSizeFloor\":200}|INVALID_VALUE|/idealSizeFloor",
        "{\"schemaVersion\":1,\"maxCoreShare\":1e400}|INVALID_VALUE|/maxCoreShare",
      })
  void badPoliciesAreRejectedWithThePointer(String document, Kind kind, String pointer) {
    CopJsonException error =
        catchThrowableOfType(CopJsonException.class, () -> JSON.readPolicy(document));
    assertThat(error.getKind()).as(error.getMessage()).isEqualTo(kind);
    assertThat(error.getPointer()).isEqualTo(pointer);
    assertThat(error.getLine()).isEqualTo(1);
  }

  @Test
  void wholeNumberIsAcceptedForAShare() {
    assertThat(JSON.readPolicy("{\"schemaVersion\":1,\"maxCoreShare\":1}").getMaxCoreShare())
        .isEqualTo(1.0);
  }

  @Test
  void findingArgumentsMustNotBeNull() {
    String written = JSON.writeReport(report());
    CopJsonException error = catchThrowableOfType(
        CopJsonException.class,
        () -> JSON.readReport(written.replace("\"core\":\"6\"", "\"core\":null")));
    assertThat(error.getKind()).isEqualTo(Kind.NULL_VALUE);
    assertThat(error.getPointer()).isEqualTo("/findings/0/arguments/core");
    assertThat(List.of(error.getLine(), error.getColumn())).allMatch(n -> n > 0);
  }
}
