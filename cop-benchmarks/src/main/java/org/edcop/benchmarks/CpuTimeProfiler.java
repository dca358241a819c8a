package org.edcop.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler that reports the CPU time the benchmark JVM used per operation, all its threads
 * together (the benchmark thread, the garbage collector, the JIT compilers), as {@code
 * cpu.time.norm} in µs/op. Wall time is what a user waits, but on a machine shared with other work
 * it mostly measures the neighbours; CPU time hardly moves when the machine is busy, and it still
 * charges the operation for the garbage it makes. Use it with {@code -prof
 * org.edcop.benchmarks.CpuTimeProfiler}.
 */
public final class CpuTimeProfiler implements InternalProfiler {

  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private long startNanos;

  /** Creates the profiler; JMH calls this once per fork. */
  public CpuTimeProfiler() {}

  @Override
  public String getDescription() {
    return "process CPU time per operation (benchmark, GC and JIT threads together)";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
    startNanos = os.getProcessCpuTime();
  }

  @Override
  public Collection<? extends Result<?>> afterIteration(
      BenchmarkParams benchmark, IterationParams iteration, IterationResult result) {
    long used = os.getProcessCpuTime() - startNanos;
    long ops = result.getMetadata().getAllOps();
    double microsPerOp = ops == 0 ? Double.NaN : used / 1000.0 / ops;
    return List.of(new ScalarResult("cpu.time.norm", microsPerOp, "us/op", AggregationPolicy.AVG));
  }
}
