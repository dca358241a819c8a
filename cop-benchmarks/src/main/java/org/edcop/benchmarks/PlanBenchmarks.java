package org.edcop.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.edcop.benchmarks.peer.Peer;
import org.edcop.benchmarks.peer.PeerPlan;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Steady-state cost of reading, writing and validating one plan, for cop, the peer and the floor,
 * on the same bytes. The bytes are written once per size by cop from a seeded random plan with
 * {@code size} members and {@code size} meetings; the set-up checks that cop and the peer both read
 * all of them back before anything is timed.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class PlanBenchmarks {

  /** Members and meetings in the plan. */
  @Param({"10", "100", "1000", "10000"})
  public int size;

  private byte[] json;
  private CommunityOfPractice plan;
  private PeerPlan peerPlan;

  private CopJson copJson;
  private CopValidator copValidator;
  private JsonFactory jsonFactory;
  private ObjectMapper mapper;
  private ValidatorFactory validatorFactory;
  private Validator peerValidator;

  /** Creates the benchmark state; JMH calls this. */
  public PlanBenchmarks() {}

  /**
   * Builds the plan, writes its bytes, sets every contender up once and checks that each reads the
   * whole document.
   *
   * @throws IOException if the peer cannot read cop's bytes
   */
  @Setup(Level.Trial)
  public void prepare() throws IOException {
    json = BenchPlans.json(BenchPlans.plan(size));
    // the default document limit (8 MB) is below a plan of 100,000 members and meetings (#22)
    CopJsonLimits limits = CopJsonLimits.DEFAULTS;
    copJson =
        json.length <= limits.maxDocumentBytes()
            ? CopJson.defaults()
            : CopJson.builder()
                .limits(
                    new CopJsonLimits(
                        json.length, limits.maxNestingDepth(), limits.maxStringLength()))
                .build();
    copValidator = CopValidator.defaults();
    mapper = Peer.newMapper();
    jsonFactory = mapper.getFactory();
    validatorFactory = Peer.newValidatorFactory();
    peerValidator = validatorFactory.getValidator();

    plan = copJson.readPlan(json);
    peerPlan = mapper.readValue(json, PeerPlan.class);
    check("cop members", plan.getCommunity().getMembership().getMembers().size());
    check("cop meetings", plan.getPractice().getMeetings().size());
    check("peer members", peerPlan.community().membership().members().size());
    check("peer meetings", peerPlan.practice().meetings().size());
  }

  private void check(String what, int count) {
    if (count != size) {
      throw new IllegalStateException(what + ": expected " + size + " but read " + count);
    }
  }

  /** Closes the peer's validator factory. */
  @TearDown(Level.Trial)
  public void close() {
    validatorFactory.close();
  }

  /**
   * The floor: a token walk reading every value.
   *
   * @param sink consumes each value
   * @return the token count
   * @throws IOException never, on these bytes
   */
  @Benchmark
  public int readFloor(Blackhole sink) throws IOException {
    return TokenWalk.walk(jsonFactory, json, sink);
  }

  /**
   * cop reads the bytes into the model.
   *
   * @return the plan
   */
  @Benchmark
  public CommunityOfPractice readCop() {
    return copJson.readPlan(json);
  }

  /**
   * The peer reads the bytes into records.
   *
   * @return the records
   * @throws IOException never, on these bytes
   */
  @Benchmark
  public PeerPlan readPeer() throws IOException {
    return mapper.readValue(json, PeerPlan.class);
  }

  /**
   * cop writes the model.
   *
   * @return the JSON
   */
  @Benchmark
  public String writeCop() {
    return copJson.writePlan(plan);
  }

  /**
   * cop writes the model in the pretty form (the sample files', the CLI's).
   *
   * @return the JSON
   */
  @Benchmark
  public String writeCopPretty() {
    return copJson.writePlanPretty(plan);
  }

  /**
   * The peer writes the records.
   *
   * @return the JSON
   * @throws IOException never
   */
  @Benchmark
  public String writePeer() throws IOException {
    return mapper.writeValueAsString(peerPlan);
  }

  /**
   * cop validates at {@code draft}.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport validateDraftCop() {
    return copValidator.validate(plan, Stage.DRAFT);
  }

  /**
   * cop validates at {@code launch}.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport validateLaunchCop() {
    return copValidator.validate(plan, Stage.LAUNCH);
  }

  /**
   * Hibernate Validator checks the records' integrity constraints.
   *
   * @return the violations
   */
  @Benchmark
  public Set<ConstraintViolation<PeerPlan>> validateDraftPeer() {
    return peerValidator.validate(peerPlan);
  }

  /**
   * Hibernate Validator checks the records' integrity and launch constraints.
   *
   * @return the violations
   */
  @Benchmark
  public Set<ConstraintViolation<PeerPlan>> validateLaunchPeer() {
    return peerValidator.validate(peerPlan, PeerPlan.Launch.class);
  }
}
