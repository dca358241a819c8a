package org.edcop.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.edcop.model.ActionItem;
import org.edcop.model.Cadence;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.ImmutableCommunity;
import org.edcop.model.ImmutableCommunityOfPractice;
import org.edcop.model.ImmutableLaunchPlan;
import org.edcop.model.ImmutableLeadership;
import org.edcop.model.ImmutableMeeting;
import org.edcop.model.ImmutableMembership;
import org.edcop.model.ImmutableNorms;
import org.edcop.model.ImmutablePractice;
import org.edcop.model.Leader;
import org.edcop.model.Meeting;
import org.edcop.model.Member;
import org.edcop.model.MemberId;
import org.edcop.model.NormAgreement;
import org.edcop.model.ParticipationTier;
import org.edcop.model.Reflection;
import org.edcop.running.MeetingTurnout;
import org.edcop.running.Participation;
import org.edcop.running.internal.Dates;
import org.edcop.standards.StandardsCatalog;
import org.edcop.testing.Mistake;
import org.edcop.testing.RandomPlans;
import org.edcop.validation.RuleContext;
import org.edcop.validation.Stage;
import org.edcop.validation.ValidationPolicy;
import org.junit.jupiter.api.Test;

/**
 * The rules that issue 22 rewrote to read the plan index's flat arrays report exactly what they
 * reported before (paths, message keys, messages, arguments, minor or not, in the same order): each
 * is run next to its earlier version ({@link ReferenceChecks}) on seeded random plans of varied
 * sizes, as generated and after changes that the generators do not make (meetings out of order,
 * missing or backward times, moved meetings, unknown and transactional facilitators, action items,
 * duplicate members, and references that are equal to a roster id but not the same instance, as in
 * a plan built in code), at every stage with and without an as-of date. The seed is printed in
 * every failure; {@code -Dcop.flat.rounds=N} runs longer.
 */
class FlatRulesReferenceTest {

  private static final int ROUNDS = Integer.getInteger("cop.flat.rounds", 25);

  /** The present checks by rule id, with their reference. */
  private static final Map<String, PlanCheck[]> PAIRS = pairs();

  private static Map<String, PlanCheck[]> pairs() {
    List<PlanCheck> reference =
        List.of(
            new ReferenceChecks.MemberIdDuplicate(),
            new ReferenceChecks.MemberReferenceUnresolved(),
            new ReferenceChecks.MeetingIdDuplicate(),
            new ReferenceChecks.MeetingEndsBeforeStart(),
            new ReferenceChecks.MeetingsOverlap(),
            new ReferenceChecks.MeetingTimeMissing(),
            new ReferenceChecks.MeetingTopicMissing(),
            new ReferenceChecks.MeetingLengthMismatch(),
            new ReferenceChecks.MeetingSpacingMismatch(),
            new ReferenceChecks.FeedbackMeetingMissing(),
            new ReferenceChecks.FacilitatorNotMember(),
            new ReferenceChecks.ActionDueBeforeMeeting(),
            new ReferenceChecks.ReflectionMissing(),
            new ReferenceChecks.NotRoleAlike(),
            new ReferenceChecks.DateAfterFirstMeeting(),
            new ReferenceChecks.AgreementMissing(),
            new ReferenceChecks.NewcomerNotAgreed(),
            new ReferenceChecks.AttendanceMissing(),
            new ReferenceChecks.NextMeetingUnprepared(),
            new ReferenceChecks.ProblemOfPracticeOverdue(),
            new ReferenceChecks.StillPlanning(),
            new ReferenceChecks.TierDrift());
    Map<String, PlanCheck[]> pairs = new LinkedHashMap<>();
    for (PlanCheck old : reference) {
      String name = old.getClass().getSimpleName();
      for (BuiltInRule rule : BuiltInRules.all(StandardsCatalog.builtIn())) {
        if (rule.planCheck().getClass().getSimpleName().equals(name)) {
          pairs.put(rule.getId(), new PlanCheck[] {rule.planCheck(), old});
        }
      }
    }
    assertThat(pairs).as("every reference check has its built-in rule").hasSize(reference.size());
    return pairs;
  }

