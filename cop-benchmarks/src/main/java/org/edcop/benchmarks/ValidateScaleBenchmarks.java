package org.edcop.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.Meeting;
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
 * Validation alone at sizes up to 100,000 members and meetings (issue 22): the plan is the
 * benchmark suite's seeded random plan, built in memory, so no reader limit applies and the set-up
 * does not hold a second copy of the plan. Divide the score by {@code 2 * size} for the cost per
 * element; the goal is the same cost per element at every size.
 *
 * <p>The defaults fit the largest size: at 100,000 members and meetings one operation takes 0.3-1
 * s, so an iteration holds only a few operations, and the first ones still carry the JIT's work and
 * the promotion of the freshly built plan to the old generation (warm-up iterations were seen to go
 * 2 s, 0.9 s, 0.8 s and settle only after about eight). Hence ten warm-up iterations of 2 s, five
 * measured ones of 4 s, and a full collection after the set-up, so that the plan is promoted before
 * the first warm-up iteration rather than during the measured ones.
 *
 * <p>Building a plan of 10,000 or more members and meetings takes young collections, which copy the
 * plan before that full collection does; {@code bench/layout.sh} compares this with a plan kept in
 * the order it was built ({@code -Xmn4g}: no collection during the build), with {@link
 * PlanWalkBenchmarks} as the floor (docs/performance.md, "Where the plan lies in memory").
 *
 * @since 0.2.0
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgsAppend = "-Xmx6g")
public class ValidateScaleBenchmarks {

  /** Members, and meetings, in the plan. */
  @Param({"100", "10000", "100000"})
  public int size;

  private CommunityOfPractice plan;
  private LocalDate runningAsOf;
  private CopValidator validator;

  /** Creates the benchmark state; JMH calls this. */
  public ValidateScaleBenchmarks() {}

  /** Builds the plan once per size. */
  @Setup(Level.Trial)
  public void prepare() {
    plan = BenchPlans.plan(size);
    List<Meeting> meetings = plan.getPractice().getMeetings();
    // half of the meetings lie before the as-of day of the running stage
    runningAsOf =
        meetings
            .get(meetings.size() / 2)
            .getStart()
            .orElseThrow()
            .atZoneSameInstant(plan.getTimeZone())
            .toLocalDate();
    validator = CopValidator.defaults();
    // promote the plan now, not in the measured iterations (see the class comment)
    System.gc();
  }

  /**
   * Validates at {@code draft}.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport draft() {
    return validator.validate(plan, Stage.DRAFT);
  }

  /**
   * Validates at {@code launch}.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport launch() {
    return validator.validate(plan, Stage.LAUNCH);
  }

  /**
   * Validates at {@code running}, as of the day of the middle meeting.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport running() {
    return validator.validate(plan, Stage.RUNNING, runningAsOf);
  }
}
