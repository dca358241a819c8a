package org.edcop.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.Meeting;
import org.edcop.model.Member;
import org.edcop.model.MemberId;
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
 * The floor under {@link ValidateScaleBenchmarks} and {@link WriteScaleBenchmarks} (issue 22): one
 * pass that only reads, once each, the model objects a write of the plan reads and most of those a
 * validation reads (each member's id, name and tier; each meeting's id, title, topics and every
 * attendee's id; a meeting's start and end are held in the meeting object, which reading its id
 * reaches), and adds up their lengths so that no read can be left out. It allocates nothing and
 * does no work of its own, so what its cost per element gains from 100 to 100,000 members and
 * meetings is the cost of reaching a plan that no longer fits in the processor's caches. That cost
 * depends on where the collector has put the plan's objects: {@code bench/layout.sh} measures it
 * with the plan kept in the order it was built and with the plan moved by young collections
 * (docs/performance.md, "Where the plan lies in memory").
 *
 * <p>Same plan, sizes, heap and iterations as {@link ValidateScaleBenchmarks}, so the figures can
 * be put side by side; divide the score by {@code 2 * size} for the cost per element.
 *
 * @since 0.2.0
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgsAppend = "-Xmx6g")
public class PlanWalkBenchmarks {

  /** Members, and meetings, in the plan. */
  @Param({"100", "10000", "100000"})
  public int size;

  private CommunityOfPractice plan;

  /** Creates the benchmark state; JMH calls this. */
  public PlanWalkBenchmarks() {}

  /** Builds the plan once per size, as {@link ValidateScaleBenchmarks} does. */
  @Setup(Level.Trial)
  public void prepare() {
    plan = BenchPlans.plan(size);
    // promote the plan now, not in the measured iterations (see ValidateScaleBenchmarks)
    System.gc();
  }

  /**
   * Reads the plan's members and meetings once.
   *
   * @return the sum of the lengths read
   */
  @Benchmark
  public long walk() {
    long sum = 0;
    List<Member> members = plan.getCommunity().getMembership().getMembers();
    for (int i = 0, n = members.size(); i < n; i++) {
      Member member = members.get(i);
      sum += member.getId().getValue().length();
      sum += member.getPerson().getName().length();
      sum += member.getTier().ordinal();
    }
    List<Meeting> meetings = plan.getPractice().getMeetings();
    for (int i = 0, n = meetings.size(); i < n; i++) {
      Meeting meeting = meetings.get(i);
      sum += meeting.getId().length();
      if (meeting.getTitle().isPresent()) {
        sum += meeting.getTitle().get().length();
      }
      List<String> topics = meeting.getTopics();
      for (int t = 0, k = topics.size(); t < k; t++) {
        sum += topics.get(t).length();
      }
      for (MemberId attendee : meeting.getAttendance()) {
        sum += attendee.getValue().length();
      }
    }
    return sum;
  }
}