  @Test
  void everyRewrittenRuleReportsWhatItsEarlierVersionReported() {
    long seed = new Random().nextLong();
    Random r = new Random(seed);
    for (int round = 0; round < ROUNDS; round++) {
      CommunityOfPractice plan = generated(r);
      compareAll(plan, seed, round, "generated");
      compareAll(changed(plan, r), seed, round, "changed");
    }
  }

  /**
   * Meeting ids whose texts share one hash code, a few and many of them: the index's table of
   * meeting ids compares the texts when the hashes are equal and switches to a set when a probe
   * runs long, and either way reports the same duplicates as the set did.
   */
  @Test
  void meetingIdsWithCollidingHashesAreJudgedAsBefore() {
    long seed = new Random().nextLong();
    Random r = new Random(seed);
    // "Aa" and "BB" hash alike, so every string of eight such blocks has the same hash code
    List<String> colliding = new ArrayList<>();
    for (int bits = 0; bits < 256; bits++) {
      StringBuilder id = new StringBuilder();
      for (int b = 0; b < 8; b++) {
        id.append((bits >> b & 1) == 0 ? "Aa" : "BB");
      }
      colliding.add(id.toString());
    }
    for (int meetingCount : new int[] {40, 300}) {
      CommunityOfPractice plan = RandomPlans.ofSize(r.nextLong(), 20, meetingCount);
      List<Meeting> meetings = new ArrayList<>();
      for (Meeting meeting : plan.getPractice().getMeetings()) {
        String id = colliding.get(r.nextInt(meetingCount == 40 ? 30 : colliding.size()));
        meetings.add(ImmutableMeeting.copyOf(meeting).withId(id));
      }
      ImmutableCommunityOfPractice p = ImmutableCommunityOfPractice.copyOf(plan);
      p = p.withPractice(ImmutablePractice.copyOf(p.getPractice()).withMeetings(meetings));
      compareAll(p, seed, meetingCount, "colliding meeting ids");
    }
  }

  @Test
  void participationTakesTheMeetingsInTheModelsTimeOrder() {
    long seed = new Random().nextLong();
    Random r = new Random(seed);
    for (int round = 0; round < ROUNDS; round++) {
      CommunityOfPractice plan = changed(generated(r), r);
      List<Meeting> inOrder = plan.getPractice().meetingsInTimeOrder();
      LocalDate asOf = LocalDate.of(2026, 6, 1).plusDays(r.nextInt(3_000));
      List<String> expected = new ArrayList<>();
      for (Meeting meeting : inOrder) {
        if (meeting.getStart().isPresent()
            && !Dates.localDate(meeting.getStart().get(), plan.getTimeZone()).isAfter(asOf)) {
          expected.add(meeting.getId());
        }
      }
      List<String> held = new ArrayList<>();
      for (MeetingTurnout turnout : Participation.of(plan, asOf).meetings()) {
        held.add(turnout.meetingId());
      }
      assertThat(held).as("seed %d, round %d", seed, round).isEqualTo(expected);
    }
  }

  @Test
  void pathsCompareAsTheyDidWithSubstrings() {
    long seed = new Random().nextLong();
    Random r = new Random(seed);
    String[] segments = {"", "0", "00", "007", "7", "10", "2", "a", "ab", "b", "a0", "practice"};
    for (int k = 0; k < 20_000; k++) {
      String a = path(r, segments);
      String b = r.nextInt(5) == 0 ? a : path(r, segments);
      assertThat(Integer.signum(FindingOrder.comparePaths(a, b)))
          .as("seed %d: '%s' vs '%s'", seed, a, b)
          .isEqualTo(Integer.signum(ReferenceChecks.comparePaths(a, b)));
    }
  }

