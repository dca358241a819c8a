package org.edcop.running;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.edcop.model.ActionItem;
import org.edcop.model.ActionItemStatus;
import org.edcop.model.Community;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.LaunchPlan;
import org.edcop.model.Meeting;
import org.edcop.model.Member;
import org.edcop.model.MemberId;
import org.edcop.model.Membership;
import org.edcop.model.MembershipStatus;
import org.edcop.model.ParticipationTier;
import org.edcop.model.Person;
import org.edcop.model.Practice;
import org.edcop.model.StatusChange;
import org.edcop.model.TierChange;
import org.junit.jupiter.api.Test;

/** Every participation figure, on plans built by hand. */
class ParticipationTest {

  static final ZoneId ZONE = ZoneId.of("America/Edmonton");
  static final LocalDate FIRST = LocalDate.of(2026, 9, 7);

  /** The day of meeting {@code n} (0-based): one a week from {@link #FIRST}. */
  static LocalDate day(int n) {
    return FIRST.plusWeeks(n);
  }

  static MemberId id(String value) {
    return MemberId.of(value);
  }

  static Member member(String id, ParticipationTier tier, StatusChange... history) {
    return Member.builder()
        .id(id(id))
        .person(Person.of("Person " + id))
        .tier(tier)
        .addStatusHistory(history)
        .build();
  }

  /** Meeting {@code n}, 16:00 to 17:30 local time, attended by the given ids. */
  static Meeting meeting(int n, String... attendance) {
    OffsetDateTime start = day(n).atTime(LocalTime.of(16, 0)).atZone(ZONE).toOffsetDateTime();
    return Meeting.builder()
        .id("m" + n)
        .start(start)
        .end(start.plusMinutes(90))
        .addTopics("topic " + n)
        .addAllAttendance(Arrays.stream(attendance).map(MemberId::of).toList())
        .build();
  }

  static CommunityOfPractice plan(List<Member> members, List<Meeting> meetings) {
    return CommunityOfPractice.builder()
        .id("cop")
        .name("Test community")
        .authority("Test district")
        .timeZone(ZONE)
        .community(
            Community.builder()
                .membership(Membership.builder().addAllMembers(members).build())
                .build())
        .practice(
            Practice.builder()
                .launchPlan(
                    LaunchPlan.builder().addStandingAgendaItems("Welcome", "Check-in").build())
                .addAllMeetings(meetings)
                .build())
        .build();
  }

  static MemberParticipation figures(Participation p, String id) {
    return p.member(id(id)).orElseThrow();
  }

  @Test
  void ratesStreaksAndLastAttendanceOverTheYearAndTheRecentWindow() {
    // six meetings; a attends all, b attends 0,1,2 then misses three
    List<Meeting> meetings = new ArrayList<>();
    for (int n = 0; n < 6; n++) {
      meetings.add(n < 3 ? meeting(n, "a", "b") : meeting(n, "a"));
    }
    CommunityOfPractice plan =
        plan(
            List.of(member("a", ParticipationTier.CORE), member("b", ParticipationTier.ACTIVE)),
            meetings);
    Participation p = Participation.of(plan, day(5));

    MemberParticipation a = figures(p, "a");
    assertThat(a.held()).isEqualTo(6);
    assertThat(a.attended()).isEqualTo(6);
    assertThat(a.rate()).hasValue(1.0);
    assertThat(a.recentHeld()).isEqualTo(4);
    assertThat(a.recentAttended()).isEqualTo(4);
    assertThat(a.absenceStreak()).isZero();
    assertThat(a.lastAttended()).contains("m5");
    assertThat(a.lastAttendedOn()).contains(day(5));
    assertThat(a.learningTime()).isEqualTo(Duration.ofMinutes(6 * 90));

    MemberParticipation b = figures(p, "b");
    assertThat(b.held()).isEqualTo(6);
    assertThat(b.attended()).isEqualTo(3);
    assertThat(b.rate().getAsDouble()).isCloseTo(0.5, within(1e-9));
    assertThat(b.recentHeld()).isEqualTo(4);
    assertThat(b.recentAttended()).isEqualTo(1); // m2 is in the window m2..m5
    assertThat(b.recentRate().getAsDouble()).isCloseTo(0.25, within(1e-9));
    assertThat(b.absenceStreak()).isEqualTo(3);
    assertThat(b.lastAttended()).contains("m2");
    assertThat(b.learningTime()).isEqualTo(Duration.ofMinutes(3 * 90));
  }

