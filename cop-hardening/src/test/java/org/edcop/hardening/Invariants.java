package org.edcop.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.edcop.json.CopJson;
import org.edcop.json.format.CopJsonException;
import org.edcop.json.format.CopJsonException.Kind;
import org.edcop.model.CommunityOfPractice;
import org.edcop.validation.CopValidator;
import org.edcop.validation.Finding;
import org.edcop.validation.Stage;
import org.edcop.validation.ValidationReport;

/** The properties every fuzz input, and every plan of the concurrency test, must keep. */
final class Invariants {

  private static final CopJson JSON = CopJson.defaults();
  private static final CopValidator VALIDATOR = CopValidator.defaults();

  private Invariants() {}

  /** Loads and initialises what the first input would otherwise pay for inside its time bound. */
  static void warmUp() {
    checkValidation(JSON.readPlan(org.edcop.testing.SampleDocuments.bytes("system-leaders")));
  }

  /** A refused document gets a complete typed error: a kind, a pointer and a readable message. */
  static void checkTypedError(CopJsonException e, byte[] document) {
    assertThat(e.getKind()).as("kind").isNotNull();
    assertThat(e.getPointer()).as("pointer").isNotNull();
    assertThat(e.getPointer().isEmpty() || e.getPointer().startsWith("/"))
        .as("pointer '%s' is a JSON Pointer", e.getPointer())
        .isTrue();
    assertThat(e.getDetail()).as("detail").isNotBlank();
    assertThat(e.getKind()).as("bytes in memory never fail to be read").isNotEqualTo(Kind.IO);
    assertThat(e.getLine() == -1 || e.getLine() >= 1).as("line %s", e.getLine()).isTrue();
    assertThat(e.getColumn() == -1 || e.getColumn() >= 1).as("column %s", e.getColumn()).isTrue();
    assertThat(e.getLine() <= countLines(document))
        .as("line %s within the document", e.getLine())
        .isTrue();
  }

  /** Lines as JSON parsers count them: {@code \n}, {@code \r} and {@code \r\n} each end one. */
  private static long countLines(byte[] document) {
    long lines = 1;
    for (int i = 0; i < document.length; i++) {
      if (document[i] == '\n'
          || (document[i] == '\r' && (i + 1 == document.length || document[i + 1] != '\n'))) {
        lines++;
      }
    }
    return lines;
  }

  /**
   * Writing a plan and reading it back gives the same plan, and writing it again the same bytes.
   */
  static String checkRoundTrip(CommunityOfPractice plan) {
    String written = JSON.writePlan(plan);
    CommunityOfPractice again = JSON.readPlan(written);
    assertThat(again).as("read(write(plan))").isEqualTo(plan);
    assertThat(JSON.writePlan(again)).as("write(read(write(plan)))").isEqualTo(written);
    return written;
  }

  /**
   * Validates a plan at every stage, twice: no rule may throw (the validator would report it as
   * {@value CopValidator#RULE_FAILED}), the second run must equal the first, and each report must
   * survive the JSON report format.
   */
  static Map<Stage, ValidationReport> checkValidation(CommunityOfPractice plan) {
    Map<Stage, ValidationReport> reports = new EnumMap<>(Stage.class);
    for (Stage stage : Stage.values()) {
      ValidationReport report = VALIDATOR.validate(plan, stage);
      for (Finding finding : report.getFindings()) {
        assertThat(finding.getRuleId())
            .as("a rule threw: %s", finding.getMessage())
            .isNotEqualTo(CopValidator.RULE_FAILED);
      }
      assertThat(VALIDATOR.validate(plan, stage)).as("validating again").isEqualTo(report);
      assertThat(JSON.readReport(JSON.writeReport(report)))
          .as("report round trip")
          .isEqualTo(report);
      reports.put(stage, report);
    }
    return reports;
  }
}
