package org.edcop.benchmarks;

import java.nio.charset.StandardCharsets;
import org.edcop.json.CopJson;
import org.edcop.model.CommunityOfPractice;
import org.edcop.testing.RandomPlans;

/**
 * The plans every benchmark works on: complete-looking random plans of realistic shape with a fixed
 * seed, and their JSON as written once by cop. Every contender reads these same bytes.
 */
final class BenchPlans {

  /** The seed of every generated plan, so runs are comparable. */
  static final long SEED = 20_261_123L;

  /** Members and meetings of the cold-start sample: a typical district community. */
  static final int COLD_START_SIZE = 30;

  private BenchPlans() {}

  /**
   * A plan with {@code size} members and {@code size} meetings.
   *
   * @param size members and meetings
   * @return the plan
   */
  static CommunityOfPractice plan(int size) {
    return RandomPlans.ofSize(SEED, size, size);
  }

  /**
   * A plan's JSON as cop writes it.
   *
   * @param plan the plan
   * @return UTF-8 bytes
   */
  static byte[] json(CommunityOfPractice plan) {
    return CopJson.defaults().writePlan(plan).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The cold-start sample's JSON.
   *
   * @return UTF-8 bytes
   */
  static byte[] coldStartSample() {
    return json(plan(COLD_START_SIZE));
  }
}
