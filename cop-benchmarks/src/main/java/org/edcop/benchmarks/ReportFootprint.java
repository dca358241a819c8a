package org.edcop.benchmarks;

import java.util.Locale;
import org.edcop.model.CommunityOfPractice;
import org.edcop.validation.CopValidator;
import org.edcop.validation.Stage;
import org.edcop.validation.ValidationReport;

/**
 * How much memory a validation report holds: the heap in use after full collections with the report
 * kept, less the heap in use before it was made, for the benchmarks' plan of a given size validated
 * at {@code draft} (issue 22, docs/adr/0013). Run it with a collector that compacts fully, e.g.
 * {@code java -XX:+UseSerialGC -cp cop-benchmarks/target/benchmarks.jar
 * org.edcop.benchmarks.ReportFootprint 100000}.
 *
 * @since 0.2.0
 */
public final class ReportFootprint {

  private ReportFootprint() {}

  /**
   * Prints the number of findings and the bytes the report holds, in all and per finding.
   *
   * @param args the plan's size (members, and meetings); 100,000 if none is given
   */
  public static void main(String[] args) {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    CommunityOfPractice plan = BenchPlans.plan(size);
    CopValidator validator = CopValidator.defaults();
    validator.validate(plan, Stage.DRAFT); // first, so that what a first call builds is counted out
    long before = heapInUse();
    ValidationReport report = validator.validate(plan, Stage.DRAFT);
    long held = heapInUse() - before;
    int findings = report.getFindings().size();
    System.out.printf(
        Locale.ROOT,
        "size %d: %d findings; the report holds %.1f MB, %.0f bytes per finding%n",
        size,
        findings,
        held / 1e6,
        findings == 0 ? 0.0 : held / (double) findings);
    // the report must still be reachable here, or the collections above could free it
    java.lang.ref.Reference.reachabilityFence(report);
  }

  private static long heapInUse() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 4; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
