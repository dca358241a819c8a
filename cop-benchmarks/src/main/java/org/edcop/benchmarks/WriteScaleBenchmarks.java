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