  private static String path(Random r, String[] segments) {
    StringBuilder path = new StringBuilder();
    int n = r.nextInt(5);
    for (int i = 0; i < n; i++) {
      path.append('/').append(segments[r.nextInt(segments.length)]);
    }
    return path.toString();
  }

  private static CommunityOfPractice generated(Random r) {
    long seed = r.nextLong();
    switch (r.nextInt(3)) {
      case 0:
        Set<Mistake> mistakes = EnumSet.noneOf(Mistake.class);
        for (Mistake mistake : Mistake.values()) {
          if (r.nextInt(4) == 0) {
            mistakes.add(mistake);
          }
        }
        return RandomPlans.generate(seed, mistakes);
      case 1:
        return RandomPlans.ofSize(seed, r.nextInt(40), r.nextInt(40));
      default:
        return RandomPlans.ofSize(seed, r.nextInt(400), r.nextInt(400));
    }
  }

  private static void compareAll(CommunityOfPractice plan, long seed, int round, String kind) {
    List<Meeting> meetings = plan.getPractice().getMeetings();
    List<Optional<LocalDate>> days = new ArrayList<>();
    days.add(Optional.empty());
    days.add(plan.getCreatedOn());
    if (!meetings.isEmpty()) {
      Optional<OffsetDateTime> start = meetings.get(meetings.size() / 2).getStart();
      days.add(start.map(s -> s.atZoneSameInstant(plan.getTimeZone()).toLocalDate()));
    }
    List<ValidationPolicy> policies =
        List.of(
            ValidationPolicy.defaults(),
            ValidationPolicy.builder()
                .sustainedSeriesMeetings(6)
                .sustainedSeriesMonths(3)
                .nextMeetingWithinDays(60)
                .build());
    for (Optional<LocalDate> asOf : days) {
      PlanIndex index = PlanIndex.of(plan, asOf);
      for (Stage stage : Stage.values()) {
        for (ValidationPolicy policy : policies) {
          for (Map.Entry<String, PlanCheck[]> pair : PAIRS.entrySet()) {
            Recorder now = new Recorder(policy, stage, asOf);
            Recorder before = new Recorder(policy, stage, asOf);
            pair.getValue()[0].check(index, new Out(pair.getKey(), now));
            pair.getValue()[1].check(index, new Out(pair.getKey(), before));
            assertThat(now.found)
                .as(
                    "seed %d, round %d, %s plan, rule %s, stage %s, as of %s",
                    seed, round, kind, pair.getKey(), stage, asOf)
                .containsExactlyElementsOf(before.found);
          }
        }
      }
    }
  }

