package org.edcop.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Map;
import org.edcop.json.CopJson;
import org.edcop.json.format.CopJsonException;
import org.edcop.model.CommunityOfPractice;
import org.edcop.validation.Stage;
import org.edcop.validation.ValidationReport;

/**
 * Coverage-guided fuzz target that feeds every plan the reader accepts to the default validator
 * at each stage: no rule may throw, validation is deterministic, a plan validates the same after
 * a JSON round trip, and each report survives the report format. Documents the reader refuses are
 * covered by {@link JsonReaderFuzzTest} and skipped here.
 *
 * <p>Without {@code JAZZER_FUZZ} this replays the stored inputs under {@code
 * ValidatorFuzzTestInputs/validate/}; see docs/reliability.md for fuzzing.
 */
class ValidatorFuzzTest {

  private static final CopJson JSON = CopJson.defaults();

  @FuzzTest(maxDuration = JsonReaderFuzzTest.DURATION)
  void validate(byte[] document) {
    CommunityOfPractice plan;
    try {
      plan = JSON.readPlan(document);
    } catch (CopJsonException e) {
      return;
    }
    Map<Stage, ValidationReport> reports = Invariants.checkValidation(plan);
    CommunityOfPractice again = JSON.readPlan(JSON.writePlan(plan));
    assertThat(Invariants.checkValidation(again)).as("reports after a JSON round trip").isEqualTo(reports);
  }
}
