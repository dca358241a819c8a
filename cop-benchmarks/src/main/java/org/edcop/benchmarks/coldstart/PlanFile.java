package org.edcop.benchmarks.coldstart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.edcop.json.CopJson;
import org.edcop.testing.RandomPlans;

/**
 * Writes a generated plan to a file for the command-line measurements of {@code
 * cop-benchmarks/first-answer.sh} (#22): {@code RandomPlans.ofSize} with the benchmarks' seed,
 * weekly one-hour meetings, written by cop.
 *
 * <p>Usage: {@code PlanFile <members> <meetings> <out.json>}.
 */
public final class PlanFile {

  /** The benchmarks' seed (the same as {@code BenchPlans}). */
  private static final long SEED = 20_261_123L;

  private PlanFile() {}

  /**
   * Writes the plan.
   *
   * @param args members, meetings and the output file
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: PlanFile <members> <meetings> <out.json>");
      System.exit(2);
    }
    int members = Integer.parseInt(args[0]);
    int meetings = Integer.parseInt(args[1]);
    String json = CopJson.defaults().writePlan(RandomPlans.ofSize(SEED, members, meetings));
    Files.write(Path.of(args[2]), json.getBytes(StandardCharsets.UTF_8));
    System.out.println(args[2] + ": " + members + " members, " + meetings + " meetings");
  }
}