  /**
   * The plan with the changes the generators do not make, some of each kind at random, and with
   * every reference to a member replaced by an equal id of its own.
   */
  private static CommunityOfPractice changed(CommunityOfPractice plan, Random r) {
    List<Member> roster = new ArrayList<>(plan.getCommunity().getMembership().getMembers());
    int listed = roster.size();
    for (int i = 0; i < listed; i++) {
      if (r.nextInt(20) == 0) {
        roster.set(
            i, Member.builder().from(roster.get(i)).tier(ParticipationTier.TRANSACTIONAL).build());
      }
      if (r.nextInt(30) == 0) {
        // a later listing of the same id, the same instance or an equal one
        Member again = roster.get(i);
        MemberId id = r.nextBoolean() ? again.getId() : copy(again.getId());
        roster.add(Member.builder().from(again).id(id).tier(ParticipationTier.CORE).build());
      }
    }
    Collections.shuffle(roster.subList(listed, roster.size()), r);
    Supplier<MemberId> anyone =
        () ->
            roster.isEmpty() || r.nextInt(8) == 0
                ? MemberId.of("nobody-" + r.nextInt(3))
                : copy(roster.get(r.nextInt(roster.size())).getId());

    List<Meeting> meetings = new ArrayList<>();
    for (Meeting meeting : plan.getPractice().getMeetings()) {
      ImmutableMeeting m = ImmutableMeeting.copyOf(meeting);
      List<MemberId> attendance = new ArrayList<>();
      for (MemberId id : m.getAttendance()) {
        attendance.add(copy(id));
      }
      if (r.nextInt(10) == 0) {
        // someone the roster may not have, somewhere in the list
        attendance.add(r.nextInt(attendance.size() + 1), anyone.get());
      }
      m = m.withAttendance(attendance).withFacilitator(m.getFacilitator().map(id -> copy(id)));
      if (r.nextInt(15) == 0) {
        m = m.withFacilitator(anyone.get());
      }
      if (m.getStart().isPresent()) {
        OffsetDateTime start = m.getStart().get();
        if (r.nextInt(10) == 0) {
          // the same instant in another offset
          start = start.withOffsetSameInstant(ZoneOffset.ofHours(r.nextInt(25) - 12));
          m = m.withStart(start);
        }
        if (r.nextInt(12) == 0) {
          m = m.withStart(start.plusDays(r.nextInt(21) - 10).plusMinutes(r.nextInt(3) * 30));
        }
        if (r.nextInt(15) == 0) {
          m = m.withEnd(start.minusMinutes(r.nextInt(3) * 30));
        }
        if (r.nextInt(15) == 0) {
          m = m.withEnd(start.plusMinutes(30 + r.nextInt(300)).plusNanos(r.nextInt(2)));
        }
        if (r.nextInt(10) == 0) {
          m = m.withRescheduledFrom(start.toLocalDate().plusDays(r.nextInt(15) - 7));
        }
        if (r.nextInt(8) == 0) {
          m =
              m.withActionItems(
                  ActionItem.builder()
                      .description("Follow up")
                      .owner(anyone.get())
                      .dueOn(start.toLocalDate().plusDays(r.nextInt(20) - 10))
                      .build());
        }
      }
      if (r.nextInt(20) == 0) {
        m = m.withStart(Optional.empty());
      }
      if (r.nextInt(20) == 0) {
        m = m.withEnd(Optional.empty());
      }
      if (r.nextInt(15) == 0) {
        m = m.withTopics(r.nextBoolean() ? List.of() : List.of("  ")).withActivities(Set.of());
      }
      if (r.nextInt(25) == 0 && !meetings.isEmpty()) {
        m = m.withId(meetings.get(r.nextInt(meetings.size())).getId());
      }
      meetings.add(m);
    }
    if (r.nextBoolean()) {
      Collections.shuffle(meetings, r);
    } else if (r.nextBoolean()) {
      Collections.reverse(meetings);
    }

    List<NormAgreement> agreements = new ArrayList<>();
    int version = plan.getCommunity().getNorms().getVersion() + r.nextInt(2);
    for (NormAgreement agreement : plan.getCommunity().getNorms().getAgreements()) {
      if (r.nextInt(10) != 0) {
        agreements.add(
            NormAgreement.of(
                copy(agreement.getMemberId()),
                r.nextInt(6) == 0 ? version + 1 - r.nextInt(3) : agreement.getVersion(),
                agreement.getAgreedOn().plusDays(r.nextInt(5))));
      }
    }
    if (r.nextInt(4) == 0) {
      agreements.add(
          NormAgreement.of(
              anyone.get(), version, plan.getCreatedOn().orElse(LocalDate.of(2026, 6, 1))));
    }
    List<Reflection> reflections = new ArrayList<>();
    for (Reflection reflection : plan.getPractice().getReflections()) {
      reflections.add(
          Reflection.builder().from(reflection).memberId(copy(reflection.getMemberId())).build());
    }
    if (r.nextInt(3) == 0 && !roster.isEmpty()) {
      reflections.add(
          Reflection.builder()
              .from(
                  plan.getPractice().getReflections().isEmpty()
                      ? Reflection.builder()
                          .memberId(anyone.get())
                          .newLearning("x")
                          .application("y")
                          .build()
                      : plan.getPractice().getReflections().get(0))
              .memberId(anyone.get())
              .build());
    }
    List<Leader> leaders = new ArrayList<>();
    for (Leader leader : plan.getCommunity().getLeadership().getLeaders()) {
      leaders.add(Leader.builder().from(leader).memberId(copy(leader.getMemberId())).build());
    }
    List<Optional<Cadence>> cadences =
        List.of(
            Optional.empty(),
            Optional.of(Cadence.everyWeeks(1 + r.nextInt(3))),
            Optional.of(
                Cadence.monthlyOn(1 + r.nextInt(5), java.time.DayOfWeek.of(1 + r.nextInt(7)))),
            Optional.of(Cadence.monthlyOnDay(1 + r.nextInt(31))),
            Optional.of(Cadence.twiceMonthlyOnDays(1 + r.nextInt(14), 15 + r.nextInt(17))),
            Optional.of(Cadence.everyMonthsOnDay(1 + r.nextInt(3), 1 + r.nextInt(28))));
    ImmutableCommunityOfPractice p = ImmutableCommunityOfPractice.copyOf(plan);
    ImmutableCommunity community = ImmutableCommunity.copyOf(p.getCommunity());
    p =
        p.withCommunity(
            community
                .withMembership(
                    ImmutableMembership.copyOf(community.getMembership()).withMembers(roster))
                .withNorms(
                    ImmutableNorms.copyOf(community.getNorms())
                        .withAgreements(agreements)
                        .withVersion(version))
                .withLeadership(
                    ImmutableLeadership.copyOf(community.getLeadership()).withLeaders(leaders)));
    ImmutableLaunchPlan launchPlan = ImmutableLaunchPlan.copyOf(p.getPractice().getLaunchPlan());
    if (r.nextBoolean()) {
      launchPlan = launchPlan.withCadence(cadences.get(r.nextInt(cadences.size())));
    }
    if (r.nextInt(3) == 0) {
      launchPlan = launchPlan.withMeetingLength(Duration.ofMinutes(30 + 30 * r.nextInt(4)));
    }
    if (r.nextInt(3) == 0 && !meetings.isEmpty()) {
      Optional<OffsetDateTime> start = meetings.get(r.nextInt(meetings.size())).getStart();
      if (start.isPresent()) {
        launchPlan =
            launchPlan.withLaunchDate(start.get().toLocalDate().plusDays(r.nextInt(5) - 2));
      }
    }
    p =
        p.withPractice(
            ImmutablePractice.copyOf(p.getPractice())
                .withMeetings(meetings)
                .withReflections(reflections)
                .withLaunchPlan(launchPlan));
    return p;
  }

