package org.edcop.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.edcop.json.CopJson;
import org.edcop.model.CommunityOfPractice;
import org.edcop.validation.CopMessages;
import org.edcop.validation.CopValidator;
import org.edcop.validation.Finding;
import org.edcop.validation.Stage;
import org.edcop.validation.ValidationReport;
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
 * The first call in a fresh JVM, timed inside the process (#22): what a service or a batch job pays
 * for its first plan, without the JVM's own start. Every fork is a new JVM that has not touched a
 * cop class (the set-up only reads the file's bytes); the one measured call reads the plan, builds
 * the default codec and validator on the way, validates at {@code launch} and renders every
 * finding's message in English and French. Ten forks, one shot each: JMH reports their median and
 * spread. Compare with {@link PlanBenchmarks}' warm {@code readCop} plus {@code validateLaunchCop}
 * at the same size for the steady state.
 *
 * <p>The file is a parameter ({@code -p file=...}), relative to the directory JMH is started in;
 * the default is the repository's {@code samples/system-leaders.json}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
@State(Scope.Benchmark)
public class FirstCallBenchmarks {

  /** The plan file, relative to the working directory. */
  @Param({"samples/system-leaders.json"})
  public String file;

  private byte[] json;

  /** Creates the benchmark state; JMH calls this. */
  public FirstCallBenchmarks() {}

  /**
   * Reads the file's bytes, touching no cop class.
   *
   * @throws IOException if the file cannot be read
   */
  @Setup(Level.Trial)
  public void readBytes() throws IOException {
    json = Files.readAllBytes(Path.of(file));
  }

  /**
   * Reads, validates and renders, the first time in this JVM.
   *
   * @return the total length of the rendered messages
   */
  @Benchmark
  public int readValidateRender() {
    CommunityOfPractice plan = CopJson.defaults().readPlan(json);
    ValidationReport report = CopValidator.defaults().validate(plan, Stage.LAUNCH);
    int length = 0;
    for (Finding finding : report.getFindings()) {
      length += CopMessages.message(finding, Locale.ENGLISH).length();
      length += CopMessages.message(finding, Locale.FRENCH).length();
    }
    return length;
  }
}
