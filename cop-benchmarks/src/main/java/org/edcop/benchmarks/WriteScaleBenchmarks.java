package org.edcop.benchmarks;

import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import org.edcop.json.CopJson;
import org.edcop.model.CommunityOfPractice;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writing alone, up to sizes {@link PlanBenchmarks} cannot set up (its read-back needs the default
 * document limit): the cost per element from 100 to 100,000 members and meetings (#22). Writing to
 * a string includes the text buffer's growth; writing to a stream that drops every byte leaves it
 * out, so the two together show how much of any growth the buffer causes.
 *
 * <p>From 10,000 members and meetings on, where the plan's objects lie decides much of the cost:
 * with the plan compacted in the order it was built, writing costs about the same per element at
 * 100 and at 10,000; once young collections have copied the plan, 1.7 to 1.8 times as much. {@code
 * bench/layout.sh} runs both side by side, with {@link PlanWalkBenchmarks} as the floor
 * (docs/performance.md, "Where the plan lies in memory").
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class WriteScaleBenchmarks {

  /** Members and meetings in the plan. */
  @Param({"100", "10000", "100000"})
  public int size;

  private CommunityOfPractice plan;
  private CopJson copJson;

  /** Creates the benchmark state; JMH calls this. */
  public WriteScaleBenchmarks() {}

  /** Builds the plan once per size and checks that it writes. */
  @Setup(Level.Trial)
  public void prepare() {
    plan = BenchPlans.plan(size);
    copJson = CopJson.defaults();
    if (copJson.writePlan(plan).isEmpty()) {
      throw new IllegalStateException("the plan wrote no text");
    }
    // promote the plan now, as ValidateScaleBenchmarks does: a young collection in the measured
    // iterations would otherwise copy it, on the clock of the CPU profiler
    System.gc();
  }

  /**
   * cop writes the plan to a string.
   *
   * @return the JSON
   */
  @Benchmark
  public String writeString() {
    return copJson.writePlan(plan);
  }

  /**
   * cop writes the plan to a stream that drops its bytes.
   *
   * @return the stream, so the call is not removed
   */
  @Benchmark
  public OutputStream writeStream() {
    OutputStream out = OutputStream.nullOutputStream();
    copJson.writePlan(plan, out);
    return out;
  }
}
