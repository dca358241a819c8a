package org.edcop.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.edcop.benchmarks.coldstart.ColdStartMain;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cold start: each invocation starts a fresh JVM ({@link ColdStartMain}) that reads one sample
 * plan, validates it for launch, prints the result and exits; the score is the wall time of the
 * whole process, as a user running a command or a serverless function would see it. The same bytes
 * (written by cop) go to cop, to the peer, and to a process that only reads them (the JVM's own
 * share). Child JVMs run with the same {@code java} and class path as the benchmark, and no extra
 * flags.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 10)
@Fork(1)
@State(Scope.Benchmark)
public class ColdStartBenchmarks {

  private Path sample;

  /** Creates the benchmark state; JMH calls this. */
  public ColdStartBenchmarks() {}

  /**
   * Writes the sample plan to a temporary file once.
   *
   * @throws IOException if the file cannot be written
   */
  @Setup(Level.Trial)
  public void writeSample() throws IOException {
    sample = Files.createTempFile("cop-cold-start-", ".json");
    Files.write(sample, BenchPlans.coldStartSample());
  }

  /**
   * Deletes the sample file.
   *
   * @throws IOException if it cannot be deleted
   */
  @TearDown(Level.Trial)
  public void deleteSample() throws IOException {
    Files.deleteIfExists(sample);
  }

  /**
   * A JVM that only reads the file: the share no library can save.
   *
   * @return the child's output
   * @throws Exception if the child fails
   */
  @Benchmark
  public String jvmOnly() throws Exception {
    return run("jvm");
  }

  /**
   * A JVM that reads the plan with cop and validates it for launch.
   *
   * @return the child's output
   * @throws Exception if the child fails
   */
  @Benchmark
  public String cop() throws Exception {
    return run("cop");
  }

  /**
   * A JVM that reads the plan into records and validates them with Hibernate Validator.
   *
   * @return the child's output
   * @throws Exception if the child fails
   */
  @Benchmark
  public String peer() throws Exception {
    return run("peer");
  }

  private String run(String mode) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    ColdStartMain.class.getName(),
                    mode,
                    sample.toString()))
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = process.waitFor();
    if (exit != 0) {
      throw new IllegalStateException(
          "cold start '" + mode + "' exited with " + exit + ": " + output);
    }
    return output;
  }
}
