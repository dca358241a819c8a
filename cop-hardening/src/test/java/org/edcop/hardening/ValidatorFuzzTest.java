package org.edcop.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.edcop.json.CopJson;
import org.edcop.json.format.CopJsonException;
import org.edcop.model.CommunityOfPractice;
import org.edcop.validation.Finding;
import org.edcop.validation.Stage;
import org.edcop.validation.ValidationReport;

/**
 * Coverage-guided fuzz target that feeds every plan the reader accepts to the default validator at
 * each stage: no rule may throw, validation is deterministic, each report survives the report
 * format, and the plan validates the same after a JSON round trip. Documents the reader refuses are
 * covered by {@link JsonReaderFuzzTest} and skipped here.
 *
 * <p>"The same" after a round trip means: the same findings, each pointing at the same value of its
 * own document. Not the same pointers: sets (attendance, duties, topics...) keep the order of the
 * document they were read from, plan equality ignores that order, and the writer puts set elements
 * in a canonical order, so a finding about the fourth attendee of the input may be about the first
 * one of the rewritten document (an early fuzz finding; docs/reliability.md).
 *
 * <p>Without {@code JAZZER_FUZZ} this replays the stored inputs under {@code
 * ValidatorFuzzTestInputs/validate/}; see docs/reliability.md for fuzzing.
 */
class ValidatorFuzzTest {

  private static final CopJson JSON = CopJson.defaults();
  private static final ObjectMapper TREE = new ObjectMapper();

  static {
    // warm up outside the timed inputs: class loading, message files, standards catalog
    Invariants.warmUp();
  }

  @FuzzTest(maxDuration = JsonReaderFuzzTest.DURATION)
  void validate(byte[] document) throws IOException {
    CommunityOfPractice plan;
    try {
      plan = JSON.readPlan(document);
    } catch (CopJsonException e) {
      return;
    }
    Map<Stage, ValidationReport> reports = Invariants.checkValidation(plan);
    String rewritten = JSON.writePlan(plan);
    Map<Stage, ValidationReport> again = Invariants.checkValidation(JSON.readPlan(rewritten));
    JsonNode original = TREE.readTree(document);
    JsonNode written = TREE.readTree(rewritten);
    for (Stage stage : Stage.values()) {
      assertThat(located(again.get(stage), written))
          .as("findings at %s after a JSON round trip", stage)
          .isEqualTo(located(reports.get(stage), original));
    }
  }

  /**
   * Each finding as its rule, severity, message and arguments, with the value its pointer
   * designates in the document and the pointer's shape (array indices blanked), sorted.
   */
  private static List<String> located(ValidationReport report, JsonNode document) {
    List<String> out = new ArrayList<>();
    for (Finding f : report.getFindings()) {
      out.add(
          f.getRuleId()
              + " "
              + f.getSeverity()
              + " "
              + f.getMessageKey()
              + " "
              + f.getArguments()
              + " "
              + f.getMessage()
              + " @ "
              + f.getPath().replaceAll("/[0-9]+(?=/|$)", "/#")
              + " = "
              + value(document.at(f.getPath())));
    }
    out.sort(null);
    return out;
  }

  /**
   * What a finding points at, compared up to spelling: the writer puts set elements in its own
   * order and spells values its own way ({@code PT0H} as {@code PT0S}, {@code 1.0} as {@code 1}),
   * so an object or array counts by its kind and size, a number by its value, and text that is a
   * duration or a date-time by what it denotes.
   */
  private static String value(JsonNode node) {
    if (node.isContainerNode()) {
      return node.getNodeType() + "(" + node.size() + ")";
    }
    if (node.isNumber()) {
      return node.decimalValue().stripTrailingZeros().toPlainString();
    }
    if (node.isTextual()) {
      String text = node.textValue();
      try {
        return Duration.parse(text).toString();
      } catch (DateTimeParseException notDuration) {
        // not a duration
      }
      try {
        return OffsetDateTime.parse(text).toString();
      } catch (DateTimeParseException notDateTime) {
        // plain text
      }
    }
    return node.toString();
  }
}
