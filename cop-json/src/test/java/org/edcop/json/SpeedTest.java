package org.edcop.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.edcop.json.format.internal.PlanWire;
import org.edcop.model.CommunityOfPractice;
import org.edcop.testing.RandomPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A rough timing of the facade against plain Jackson on the same bytes, for the ADR; not a
 * benchmark harness (JMH would be), so it runs only on request:
 *
 * <pre>
 * mvn -pl cop-json -am test -Dcop.speed=true -Dtest=SpeedTest -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * and prints to the test's output file.
 */
@EnabledIfSystemProperty(named = "cop.speed", matches = "true")
class SpeedTest {

  private static final int ROUNDS = 7;

  @Test
  void compareRoutes() throws IOException {
    measure("typical plan (40 members, 30 meetings)", RandomPlans.ofSize(7, 40, 30));
    measure("large plan (2000 members, 1000 meetings)", RandomPlans.ofSize(7, 2000, 1000));
  }

  private static void measure(String label, CommunityOfPractice plan) throws IOException {
    CopJson json = CopJson.defaults();
    byte[] bytes = json.writePlan(plan).getBytes(StandardCharsets.UTF_8);
    JsonFactory factory = new JsonFactory();
    ObjectMapper plain = new ObjectMapper().registerModule(new CopJsonModule());
    int iterations = Math.max(5, 20_000_000 / bytes.length);
    System.out.printf(
        Locale.ROOT, "%s: %,d bytes, %d iterations%n", label, bytes.length, iterations);

    report(
        "token walk (jackson-core only)",
        bytes.length,
        iterations,
        () -> {
          try (JsonParser parser = factory.createParser(bytes)) {
            int tokens = 0;
            while (parser.nextToken() != null) {
              tokens++;
            }
            return tokens;
          }
        });
    report("plain databind: readTree", bytes.length, iterations, () -> plain.readTree(bytes));
    report(
        "plain databind: wire records only",
        bytes.length,
        iterations,
        () -> plain.readValue(bytes, PlanWire.CommunityOfPractice.class));
    report(
        "module on a plain mapper: model",
        bytes.length,
        iterations,
        () -> plain.readValue(bytes, CommunityOfPractice.class));
    PlanWire.CommunityOfPractice wire = plain.readValue(bytes, PlanWire.CommunityOfPractice.class);
    report(
        "mapping only: wire records to model",
        bytes.length,
        iterations,
        () -> org.edcop.json.format.internal.PlanMapping.toModel(wire, false));
    report(
        "mapping only: model to wire records",
        bytes.length,
        iterations,
        () -> org.edcop.json.format.internal.PlanMapping.toWire(plan));
    report(
        "CopJson.readPlan (hardened, model)", bytes.length, iterations, () -> json.readPlan(bytes));
    report("CopJson.writePlan (compact)", bytes.length, iterations, () -> json.writePlan(plan));
    report("CopJson.writePlanPretty", bytes.length, iterations, () -> json.writePlanPretty(plan));
    assertThat(json.readPlan(bytes)).isEqualTo(plan);
  }

  interface Work {
    Object run() throws IOException;
  }

  private static void report(String what, int size, int iterations, Work work) throws IOException {
    double best = Double.MAX_VALUE;
    Object sink = null;
    for (int round = 0; round < ROUNDS; round++) {
      long start = System.nanoTime();
      for (int i = 0; i < iterations; i++) {
        sink = work.run();
      }
      best = Math.min(best, (System.nanoTime() - start) / (double) iterations);
    }
    assertThat(sink).isNotNull();
    System.out.printf(
        Locale.ROOT,
        "  %-40s %10.1f µs/doc %8.1f MB/s%n",
        what,
        best / 1000,
        size / (best / 1e9) / 1e6);
  }
}
