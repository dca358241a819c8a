package org.edcop.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.edcop.json.CopJson;
import org.edcop.model.CommunityOfPractice;
import org.edcop.testing.Mistake;
import org.edcop.testing.RandomPlans;
import org.edcop.testing.Thoroughness;
import org.edcop.validation.CopValidator;
import org.edcop.validation.Stage;
import org.edcop.validation.ValidationReport;
import org.junit.jupiter.api.Test;

/**
 * One validator and one JSON facade shared by {@value #THREADS} threads over {@link #PLANS} seeded
 * plans (a third of them with integrity mistakes planted) give exactly what one thread gives: the
 * same bytes written, the same plan read back, the same report at every stage and the same report
 * bytes. The threads start together and each takes its plans in its own shuffled order, so the
 * shared instances are used by many threads at once on different plans.
 */
class ConcurrencyTest {

  /** 300 plans by default, 2,000 under {@code -Pthorough}. */
  static final int PLANS = Thoroughness.count(300, 2_000);

  static final int THREADS = 16;

  private static final CopJson JSON = CopJson.defaults();
  private static final CopValidator VALIDATOR = CopValidator.defaults();

  /** Everything one plan goes through: written, read back, validated, report written. */
  record Outcome(
      String written,
      CommunityOfPractice read,
      Map<Stage, ValidationReport> reports,
      Map<Stage, String> reportBytes) {}

  static CommunityOfPractice plan(long seed) {
    if (Math.floorMod(seed, 3) != 0) {
      return RandomPlans.generate(seed);
    }
    Random random = new Random(seed);
    Set<Mistake> mistakes = EnumSet.noneOf(Mistake.class);
    for (Mistake mistake : Mistake.values()) {
      if (random.nextInt(4) == 0) {
        mistakes.add(mistake);
      }
    }
    return RandomPlans.generate(seed, mistakes);
  }

  static Outcome process(CommunityOfPractice plan) {
    String written = JSON.writePlan(plan);
    CommunityOfPractice read = JSON.readPlan(written);
    Map<Stage, ValidationReport> reports = new EnumMap<>(Stage.class);
    Map<Stage, String> reportBytes = new EnumMap<>(Stage.class);
    for (Stage stage : Stage.values()) {
      ValidationReport report = VALIDATOR.validate(read, stage);
      reports.put(stage, report);
      reportBytes.put(stage, JSON.writeReport(report));
    }
    return new Outcome(written, read, reports, reportBytes);
  }

  @Test
  void sixteenThreadsSharingOneValidatorAndOneFacadeGiveTheSingleThreadedResults()
      throws Exception {
    long[] seeds = RandomPlans.seeds(PLANS).toArray();
    List<CommunityOfPractice> plans = new ArrayList<>(PLANS);
    for (long seed : seeds) {
      plans.add(plan(seed));
    }

    long start = System.nanoTime();
    List<Outcome> expected = new ArrayList<>(PLANS);
    for (CommunityOfPractice plan : plans) {
      expected.add(process(plan));
    }
    long singleNanos = System.nanoTime() - start;

    Outcome[] actual = new Outcome[PLANS];
    CountDownLatch ready = new CountDownLatch(THREADS);
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    long sharedNanos;
    try {
      List<Future<Integer>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        List<Integer> mine = new ArrayList<>();
        for (int i = t; i < PLANS; i += THREADS) {
          mine.add(i);
        }
        Collections.shuffle(mine, new Random(t));
        Callable<Integer> worker =
            () -> {
              ready.countDown();
              go.await();
              for (int i : mine) {
                actual[i] = process(plans.get(i));
              }
              return mine.size();
            };
        workers.add(pool.submit(worker));
      }
      assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
      start = System.nanoTime();
      go.countDown();
      int done = 0;
      for (Future<Integer> worker : workers) {
        done += worker.get(5, TimeUnit.MINUTES);
      }
      sharedNanos = System.nanoTime() - start;
      assertThat(done).isEqualTo(PLANS);
    } finally {
      pool.shutdownNow();
    }

    int findings = 0;
    for (int i = 0; i < PLANS; i++) {
      assertThat(actual[i]).as("plan %d (seed %d)", i, seeds[i]).isEqualTo(expected.get(i));
      assertThat(actual[i].read()).isEqualTo(plans.get(i));
      for (ValidationReport report : expected.get(i).reports().values()) {
        findings += report.getFindings().size();
      }
    }
    // guards against comparing empty results: the plans give many findings
    assertThat(findings).isGreaterThan(PLANS);
    System.out.printf(
        "concurrency: %d plans x %d stages, %d findings; 1 thread %d ms, %d threads %d ms%n",
        PLANS,
        Stage.values().length,
        findings,
        singleNanos / 1_000_000,
        THREADS,
        sharedNanos / 1_000_000);
  }
}
