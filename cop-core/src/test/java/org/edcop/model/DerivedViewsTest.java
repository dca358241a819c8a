package org.edcop.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The views the model derives from what it holds. */
class DerivedViewsTest {

  private static final MemberId A = MemberId.of("a");
  private static final MemberId B = MemberId.of("b");
  private static final MemberId C = MemberId.of("c");

  @Test
  void purposeStatementRendersAllParts() {
    PurposeStatement full = PurposeStatement.of("principals", "attendance", "engage families");
    assertThat(full.isComplete()).isTrue();
    assertThat(full.render())
        .isEqualTo(
            "This community of practice is intended for principals who share an interest in"
                + " (or concern for) attendance and commit to learning together how best to"
                + " engage families.");
  }

  @Test
  void purposeStatementMarksMissingAndBlankParts() {
    PurposeStatement partial =
        PurposeStatement.builder().audience("  principals ").sharedConcern("   ").build();
    assertThat(partial.isComplete()).isFalse();
    assertThat(partial.render())
        .isEqualTo(
            "This community of practice is intended for principals who share an interest in"
                + " (or concern for) … and commit to learning together how best to ….");
    assertThat(PurposeStatement.builder().build().isComplete()).isFalse();
    assertThat(PurposeStatement.of("a", "b", "").isComplete()).isFalse();
  }

  @Test
  void headcountLeavesOutTransactionalParticipants() {
    Membership membership = roster();
    assertThat(membership.getMembers()).hasSize(5);
    assertThat(membership.headcount()).isEqualTo(4);
    assertThat(Membership.builder().build().headcount()).isZero();
  }

  @Test
  void rosterByTierIsInVocabularyOrderWithRosterOrderInside() {
    Map<ParticipationTier, List<Member>> byTier = roster().rosterByTier();
    assertThat(byTier.keySet())
        .containsExactly(
            ParticipationTier.CORE, ParticipationTier.ACTIVE, ParticipationTier.TRANSACTIONAL);
    assertThat(byTier.get(ParticipationTier.ACTIVE))
        .extracting(m -> m.getId().getValue())
        .containsExactly("c", "d");
    assertThat(byTier).doesNotContainKey(ParticipationTier.PERIPHERAL);
  }

  @Test
  void findMemberReturnsTheFirstMatch() {
    Membership membership =
        ImmutableMembership.copyOf(roster())
            .withMembers(
                Member.of(A, Person.of("First"), ParticipationTier.CORE),
                Member.of(A, Person.of("Second"), ParticipationTier.ACTIVE));
    assertThat(membership.findMember(A)).map(m -> m.getPerson().getName()).contains("First");
    assertThat(membership.findMember(MemberId.of("zz"))).isEmpty();
  }

  @Test
  void dutiesCoveredUnitesAllLeaders() {
    Leadership leadership =
        Leadership.builder()
            .addLeaders(
                Leader.of(A, LeadershipDuty.LIAISE_WITH_LEADERS, LeadershipDuty.CLARIFY_ROLES))
            .addLeaders(Leader.of(B, LeadershipDuty.CLARIFY_ROLES, LeadershipDuty.SET_UP_MEETINGS))
            .build();
    assertThat(leadership.dutiesCovered())
        .containsExactly(
            LeadershipDuty.SET_UP_MEETINGS,
            LeadershipDuty.CLARIFY_ROLES,
            LeadershipDuty.LIAISE_WITH_LEADERS);
    assertThat(Leadership.builder().build().dutiesCovered()).isEmpty();
  }

  @Test
  void topicsCoveredUnitesAllNorms() {
    Norms norms =
        Norms.builder()
            .addNorms(Norm.of("one", NormTopic.PURPOSE_ACHIEVED))
            .addNorms(Norm.of("two", NormTopic.CONFLICT, NormTopic.ROLE_AND_VOICE))
            .build();
    assertThat(norms.topicsCovered())
        .containsExactly(NormTopic.ROLE_AND_VOICE, NormTopic.CONFLICT, NormTopic.PURPOSE_ACHIEVED);
  }

  @Test
  void agreedToCurrentVersionIgnoresOlderVersions() {
    LocalDate day = LocalDate.of(2026, 9, 1);
    ImmutableNorms norms =
        Norms.builder()
            .version(2)
            .addAgreements(NormAgreement.of(C, 2, day))
            .addAgreements(NormAgreement.of(A, 1, day))
            .addAgreements(NormAgreement.of(B, 2, day))
            .addAgreements(NormAgreement.of(B, 2, day.plusDays(1)))
            .build();
    assertThat(norms.agreedToCurrentVersion()).containsExactly(B, C);
    assertThat(norms.withVersion(1).agreedToCurrentVersion()).containsExactly(A);
    assertThat(norms.withVersion(3).agreedToCurrentVersion()).isEmpty();
  }

