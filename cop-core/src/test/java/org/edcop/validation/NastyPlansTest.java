package org.edcop.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.edcop.validation.Plans.*;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.edcop.model.Cadence;
import org.edcop.model.CadenceKind;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.ImmutableCommunityOfPractice;
import org.edcop.model.Leader;
import org.edcop.model.Meeting;
import org.edcop.model.Member;
import org.edcop.model.NormAgreement;
import org.edcop.model.ParticipationTier;
import org.edcop.model.SizeRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hand-made plans at the edges of what the model holds: validation never throws, no built-in rule
 * fails, and the same plan gives the same report every time and from many threads.
 */
class NastyPlansTest {

  private static final OffsetDateTime MIN = OffsetDateTime.MIN;
  private static final OffsetDateTime MAX = OffsetDateTime.MAX;

  static Stream<Arguments> plans() {
    CommunityOfPractice p = Plans.complete();
    List<Arguments> plans = new ArrayList<>();
    add(plans, "bare", CopValidatorTest::bareDraft);
    add(
        plans,
        "extreme meeting times",
        () ->
            practice(
                p,
                x ->
                    x.withMeetings(
                        Meeting.builder().id("a").start(MIN).end(MAX).build(),
                        Meeting.builder().id("b").start(MAX).end(MIN).build(),
                        Meeting.builder().id("c").start(MAX).end(MAX).build(),
                        Meeting.builder().id("d").start(MIN).build(),
                        Meeting.builder().id("e").end(MAX).build(),
                        Meeting.builder()
                            .id("f")
                            .start(MIN.withOffsetSameLocal(ZoneOffset.MAX))
                            .end(MAX.withOffsetSameLocal(ZoneOffset.MIN))
                            .build())));
    add(
        plans,
        "extreme times, every 4 weeks, zone +14",
        () ->
            plan(
                practice(
                    p,
                    x ->
                        x.withMeetings(
                            Meeting.builder().id("a").start(MIN).end(MIN.plusHours(1)).build(),
                            Meeting.builder().id("b").start(MAX.minusHours(1)).end(MAX).build())),
                y -> y.withTimeZone(ZoneOffset.ofHours(14))));
    for (Cadence cadence :
        List.of(
            Cadence.everyWeeks(Integer.MAX_VALUE),
            Cadence.everyWeeks(Integer.MIN_VALUE),
            Cadence.everyWeeks(1),
            Cadence.monthlyOn(5, DayOfWeek.SUNDAY),
            Cadence.monthlyOn(Integer.MIN_VALUE, DayOfWeek.MONDAY),
            Cadence.monthlyOn(1, DayOfWeek.MONDAY),
            Cadence.builder().kind(CadenceKind.MONTHLY).build(),
            Cadence.builder().kind(CadenceKind.MONTHLY).dayOfWeek(DayOfWeek.FRIDAY).build(),
            Cadence.builder().kind(CadenceKind.MONTHLY).weekOfMonth(2).build())) {
      add(
          plans,
          "cadence " + cadence + " at the ends of time",
          () ->
              launchPlan(
                  practice(
                      p,
                      x ->
                          x.withMeetings(
                              Meeting.builder().id("a").start(MIN).end(MIN.plusHours(1)).build(),
                              Meeting.builder()
                                  .id("b")
                                  .start(MIN.plusDays(40))
                                  .end(MIN.plusDays(40).plusHours(1))
                                  .build(),
                              Meeting.builder()
                                  .id("c")
                                  .start(MAX.minusDays(40))
                                  .end(MAX.minusDays(40).plusHours(1))
                                  .build(),
                              Meeting.builder().id("d").start(MAX.minusHours(1)).end(MAX).build())),
                  l -> l.withCadence(cadence).withLaunchDate(LocalDate.MAX)));
    }
    add(
        plans,
        "extreme lengths",
        () ->
            launchPlan(
                p, l -> l.withMeetingLength(Duration.ofSeconds(Long.MAX_VALUE, 999_999_999))));
    add(
        plans,
        "negative length",
        () -> launchPlan(p, l -> l.withMeetingLength(Duration.ofSeconds(Long.MIN_VALUE))));
    add(
        plans,
        "extreme sizes",
        () ->
            membership(
                p, m -> m.withIdealSize(SizeRange.of(Integer.MIN_VALUE, Integer.MAX_VALUE))));
    add(
        plans,
        "reversed extreme sizes",
        () ->
            membership(
                p, m -> m.withIdealSize(SizeRange.of(Integer.MAX_VALUE, Integer.MIN_VALUE))));
    add(
        plans,
        "extreme dates",
        () ->
            plan(
                launchPlan(p, l -> l.withLaunchDate(LocalDate.MIN)),
                x ->
                    x.withCreatedOn(LocalDate.MAX)
                        .withLaunchedOn(LocalDate.MIN)
                        .withClosedOn(LocalDate.MIN)));
    add(
        plans,
        "extreme norms versions",
        () ->
            norms(
                p,
                n ->
                    n.withVersion(Integer.MIN_VALUE)
                        .withAgreements(
                            NormAgreement.of(id("m1"), Integer.MAX_VALUE, LocalDate.MIN))));
    add(
        plans,
        "ids with slashes and tildes, empty strings",
        () -> {
          CommunityOfPractice q =
              addMember(
                  p, Member.of(id("a/b~c"), org.edcop.model.Person.of(""), ParticipationTier.CORE));
          q =
              addMember(
                  q,
                  Member.of(
                      id(""), org.edcop.model.Person.of(" "), ParticipationTier.TRANSACTIONAL));
          q =
              leadership(
                  q,
                  l ->
                      l.withLeaders(
                          Leader.of(id("")), Leader.of(id("a/b~c")), Leader.of(id("nobody"))));
          return addMeeting(q, Meeting.builder().id("").addTopic("").facilitator(id("")).build());
        });
    add(
        plans,
        "everyone transactional",
        () ->
            membership(
                p,
                m ->
                    m.withMembers(
                        m.getMembers().stream()
                            .map(
                                x ->
                                    Member.builder()
                                        .from(x)
                                        .tier(ParticipationTier.TRANSACTIONAL)
                                        .build())
                            .toList())));
    add(
        plans,
        "one id for all",
        () ->
            membership(
                p,
                m ->
                    m.withMembers(
                        m.getMembers().stream()
                            .map(x -> Member.builder().from(x).id(id("same")).build())
                            .toList())));
    add(
        plans,
        "many meetings at one instant",
        () -> {
          List<Meeting> meetings = new ArrayList<>();
          for (int i = 0; i < 500; i++) {
            meetings.add(Plans.meeting(i % 7 == 0 ? "dup" : "m" + i, LAUNCH));
          }
          return practice(p, x -> x.withMeetings(meetings));
        });
    return plans.stream();
  }

