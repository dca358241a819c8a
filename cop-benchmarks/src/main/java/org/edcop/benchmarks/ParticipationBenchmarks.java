package org.edcop.benchmarks;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.edcop.model.Community;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.Meeting;
import org.edcop.model.Member;
import org.edcop.model.MemberId;
import org.edcop.model.Membership;
import org.edcop.model.ParticipationTier;
import org.edcop.model.Person;
import org.edcop.model.Practice;
import org.edcop.running.Participation;
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
 * Cost of {@link Participation#of} with its health summary and tier drift, for {@code members}
 * members and {@code members / 5} weekly meetings (10,000 members and 2,000 meetings at the top),
 * each attended by a rotating twentieth of the roster. Divide the score by {@link #elements()}
 * (members + meetings + attendance entries) for the per-element cost.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class ParticipationBenchmarks {

  /** Members on the roster; meetings are a fifth of it. */
  @Param({"100", "10000"})
  public int members;

  private CommunityOfPractice plan;
  private LocalDate asOf;

  /** Creates the benchmark state; JMH calls this. */
  public ParticipationBenchmarks() {}

  /** Builds the plan once per trial. */
  @Setup(Level.Trial)
  public void prepare() {
    plan = plan(members);
    asOf = LocalDate.of(2100, 1, 1);
  }

  /**
   * A plan with {@code size} members (tiers by id) and {@code size / 5} weekly meetings.
   *
   * @param size the members
   * @return the plan
   */
  static CommunityOfPractice plan(int size) {
    ParticipationTier[] tiers = {
      ParticipationTier.CORE,
      ParticipationTier.ACTIVE,
      ParticipationTier.ACTIVE,
      ParticipationTier.OCCASIONAL,
      ParticipationTier.PERIPHERAL
    };
    List<Member> roster = new ArrayList<>(size);
    List<MemberId> ids = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      MemberId id = MemberId.of("m" + i);
      ids.add(id);
      roster.add(Member.builder().id(id).person(Person.of("P" + i)).tier(tiers[i % 5]).build());
    }
    ZoneId zone = ZoneId.of("America/Edmonton");
    OffsetDateTime first = OffsetDateTime.parse("2026-09-08T16:00:00-06:00");
    int meetingCount = size / 5;
    int perMeeting = Math.max(1, size / 20);
    List<Meeting> meetings = new ArrayList<>(meetingCount);
    for (int k = 0; k < meetingCount; k++) {
      OffsetDateTime start = first.plusWeeks(k);
      var b = Meeting.builder().id("k" + k).start(start).end(start.plusMinutes(90));
      for (int j = 0; j < perMeeting; j++) {
        b.addAttendance(ids.get((k * 7 + j) % size));
      }
      meetings.add(b.build());
    }
    return CommunityOfPractice.builder()
        .id("bench")
        .name("Bench")
        .authority("Bench")
        .timeZone(zone)
        .community(
            Community.builder()
                .membership(Membership.builder().addAllMembers(roster).build())
                .build())
        .practice(Practice.builder().addAllMeetings(meetings).build())
        .build();
  }

  /**
   * Members + meetings + attendance entries of the benchmarked plan.
   *
   * @return the element count
   */
  public long elements() {
    long attendance = 0;
    for (Meeting meeting : plan.getPractice().getMeetings()) {
      attendance += meeting.getAttendance().size();
    }
    return plan.getCommunity().getMembership().getMembers().size()
        + plan.getPractice().getMeetings().size()
        + attendance;
  }

  /**
   * Participation with its health summary and tier drift.
   *
   * @return a value JMH consumes
   */
  @Benchmark
  public int participation() {
    Participation p = Participation.of(plan, asOf);
    return p.health().membersProperActive() + p.tierDrift().size() + p.tiers().size();
  }
}