  @Test
  void meetingsInTimeOrderComparesInstantsNotLocalTimes() {
    // 09:00 at -07:00 is 16:00Z; 10:00 at -06:00 is also 16:00Z; 15:00Z is earlier than both
    Meeting pacific = meeting("pacific", "2026-10-01T09:00-07:00", "2026-10-01T10:00-07:00");
    Meeting utc = meeting("utc", "2026-10-01T15:00Z", "2026-10-01T15:30Z");
    Meeting india = meeting("india", "2026-10-01T22:00+05:30", "2026-10-01T23:00+05:30"); // 16:30Z
    Meeting unscheduled1 = Meeting.builder().id("later-1").build();
    Meeting unscheduled2 = Meeting.builder().id("later-2").build();
    Practice practice =
        Practice.builder().addMeetings(unscheduled1, india, pacific, unscheduled2, utc).build();
    assertThat(practice.meetingsInTimeOrder())
        .extracting(Meeting::getId)
        .containsExactly("utc", "pacific", "india", "later-1", "later-2");
    assertThat(practice.getMeetings()).extracting(Meeting::getId).first().isEqualTo("later-1");
  }

  @Test
  void meetingLengthNeedsBothEndsInOrder() {
    assertThat(meeting("m", "2026-11-10T15:30-07:00", "2026-11-10T17:00-07:00").length())
        .contains(Duration.ofMinutes(90));
    // across offsets: 15:00-06:00 is 21:00Z; 22:30Z is 90 minutes later
    assertThat(meeting("m", "2026-11-10T15:00-06:00", "2026-11-10T22:30Z").length())
        .contains(Duration.ofMinutes(90));
    assertThat(meeting("m", "2026-11-10T15:00Z", "2026-11-10T15:00Z").length()).isEmpty();
    assertThat(meeting("m", "2026-11-10T15:00Z", "2026-11-10T14:00Z").length()).isEmpty();
    assertThat(
            Meeting.builder()
                .id("m")
                .start(OffsetDateTime.parse("2026-11-10T15:00Z"))
                .build()
                .length())
        .isEmpty();
    assertThat(Meeting.builder().id("m").build().length()).isEmpty();
  }

  @Test
  void meetingLengthWorksAtTheEndsOfTheDateTimeRange() {
    ImmutableMeeting extreme =
        Meeting.builder().id("m").start(OffsetDateTime.MIN).end(OffsetDateTime.MAX).build();
    assertThat(extreme.length()).isPresent();
    Practice practice =
        Practice.builder()
            .addMeetings(extreme.withAttendance(org.edcop.model.MemberId.of("a")))
            .build();
    assertThat(practice.learningTimeByMember()).containsKey(org.edcop.model.MemberId.of("a"));
  }

  @Test
  void learningTimeSumsLengthsOfAttendedMeetings() {
    Practice practice =
        Practice.builder()
            .addMeetings(
                meeting("1", "2026-09-08T15:30-06:00", "2026-09-08T17:00-06:00")
                    .withAttendance(A, B),
                meeting("2", "2026-11-10T15:30-07:00", "2026-11-10T16:30-07:00").withAttendance(A),
                meeting("3", "2026-12-08T15:30-07:00", "2026-12-08T15:00-07:00")
                    .withAttendance(A, C),
                Meeting.builder().id("4").addAttendance(C).build())
            .build();
    Map<MemberId, Duration> time = practice.learningTimeByMember();
    assertThat(time)
        .containsExactly(
            Map.entry(A, Duration.ofMinutes(150)), Map.entry(B, Duration.ofMinutes(90)));
  }

  @Test
  void sizeRangeIncludesBothEnds() {
    SizeRange range = SizeRange.of(8, 12);
    assertThat(range.contains(7)).isFalse();
    assertThat(range.contains(8)).isTrue();
    assertThat(range.contains(12)).isTrue();
    assertThat(range.contains(13)).isFalse();
    assertThat(SizeRange.of(5, 3).contains(4)).isFalse();
  }

  @Test
  void countsAsMemberIsFalseOnlyForTransactional() {
    for (ParticipationTier tier : ParticipationTier.values()) {
      assertThat(Member.of(A, Person.of("x"), tier).countsAsMember())
          .as(tier.code())
          .isEqualTo(tier != ParticipationTier.TRANSACTIONAL);
    }
  }

  private static ImmutableMembership roster() {
    return Membership.builder()
        .addMembers(Member.of(A, Person.of("A"), ParticipationTier.CORE))
        .addMembers(
            Member.of(MemberId.of("guest"), Person.of("G"), ParticipationTier.TRANSACTIONAL))
        .addMembers(Member.of(C, Person.of("C"), ParticipationTier.ACTIVE))
        .addMembers(Member.of(B, Person.of("B"), ParticipationTier.CORE))
        .addMembers(Member.of(MemberId.of("d"), Person.of("D"), ParticipationTier.ACTIVE))
        .build();
  }

  private static ImmutableMeeting meeting(String id, String start, String end) {
    return Meeting.builder()
        .id(id)
        .start(OffsetDateTime.parse(start))
        .end(OffsetDateTime.parse(end))
        .build();
  }
}
