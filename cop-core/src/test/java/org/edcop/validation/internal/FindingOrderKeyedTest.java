package org.edcop.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.edcop.validation.Finding;
import org.edcop.validation.Section;
import org.edcop.validation.Severity;
import org.junit.jupiter.api.Test;

class FindingOrderKeyedTest {

  private static final String[] SEGMENTS = {"practice", "meetings", "a", "x", "0", "2", "02", "10"};

  private static String path(Random random) {
    StringBuilder path = new StringBuilder();
    int depth = random.nextInt(4);
    for (int i = 0; i < depth; i++) {
      path.append('/').append(SEGMENTS[random.nextInt(SEGMENTS.length)]);
    }
    return path.toString();
  }

  @Test
  void theKeyedOrderIsTheFindingOrderStableIncluded() {
    long seed = new Random().nextLong();
    System.out.println("FindingOrderKeyedTest seed: " + seed);
    Random random = new Random(seed);
    Section[] sections = Section.values();
    for (int round = 0; round < 200; round++) {
      List<Finding> findings = new ArrayList<>();
      int n = random.nextInt(200);
      for (int i = 0; i < n; i++) {
        // few distinct keys, so that many findings tie and the stable order shows
        findings.add(
            Finding.builder()
                .ruleId(random.nextBoolean() ? "rule.b" : new String("rule.a"))
                .messageKey("key")
                .severity(Severity.WARNING)
                .section(sections[random.nextInt(Math.min(3, sections.length))])
                .path(path(random))
                .message("finding " + i)
                .arguments(Map.of())
                .build());
      }
      List<Finding> expected = new ArrayList<>(findings);
      expected.sort(FindingOrder.ORDER);
      List<FindingOrder.Keyed> keyed = new ArrayList<>();
      for (Finding finding : findings) {
        keyed.add(new FindingOrder.Keyed(finding));
      }
      keyed.sort(FindingOrder.KEYED);
      List<Finding> actual = keyed.stream().map(FindingOrder.Keyed::finding).toList();
      // the messages tell the findings apart, ties included
      assertThat(actual).as("seed %d, round %d", seed, round).containsExactlyElementsOf(expected);
    }
  }
}
