package org.edcop.hardening;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.edcop.json.CopJson;
import org.edcop.json.format.CopJsonException;
import org.edcop.model.CommunityOfPractice;

/**
 * Coverage-guided fuzz target for the JSON facade: whatever bytes arrive, {@link
 * CopJson#readPlan(byte[])} either returns a plan or throws {@link CopJsonException} that names a
 * kind, a JSON Pointer and a position. Any other throwable (a runtime exception, a stack overflow,
 * running out of memory) fails the test, and so does an input that runs longer than the per-input
 * bound set in {@code junit-platform.properties} (libFuzzer's {@code -timeout} while fuzzing). A
 * plan that reads must also come back unchanged through {@code writePlan}.
 *
 * <p>Without {@code JAZZER_FUZZ} this replays the stored inputs under {@code
 * JsonReaderFuzzTestInputs/readPlan/} as an ordinary test; with {@code JAZZER_FUZZ=1} it fuzzes for
 * {@link #DURATION} (see docs/reliability.md for the commands).
 */
class JsonReaderFuzzTest {

  /** How long one fuzzing run lasts; the CLI command in docs/reliability.md takes any length. */
  static final String DURATION = "15m";

  private static final CopJson JSON = CopJson.defaults();

  static {
    // warm up outside the timed inputs: class loading, message files, standards catalog
    Invariants.warmUp();
  }

  @FuzzTest(maxDuration = DURATION)
  void readPlan(byte[] document) {
    CommunityOfPractice plan;
    try {
      plan = JSON.readPlan(document);
    } catch (CopJsonException e) {
      Invariants.checkTypedError(e, document);
      return;
    }
    Invariants.checkRoundTrip(plan);
  }
}