  @SuppressWarnings("unchecked")
  private static Supplier<CommunityOfPractice> supplier(Arguments arguments) {
    return (Supplier<CommunityOfPractice>) arguments.get()[1];
  }

  private static void add(List<Arguments> plans, String name, Supplier<CommunityOfPractice> plan) {
    plans.add(Arguments.of(name, plan));
  }

  private static final List<ValidationPolicy> POLICIES =
      List.of(
          ValidationPolicy.defaults(),
          ValidationPolicy.builder()
              .maxCoreShare(1.0)
              .meetingLengthTolerance(Duration.ofSeconds(Long.MAX_VALUE, 999_999_999))
              .spacingTolerance(Duration.ofSeconds(Long.MAX_VALUE, 999_999_999))
              .idealSizeFloor(Integer.MAX_VALUE)
              .idealSizeCeiling(Integer.MAX_VALUE)
              .build(),
          ValidationPolicy.builder()
              .maxCoreShare(0.0)
              .meetingLengthTolerance(Duration.ZERO)
              .spacingTolerance(Duration.ZERO)
              .idealSizeFloor(0)
              .idealSizeCeiling(0)
              .build());

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void validationNeverThrowsAndNoBuiltInRuleFails(
      String name, Supplier<CommunityOfPractice> supplier) {
    CommunityOfPractice plan = supplier.get();
    for (ValidationPolicy policy : POLICIES) {
      CopValidator validator = CopValidator.defaults().withPolicy(policy);
      for (Stage stage : Stage.values()) {
        ValidationReport report = validator.validate(plan, stage);
        assertThat(report.findings(CopValidator.RULE_FAILED))
            .as("%s at %s with %s", name, stage, policy)
            .isEmpty();
        assertThat(report.getFindings())
            .allSatisfy(
                f -> {
                  assertThat(f.getPath()).matches("(/[^/]*)*");
                  assertThat(f.getMessage()).isNotBlank();
                });
        assertThat(validator.validate(plan, stage)).isEqualTo(report);
      }
    }
  }