  @Test
  void onlyMeetingsHeldByTheAsOfDateCountAndTheAsOfDayItselfIsHeld() {
    List<Meeting> meetings = List.of(meeting(0, "a"), meeting(1, "a"), meeting(2, "a"));
    CommunityOfPractice plan = plan(List.of(member("a", ParticipationTier.CORE)), meetings);

    assertThat(figures(Participation.of(plan, day(0).minusDays(1)), "a").held()).isZero();
    assertThat(figures(Participation.of(plan, day(1).minusDays(1)), "a").held()).isEqualTo(1);
    assertThat(figures(Participation.of(plan, day(1)), "a").held()).isEqualTo(2);
    assertThat(Participation.of(plan, day(1)).meetings())
        .extracting(MeetingTurnout::meetingId)
        .containsExactly("m0", "m1");
    assertThat(Participation.of(plan, day(1)).nextMeeting().map(Meeting::getId)).contains("m2");
  }

  @Test
  void theWindowSizeComesFromTheThresholds() {
    List<Meeting> meetings = new ArrayList<>();
    for (int n = 0; n < 5; n++) {
      meetings.add(n == 0 ? meeting(n, "a") : meeting(n, "x"));
    }
    CommunityOfPractice plan =
        plan(
            List.of(member("a", ParticipationTier.CORE), member("x", ParticipationTier.CORE)),
            meetings);
    ParticipationThresholds wide = ParticipationThresholds.builder().recentMeetings(5).build();
    assertThat(figures(Participation.of(plan, day(4)), "a").recentAttended()).isZero();
    assertThat(figures(Participation.of(plan, day(4), wide), "a").recentHeld()).isEqualTo(5);
    assertThat(figures(Participation.of(plan, day(4), wide), "a").recentAttended()).isEqualTo(1);
  }

  @Test
  void aMemberWhoJoinedLateCountsFromTheDayTheyJoined() {
    List<Meeting> meetings = new ArrayList<>();
    for (int n = 0; n < 6; n++) {
      meetings.add(n < 4 ? meeting(n, "a") : meeting(n, "a", "late"));
    }
    Member late =
        member(
            "late",
            ParticipationTier.ACTIVE,
            StatusChange.of(day(1), MembershipStatus.INVITED),
            StatusChange.of(day(4), MembershipStatus.JOINED));
    CommunityOfPractice plan = plan(List.of(member("a", ParticipationTier.CORE), late), meetings);
    Participation p = Participation.of(plan, day(5));

    MemberParticipation figure = figures(p, "late");
    assertThat(figure.held()).isEqualTo(2);
    assertThat(figure.attended()).isEqualTo(2);
    assertThat(figure.recentHeld()).isEqualTo(2);
    assertThat(figure.absenceStreak()).isZero();
    // expected at a meeting only once joined (invited does not count)
    assertThat(p.meetings()).extracting(MeetingTurnout::expected).containsExactly(1, 1, 1, 1, 2, 2);
    // too few meetings for drift
    assertThat(p.tierDrift()).isEmpty();
  }

