package org.edcop.benchmarks;

import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.edcop.json.CopJson;
import org.edcop.model.CommunityOfPractice;
import org.edcop.validation.CopValidator;
import org.edcop.validation.Stage;

/**
 * Writing's cost per element on one JVM, with or without a young collection before the plan is
 * compacted (issue 22, docs/performance.md, "Where the plan lies in memory"). It builds two plans
 * of the benchmarks' shape, optionally validates a third one first (which, at 10,000 members and
 * meetings and with a 2 GB heap, makes the collector copy the two while they are young), then runs
 * a full collection, writes the first plan to a null stream for 15 s and times three 5 s rounds of
 * writing the second by the thread's CPU clock. Run it as {@code java -Xms2g -Xmx2g -cp
 * cop-benchmarks/target/benchmarks.jar org.edcop.benchmarks.LayoutProbe 10000 validate} (or {@code
 * none}).
 *
 * @since 0.2.0
 */
public final class LayoutProbe {

  private LayoutProbe() {}

  /**
   * Prints how many young collections ran before the full one, then writing's CPU time per element
   * in three rounds.
   *
   * @param args the plans' size (members, and meetings), and {@code validate} or {@code none}
   */
  public static void main(String[] args) {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    boolean validateFirst = args.length > 1 && args[1].equals("validate");
    CommunityOfPractice warm = BenchPlans.plan(size);
    CommunityOfPractice measured = BenchPlans.plan(size);
    if (validateFirst) {
      CopValidator.defaults().validate(BenchPlans.plan(size), Stage.DRAFT);
    }
    long young = youngCollections();
    System.gc();
    System.out.printf(
        Locale.ROOT,
        "size %d, %s first: %d young collections before the full one%n",
        size,
        validateFirst ? "a validation" : "nothing",
        young);
    CopJson json = CopJson.defaults();
    write(json, warm, size, 15);
    for (int round = 1; round <= 3; round++) {
      System.out.printf(
          Locale.ROOT,
          "round %d: %.0f ns of CPU per element%n",
          round,
          write(json, measured, size, 5));
    }
  }

  /** Writes the plan for a number of seconds; returns the thread's CPU time per element. */
  private static double write(CopJson json, CommunityOfPractice plan, int size, int seconds) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    long start = threads.getCurrentThreadCpuTime();
    long writes = 0;
    while (System.nanoTime() < end) {
      json.writePlan(plan, OutputStream.nullOutputStream());
      writes++;
    }
    return (threads.getCurrentThreadCpuTime() - start) / (writes * 2.0 * size);
  }

  private static long youngCollections() {
    long count = 0;
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (collector.getName().contains("Young")) {
        count += collector.getCollectionCount();
      }
    }
    return count;
  }
}