  @Test
  void oneValidatorGivesIdenticalReportsFromEightThreads() throws Exception {
    List<CommunityOfPractice> plans = new ArrayList<>();
    plans().forEach(a -> plans.add(supplier(a).get()));
    CopValidator validator = CopValidator.defaults();
    List<ValidationReport> expected = new ArrayList<>();
    for (CommunityOfPractice plan : plans) {
      expected.add(validator.validate(plan, Stage.CLOSE));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<ValidationReport>>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        Callable<List<ValidationReport>> task =
            () -> {
              List<ValidationReport> reports = new ArrayList<>();
              for (int round = 0; round < 2; round++) {
                for (CommunityOfPractice plan : plans) {
                  reports.add(validator.validate(plan, Stage.CLOSE));
                }
              }
              return reports;
            };
        futures.add(pool.submit(task));
      }
      for (Future<List<ValidationReport>> future : futures) {
        List<ValidationReport> reports = future.get();
        for (int i = 0; i < reports.size(); i++) {
          assertThat(reports.get(i)).isEqualTo(expected.get(i % plans.size()));
        }
      }
    } finally {
      pool.shutdown();
    }
  }

  /**
   * A plan with 20,000 members and 20,000 meetings: a pairwise scan would need 4 x 10^8 steps; the
   * indexed rules finish (the suite would time out otherwise) and report nothing spurious. How fast
   * is measured by cop-benchmarks, never asserted in a unit test.
   */
  @Test
  void largePlansValidateWithoutSpuriousFindings() {
    int n = 20_000;
    List<Member> members = new ArrayList<>(n);
    List<Meeting> meetings = new ArrayList<>(n);
    OffsetDateTime start = at(LAUNCH);
    for (int i = 0; i < n; i++) {
      members.add(member("x" + i, i % 10 == 0 ? ParticipationTier.CORE : ParticipationTier.ACTIVE));
      OffsetDateTime s = start.plusWeeks(4L * i);
      meetings.add(
          Meeting.builder()
              .id("k" + i)
              .start(s)
              .end(s.plus(LENGTH))
              .addTopic("t")
              .facilitator(id("x" + (i % n)))
              .addAttendance(id("x" + i))
              .build());
    }
    java.util.Collections.reverse(meetings);
    CommunityOfPractice plan =
        ImmutableCommunityOfPractice.copyOf(
            practice(
                membership(Plans.complete(), m -> m.withMembers(members)),
                x -> x.withMeetings(meetings)));
    ValidationReport report = CopValidator.defaults().validate(plan, Stage.CLOSE);
    assertThat(report.findings(CopValidator.RULE_FAILED)).isEmpty();
    assertThat(report.findings("integrity.meetings-overlap")).isEmpty();
    assertThat(report.findings("collaborative-plan.meeting-spacing-mismatch")).isEmpty();
  }
}