  @Test
  void aMemberWhoLeftStopsCountingAndIsNotInTheHealthFigures() {
    List<Meeting> meetings = new ArrayList<>();
    for (int n = 0; n < 6; n++) {
      meetings.add(n < 2 ? meeting(n, "a", "gone") : meeting(n, "a"));
    }
    Member gone =
        member(
            "gone",
            ParticipationTier.CORE,
            StatusChange.of(day(0), MembershipStatus.JOINED),
            StatusChange.of(day(2), MembershipStatus.LEFT));
    CommunityOfPractice plan = plan(List.of(member("a", ParticipationTier.CORE), gone), meetings);
    Participation p = Participation.of(plan, day(5));

    MemberParticipation figure = figures(p, "gone");
    assertThat(figure.held()).isEqualTo(2); // m0, m1; left on the day of m2
    assertThat(figure.attended()).isEqualTo(2);
    assertThat(figure.absenceStreak()).isZero();
    assertThat(p.meetings()).extracting(MeetingTurnout::expected).containsExactly(2, 2, 1, 1, 1, 1);
    assertThat(p.health().membersProper()).isEqualTo(1);
    assertThat(p.tierDrift()).isEmpty();
    assertThat(p.tiers()).singleElement().satisfies(t -> assertThat(t.members()).isEqualTo(1));
  }

  @Test
  void aMemberWhoLeftAndRejoinedCountsForBothSpells() {
    List<Meeting> meetings = new ArrayList<>();
    for (int n = 0; n < 6; n++) {
      meetings.add(meeting(n, "a"));
    }
    Member back =
        member(
            "back",
            ParticipationTier.ACTIVE,
            StatusChange.of(day(0), MembershipStatus.JOINED),
            StatusChange.of(day(1), MembershipStatus.LEFT),
            StatusChange.of(day(4), MembershipStatus.JOINED));
    CommunityOfPractice plan = plan(List.of(member("a", ParticipationTier.CORE), back), meetings);
    MemberParticipation figure = figures(Participation.of(plan, day(5)), "back");
    assertThat(figure.held()).isEqualTo(3); // m0, m4, m5
    assertThat(figure.recentHeld()).isEqualTo(3);
    assertThat(figure.absenceStreak()).isEqualTo(3);
    assertThat(figure.lastAttended()).isEmpty();
  }

  @Test
  void aHeldMeetingWithoutAttendanceCountsInNoRate() {
    List<Meeting> meetings = List.of(meeting(0, "a"), meeting(1), meeting(2, "b"));
    CommunityOfPractice plan =
        plan(
            List.of(member("a", ParticipationTier.CORE), member("b", ParticipationTier.ACTIVE)),
            meetings);
    Participation p = Participation.of(plan, day(2));
    assertThat(p.meetings())
        .extracting(MeetingTurnout::recorded)
        .containsExactly(true, false, true);
    assertThat(p.meetings().get(1).rate()).isEmpty();
    assertThat(p.meetings().get(0).rate()).hasValue(0.5);
    MemberParticipation a = figures(p, "a");
    assertThat(a.held()).isEqualTo(2);
    assertThat(a.attended()).isEqualTo(1);
    assertThat(a.absenceStreak()).isEqualTo(1);
    assertThat(figures(p, "b").absenceStreak()).isZero();
  }

  @Test
  void turnoutSeparatesExpectedMembersFromOthers() {
    List<Meeting> meetings = List.of(meeting(0, "a", "t", "stranger"));
    CommunityOfPractice plan =
        plan(
            List.of(
                member("a", ParticipationTier.CORE),
                member("b", ParticipationTier.PERIPHERAL),
                member("t", ParticipationTier.TRANSACTIONAL)),
            meetings);
    MeetingTurnout turnout = Participation.of(plan, day(0)).meetings().get(0);
    assertThat(turnout.expected()).isEqualTo(2);
    assertThat(turnout.attended()).isEqualTo(1);
    assertThat(turnout.others()).isEqualTo(1); // the transactional guest; the stranger is ignored
  }