  /** An id equal to the given one but another instance, as a plan built in code may hold. */
  private static MemberId copy(MemberId id) {
    return MemberId.of(new String(id.getValue().toCharArray()));
  }

  /** Records what a check reports, with everything a finding is made of. */
  private static final class Recorder implements RuleContext, MinorFindings {
    private final ValidationPolicy policy;
    private final Stage stage;
    private final Optional<LocalDate> asOf;
    final List<String> found = new ArrayList<>();

    Recorder(ValidationPolicy policy, Stage stage, Optional<LocalDate> asOf) {
      this.policy = policy;
      this.stage = stage;
      this.asOf = asOf;
    }

    @Override
    public ValidationPolicy getPolicy() {
      return policy;
    }

    @Override
    public Stage getStage() {
      return stage;
    }

    @Override
    public Optional<LocalDate> getAsOf() {
      return asOf;
    }

    @Override
    public void report(String path, String message, Map<String, String> arguments) {
      report(path, "(rule)", message, arguments);
    }

    @Override
    public void report(
        String path, String messageKey, String message, Map<String, String> arguments) {
      found.add(path + " | " + messageKey + " | " + message + " | " + arguments);
    }

    @Override
    public void reportMinor(
        String path, String messageKey, String message, Map<String, String> arguments) {
      found.add("minor " + path + " | " + messageKey + " | " + message + " | " + arguments);
    }
  }
}
