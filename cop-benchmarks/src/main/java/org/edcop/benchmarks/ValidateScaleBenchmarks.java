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
 * @since 0.2.0
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
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
