package org.edcop.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.edcop.json.CopJson;
import org.edcop.json.format.CopJsonLimits;
import org.edcop.model.CommunityOfPractice;
import org.edcop.testing.CollidingIds;
import org.edcop.validation.CopValidator;
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
 * The adversarial case of issue 14: a plan whose member ids all share one hash code (roster and one
 * meeting's attendance), read and validated. Before member ids ordered themselves, 20,000 such ids
 * took 30–46 s and 100,000 did not finish; the goal is 100,000 in under 2 s.
 *
 * @since 0.2.0
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class CollidingIdsBenchmarks {

  /** How many members (and attendees). */
  @Param({"20000", "100000"})
  public int ids;

  private byte[] json;
  private CopJson copJson;
  private CopValidator validator;

  /** Creates the benchmark state; JMH calls this. */
  public CollidingIdsBenchmarks() {}

  /** Builds the document once. */
  @Setup(Level.Trial)
  public void prepare() {
    json = CollidingIds.plan(ids).getBytes(StandardCharsets.UTF_8);
    copJson = CopJson.builder().limits(new CopJsonLimits(64L << 20, 64, 1_000_000)).build();
    validator = CopValidator.defaults();
  }

  /**
   * Reads the plan.
   *
   * @return the plan
   */
  @Benchmark
  public CommunityOfPractice read() {
    return copJson.readPlan(json);
  }

  /**
   * Reads and validates the plan for launch.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport readAndValidate() {
    return validator.validate(copJson.readPlan(json), Stage.LAUNCH);
  }
}
