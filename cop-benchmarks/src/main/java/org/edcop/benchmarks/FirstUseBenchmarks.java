package org.edcop.benchmarks;

import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import org.edcop.json.CopJson;
import org.edcop.json.format.CopJsonLimits;
import org.edcop.model.CommunityOfPractice;
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
 * The first validation, and the first writing, of a plan just read (issue 22), as a batch job or a
 * service does it with each document: before every operation the plan is read afresh from its
 * bytes, so nothing an earlier call left on it (ADR 0012's position hints) remains, except what the
 * reader left. Compare with {@link ValidateScaleBenchmarks#draft} and {@link
 * WriteScaleBenchmarks#writeStream}, which use one plan again and again. Divide by {@code 2 * size}
 * for the cost per element.
 *
 * <p>The reading and a full collection happen in the per-operation set-up, outside the measured
 * time, so the plan is in the old generation as it is in the other benchmarks and no collection
 * copies it during the measured call. The score is therefore wall time (JMH's), not the CPU
 * profiler's, which would count the set-up too; nothing else should run on the machine.
 *
 * @since 0.2.0
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgsAppend = "-Xmx6g")
public class FirstUseBenchmarks {

  /** Members, and meetings, in the plan. */
  @Param({"100", "10000", "100000"})
  public int size;

  private byte[] json;
  private CopJson copJson;
  private CopValidator validator;
  private CommunityOfPractice plan;

  /** Creates the benchmark state; JMH calls this. */
  public FirstUseBenchmarks() {}

  /** Writes the plan's bytes once per size, with a document limit that admits them. */
  @Setup(Level.Trial)
  public void prepare() {
    json = BenchPlans.json(BenchPlans.plan(size));
    CopJsonLimits limits = CopJsonLimits.DEFAULTS;
    copJson =
        CopJson.builder()
            .limits(
                new CopJsonLimits(
                    Math.max(json.length, limits.maxDocumentBytes()),
                    limits.maxNestingDepth(),
                    limits.maxStringLength()))
            .build();
    validator = CopValidator.defaults();
  }

  /** Reads the plan afresh before each operation and promotes it. */
  @Setup(Level.Invocation)
  public void readAfresh() {
    plan = null;
    CommunityOfPractice fresh = copJson.readPlan(json);
    if (fresh.getPractice().getMeetings().size() != size) {
      throw new IllegalStateException("the plan did not read back whole");
    }
    System.gc();
    plan = fresh;
  }

  /**
   * Validates the plan just read at {@code draft}.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport firstDraft() {
    return validator.validate(plan, Stage.DRAFT);
  }

  /**
   * Writes the plan just read to a stream that drops its bytes.
   *
   * @return the stream, so the call is not removed
   */
  @Benchmark
  public OutputStream firstWrite() {
    OutputStream out = OutputStream.nullOutputStream();
    copJson.writePlan(plan, out);
    return out;
  }
}
