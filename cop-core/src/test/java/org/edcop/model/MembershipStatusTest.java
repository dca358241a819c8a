package org.edcop.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The dated membership status of a person and the headcount it gives. */
class MembershipStatusTest {

  private static final LocalDate INVITED = LocalDate.of(2026, 8, 20);
  private static final LocalDate JOINED = LocalDate.of(2026, 9, 1);
  private static final LocalDate LEFT = LocalDate.of(2027, 1, 10);

  private static Member member(String id, ParticipationTier tier, StatusChange... history) {
    return Member.builder()
        .id(MemberId.of(id))
        .person(Person.of("Person " + id))
        .tier(tier)
        .addStatusHistory(history)
        .build();
  }

  private static final Member LEAVER =
      member(
          "a",
          ParticipationTier.ACTIVE,
          StatusChange.of(INVITED, MembershipStatus.INVITED),
          StatusChange.of(JOINED, MembershipStatus.JOINED),
          StatusChange.of(LEFT, MembershipStatus.LEFT));

  @Test
  void aMemberWithoutHistoryHasBeenJoinedAllAlong() {
    Member member = member("b", ParticipationTier.CORE);
    assertThat(member.statusOn(LocalDate.MIN)).contains(MembershipStatus.JOINED);
    assertThat(member.currentStatus()).isEqualTo(MembershipStatus.JOINED);
    assertThat(member.joinedOn()).isEmpty();
    assertThat(member.isMemberProperOn(LocalDate.of(1990, 1, 1))).isTrue();
  }

  @Test
  void theStatusOnADayIsTheLatestChangeInForceThatDay() {
    assertThat(LEAVER.statusOn(INVITED.minusDays(1))).isEmpty();
    assertThat(LEAVER.statusOn(INVITED)).contains(MembershipStatus.INVITED);
    assertThat(LEAVER.statusOn(JOINED.minusDays(1))).contains(MembershipStatus.INVITED);
    assertThat(LEAVER.statusOn(JOINED)).contains(MembershipStatus.JOINED);
    assertThat(LEAVER.statusOn(LEFT.minusDays(1))).contains(MembershipStatus.JOINED);
    assertThat(LEAVER.statusOn(LEFT)).contains(MembershipStatus.LEFT);
    assertThat(LEAVER.currentStatus()).isEqualTo(MembershipStatus.LEFT);
    assertThat(LEAVER.joinedOn()).contains(JOINED);
  }

  @Test
  void aPersonCountsFromTheInvitationUntilTheDayTheyLeave() {
    assertThat(LEAVER.isCountedOn(INVITED.minusDays(1))).isFalse();
    assertThat(LEAVER.isCountedOn(INVITED)).isTrue();
    assertThat(LEAVER.isMemberProperOn(LEFT.minusDays(1))).isTrue();
    assertThat(LEAVER.isMemberProperOn(LEFT)).isFalse();
  }

  @Test
  void historyListedOutOfOrderIsReadByDateAndTiesGoToTheLastListed() {
    Member member =
        member(
            "c",
            ParticipationTier.ACTIVE,
            StatusChange.of(LEFT, MembershipStatus.LEFT),
            StatusChange.of(JOINED, MembershipStatus.INVITED),
            StatusChange.of(JOINED, MembershipStatus.JOINED));
    assertThat(member.statusOn(JOINED)).contains(MembershipStatus.JOINED);
    assertThat(member.currentStatus()).isEqualTo(MembershipStatus.LEFT);
  }

  @Test
  void aTransactionalParticipantIsNeverAMemberProper() {
    Member member =
        member(
            "t", ParticipationTier.TRANSACTIONAL, StatusChange.of(JOINED, MembershipStatus.JOINED));
    assertThat(member.isCountedOn(JOINED)).isTrue();
    assertThat(member.isMemberProperOn(JOINED)).isFalse();
  }

  @Test
  void headcountsLeaveOutWhoDeclinedOrLeftFromThatDay() {
    Member decliner =
        member(
            "d",
            ParticipationTier.OCCASIONAL,
            StatusChange.of(INVITED, MembershipStatus.INVITED),
            StatusChange.of(JOINED.plusDays(3), MembershipStatus.DECLINED));
    Membership membership =
        Membership.builder()
            .addMembers(LEAVER, decliner, member("b", ParticipationTier.CORE))
            .addMembers(member("t", ParticipationTier.TRANSACTIONAL))
            .build();
    assertThat(membership.headcountOn(INVITED.minusDays(1))).isEqualTo(1);
    assertThat(membership.headcountOn(JOINED)).isEqualTo(3);
    assertThat(membership.headcountOn(JOINED.plusDays(3))).isEqualTo(2);
    assertThat(membership.headcountOn(LEFT)).isEqualTo(1);
    assertThat(membership.headcount()).isEqualTo(1);
  }
}