  @Test
  void tierSummariesAverageTheRatesOfTheirMembers() {
    List<Meeting> meetings = new ArrayList<>();
    for (int n = 0; n < 4; n++) {
      meetings.add(n < 2 ? meeting(n, "c1", "c2", "o") : meeting(n, "c1"));
    }
    CommunityOfPractice plan =
        plan(
            List.of(
                member("c1", ParticipationTier.CORE),
                member("c2", ParticipationTier.CORE),
                member("o", ParticipationTier.OCCASIONAL)),
            meetings);
    List<TierSummary> tiers = Participation.of(plan, day(3)).tiers();
    assertThat(tiers)
        .extracting(TierSummary::tier)
        .containsExactly(ParticipationTier.CORE, ParticipationTier.OCCASIONAL);
    assertThat(tiers.get(0).members()).isEqualTo(2);
    assertThat(tiers.get(0).meanRate().getAsDouble()).isCloseTo(0.75, within(1e-9));
    assertThat(tiers.get(1).meanRecentRate().getAsDouble()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void healthCountsActiveMembersTheTrendCoreRenewalAndNeverAttended() {
    // eight meetings, four members: turnout 4/4 in the first quarter, 1/4 in the last
    List<Meeting> meetings = new ArrayList<>();
    for (int n = 0; n < 8; n++) {
      meetings.add(n < 2 ? meeting(n, "a", "b", "c") : meeting(n, "a"));
    }
    Member renewed =
        Member.builder()
            .id(id("b"))
            .person(Person.of("B"))
            .tier(ParticipationTier.CORE)
            .addTierHistory(
                TierChange.of(day(0), ParticipationTier.ACTIVE),
                TierChange.of(day(3), ParticipationTier.CORE),
                TierChange.of(day(20), ParticipationTier.ACTIVE))
            .build();
    Member alwaysCore =
        Member.builder()
            .id(id("a"))
            .person(Person.of("A"))
            .tier(ParticipationTier.CORE)
            .addTierHistory(TierChange.of(day(0), ParticipationTier.CORE))
            .build();
    CommunityOfPractice plan =
        plan(
            List.of(
                alwaysCore,
                renewed,
                member("c", ParticipationTier.OCCASIONAL),
                member("d", ParticipationTier.PERIPHERAL)),
            meetings);
    HealthSummary health = Participation.of(plan, day(7)).health();
    assertThat(health.membersProper()).isEqualTo(4);
    assertThat(health.membersProperActive()).isEqualTo(1);
    assertThat(health.firstQuarterTurnout()).hasValue(0.75);
    assertThat(health.lastQuarterTurnout()).hasValue(0.25);
    assertThat(health.trend().getAsDouble()).isCloseTo(-0.5, within(1e-9));
    assertThat(health.coreRenewals()).isEqualTo(1);
    assertThat(health.neverAttended()).containsExactly(id("d"));
  }

  @Test
  void noTrendWithFewerThanTwoRecordedMeetings() {
    CommunityOfPractice plan =
        plan(List.of(member("a", ParticipationTier.CORE)), List.of(meeting(0, "a")));
    assertThat(Participation.of(plan, day(0)).health().trend()).isEmpty();
  }

  @Test
  void theAgendaGathersStandingItemsTopicsQuestionsAndOpenActionItemsOfEarlierMeetings() {
    Meeting first =
        Meeting.builder()
            .from(meeting(0, "a"))
            .addActionItems(
                ActionItem.builder().description("Share the rubric").owner(id("a")).build(),
                ActionItem.builder()
                    .description("Book the room")
                    .status(ActionItemStatus.DONE)
                    .build())
            .build();
    Meeting second =
        Meeting.builder().from(meeting(1)).addGuidingQuestions("What did we try?").build();
    Meeting later =
        Meeting.builder()
            .from(meeting(2))
            .addActionItems(ActionItem.builder().description("Later item").build())
            .build();
    CommunityOfPractice plan =
        plan(List.of(member("a", ParticipationTier.CORE)), List.of(later, second, first));
    Agenda agenda = Participation.of(plan, day(0)).agendaFor("m1").orElseThrow();
    assertThat(agenda.standingItems()).containsExactly("Welcome", "Check-in");
    assertThat(agenda.topics()).containsExactly("topic 1");
    assertThat(agenda.guidingQuestions()).containsExactly("What did we try?");
    assertThat(agenda.openActionItems())
        .extracting(o -> o.meetingId() + "/" + o.index() + " " + o.item().getDescription())
        .containsExactly("m0/0 Share the rubric");
    assertThat(Participation.of(plan, day(0)).agendaFor("nope")).isEmpty();
  }
}
