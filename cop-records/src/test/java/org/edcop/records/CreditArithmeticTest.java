package org.edcop.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.edcop.model.Community;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.CompetencyRef;
import org.edcop.model.Meeting;
import org.edcop.model.Member;
import org.edcop.model.MemberId;
import org.edcop.model.Membership;
import org.edcop.model.ParticipationTier;
import org.edcop.model.Person;
import org.edcop.model.Practice;
import org.edcop.model.Reflection;
import org.edcop.model.TierChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The credit arithmetic at each of its boundaries (docs/records.md). */
class CreditArithmeticTest {

  private static final ZoneId ZONE = ZoneId.of("America/Edmonton");
  private static final MemberId ADA = MemberId.of("ada");
  private static final MemberId BO = MemberId.of("bo");
  private static final LocalDate FIRST = LocalDate.of(2026, 9, 1);

  /** A meeting on a day (15:00 local), lasting some minutes, attended by some members. */
  private static Meeting meeting(int index, LocalDate day, int minutes, MemberId... attendance) {
    OffsetDateTime start = day.atTime(15, 0).atZone(ZONE).toOffsetDateTime();
    return Meeting.builder()
        .id("m" + index)
        .start(start)
        .end(start.plusMinutes(minutes))
        .addAttendance(attendance)
        .build();
  }

  /** Ten weekly 90-minute meetings; ada attends those listed, bo attends every one. */
  private static List<Meeting> weekly(int count, int minutes, int... adaAttends) {
    List<Meeting> meetings = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      boolean ada = false;
      for (int a : adaAttends) {
        ada |= a == i;
      }
      meetings.add(
          ada
              ? meeting(i, FIRST.plusWeeks(i), minutes, ADA, BO)
              : meeting(i, FIRST.plusWeeks(i), minutes, BO));
    }
    return meetings;
  }

  private static CommunityOfPractice plan(List<Meeting> meetings, Member... extra) {
    var membership =
        Membership.builder()
            .addMembers(Member.of(ADA, Person.of("Ada"), ParticipationTier.ACTIVE))
            .addMembers(Member.of(BO, Person.of("Bo"), ParticipationTier.CORE))
            .addMembers(extra);
    return CommunityOfPractice.builder()
        .id("cop-1")
        .name("Assessment CoP")
        .authority("Prairie Sky")
        .timeZone(ZONE)
        .community(Community.builder().membership(membership.build()).build())
        .practice(Practice.builder().meetings(meetings).build())
        .build();
  }

  private static LearningRecord ada(CommunityOfPractice plan, CreditPolicy policy, LocalDate asOf) {
    return LearningRecords.builder().policy(policy).asOf(asOf).build().of(plan).get(0);
  }

  private static final LocalDate AFTER_ALL = LocalDate.of(2027, 6, 30);

  @Test
  void shareExactlyAtTheMinimumCompletesAndOneMeetingLessDoesNot() {
    CreditPolicy policy =
        CreditPolicy.builder().minimumAttendanceShare(new BigDecimal("0.8")).build();
    LearningRecord eight = ada(plan(weekly(10, 90, 0, 1, 2, 3, 4, 5, 6, 7)), policy, AFTER_ALL);
    assertThat(eight.getAttendanceShare()).contains(new BigDecimal("0.8000"));
    assertThat(eight.getStatus()).isEqualTo(CompletionStatus.COMPLETED);
    assertThat(eight.getLearningTime()).isEqualTo(Duration.ofMinutes(8 * 90));
    assertThat(eight.getCredits()).isEqualByComparingTo("12");

    LearningRecord seven = ada(plan(weekly(10, 90, 0, 1, 2, 3, 4, 5, 6)), policy, AFTER_ALL);
    assertThat(seven.getStatus()).isEqualTo(CompletionStatus.NOT_COMPLETED);
    assertThat(seven.getLearningTime()).isEqualTo(Duration.ofMinutes(7 * 90));
    assertThat(seven.getCreditedTime()).isZero();
    assertThat(seven.getCredits()).isEqualByComparingTo("0");
  }

  @Test
  void shareOfZeroStillNeedsOneMeetingAndShareOfOneNeedsAll() {
    CreditPolicy none = CreditPolicy.builder().minimumAttendanceShare(BigDecimal.ZERO).build();
    assertThat(ada(plan(weekly(4, 60)), none, AFTER_ALL).getStatus())
        .isEqualTo(CompletionStatus.NOT_COMPLETED);
    assertThat(ada(plan(weekly(4, 60, 2)), none, AFTER_ALL).getStatus())
        .isEqualTo(CompletionStatus.COMPLETED);
    CreditPolicy all = CreditPolicy.builder().minimumAttendanceShare(BigDecimal.ONE).build();
    assertThat(ada(plan(weekly(4, 60, 0, 1, 2)), all, AFTER_ALL).getStatus())
        .isEqualTo(CompletionStatus.NOT_COMPLETED);
    assertThat(ada(plan(weekly(4, 60, 0, 1, 2, 3)), all, AFTER_ALL).getStatus())
        .isEqualTo(CompletionStatus.COMPLETED);
  }

  @Test
  void communityCapIsReachedExactlyAndNeverExceeded() {
    List<Meeting> tenOfNinety = weekly(10, 90, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9); // 15 h
    CreditPolicy at15 = CreditPolicy.builder().maxHoursPerCommunity(new BigDecimal("15")).build();
    assertThat(ada(plan(tenOfNinety), at15, AFTER_ALL).getCreditedTime())
        .isEqualTo(Duration.ofHours(15));
    CreditPolicy at14 = CreditPolicy.builder().maxHoursPerCommunity(new BigDecimal("14.5")).build();
    LearningRecord capped = ada(plan(tenOfNinety), at14, AFTER_ALL);
    assertThat(capped.getLearningTime()).isEqualTo(Duration.ofHours(15));
    assertThat(capped.getCreditedTime()).isEqualTo(Duration.ofMinutes(870));
    assertThat(capped.getCredits()).isEqualByComparingTo("14.5");
    CreditPolicy zero = CreditPolicy.builder().maxHoursPerCommunity(BigDecimal.ZERO).build();
    LearningRecord nothing = ada(plan(tenOfNinety), zero, AFTER_ALL);
    assertThat(nothing.getStatus()).isEqualTo(CompletionStatus.COMPLETED);
    assertThat(nothing.getCredits()).isEqualByComparingTo("0");
  }

  @Test
  void yearCapSplitsAtTheDistrictsYearStart() {
    // two meetings in June 2027 (school year 2026) and two in July 2027 (school year 2027)
    List<Meeting> meetings =
        List.of(
            meeting(0, LocalDate.of(2027, 6, 15), 120, ADA),
            meeting(1, LocalDate.of(2027, 6, 30), 120, ADA),
            meeting(2, LocalDate.of(2027, 7, 1), 120, ADA),
            meeting(3, LocalDate.of(2027, 7, 20), 120, ADA));
    LocalDate asOf = LocalDate.of(2027, 8, 1);
    CreditPolicy july = CreditPolicy.builder().maxHoursPerYear(new BigDecimal("3")).build();
    assertThat(ada(plan(meetings), july, asOf).getCreditedTime()).isEqualTo(Duration.ofHours(6));
    CreditPolicy january =
        CreditPolicy.builder().maxHoursPerYear(new BigDecimal("3")).yearStartMonth(1).build();
    assertThat(ada(plan(meetings), january, asOf).getCreditedTime()).isEqualTo(Duration.ofHours(3));
    CreditPolicy both =
        CreditPolicy.builder()
            .maxHoursPerYear(new BigDecimal("3"))
            .maxHoursPerCommunity(new BigDecimal("5"))
            .build();
    assertThat(ada(plan(meetings), both, asOf).getCreditedTime()).isEqualTo(Duration.ofHours(5));
  }

  @ParameterizedTest(name = "{0} min, increment {1}, {2} -> {3}")
  @CsvSource({
    // exactly on an increment: every rounding agrees
    "90, 0.25, down, 1.50",
    "90, 0.25, up, 1.50",
    "90, 0.25, nearest, 1.50",
    // one minute short of 1.5 h
    "89, 0.25, down, 1.25",
    "89, 0.25, up, 1.50",
    "89, 0.25, nearest, 1.50",
    // exactly halfway between 1.25 and 1.5 (82.5 min is not whole: use 1 h 22 min 30 s below)
    "82, 0.25, nearest, 1.25",
    "83, 0.25, nearest, 1.50",
    "90, 1, down, 1",
    "90, 1, nearest, 2",
    "90, 0.5, up, 1.5",
    "1, 0.25, down, 0.00",
    "1, 0.25, up, 0.25"
  })
  void roundingToTheDistrictsIncrement(
      int minutes, String increment, String rounding, String credits) {
    CreditPolicy policy =
        CreditPolicy.builder()
            .minimumAttendanceShare(BigDecimal.ONE)
            .creditIncrement(new BigDecimal(increment))
            .rounding(org.edcop.model.Vocabulary.fromCode(CreditRounding.class, rounding))
            .build();
    LearningRecord record = ada(plan(List.of(meeting(0, FIRST, minutes, ADA))), policy, AFTER_ALL);
    assertThat(record.getCredits().toPlainString()).isEqualTo(credits);
  }

  @Test
  void halfAnIncrementRoundsUpWithNearest() {
    // 1 h 22 min 30 s = 1.375 h, halfway between 1.25 and 1.5
    OffsetDateTime start = FIRST.atTime(15, 0).atZone(ZONE).toOffsetDateTime();
    Meeting meeting =
        Meeting.builder()
            .id("m")
            .start(start)
            .end(start.plusSeconds(4950))
            .addAttendance(ADA)
            .build();
    CreditPolicy nearest = CreditPolicy.builder().rounding(CreditRounding.NEAREST).build();
    assertThat(ada(plan(List.of(meeting)), nearest, AFTER_ALL).getCredits().toPlainString())
        .isEqualTo("1.50");
    CreditPolicy down = CreditPolicy.builder().rounding(CreditRounding.DOWN).build();
    assertThat(ada(plan(List.of(meeting)), down, AFTER_ALL).getCredits().toPlainString())
        .isEqualTo("1.25");
  }

  @Test
  void hoursPerCreditConvertsBeforeRounding() {
    CreditPolicy ceu =
        CreditPolicy.builder()
            .hoursPerCredit(BigDecimal.TEN)
            .creditIncrement(new BigDecimal("0.1"))
            .build();
    LearningRecord record = ada(plan(weekly(10, 90, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9)), ceu, AFTER_ALL);
    assertThat(record.getCredits().toPlainString()).isEqualTo("1.5");
  }

  @Test
  void aMemberWhoJoinedLateIsNotExpectedAtEarlierMeetings() {
    // joined on the day of meeting 5 (of 10): that meeting counts, meeting 4 does not
    Member late =
        Member.builder()
            .id(MemberId.of("cy"))
            .person(Person.of("Cy"))
            .tier(ParticipationTier.ACTIVE)
            .addTierHistory(TierChange.of(FIRST.plusWeeks(5), ParticipationTier.ACTIVE))
            .build();
    List<Meeting> meetings = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      meetings.add(
          i >= 5
              ? meeting(i, FIRST.plusWeeks(i), 60, BO, late.getId())
              : meeting(i, FIRST.plusWeeks(i), 60, BO));
    }
    LearningRecord record =
        LearningRecords.builder().asOf(AFTER_ALL).build().of(plan(meetings, late)).get(2);
    assertThat(record.getMemberId()).isEqualTo(late.getId());
    assertThat(record.getPeriod().getJoinedOn()).contains(FIRST.plusWeeks(5));
    assertThat(record.getMeetingsHeld()).isEqualTo(5);
    assertThat(record.getMeetingsAttended()).hasSize(5);
    assertThat(record.getStatus()).isEqualTo(CompletionStatus.COMPLETED);
  }

  @Test
  void aMemberWhoLeftIsCompletedOnTheMeetingsOfTheirPeriod() {
    Function<Member, MembershipPeriod> leftAfterMeeting3 =
        member ->
            member.getId().equals(ADA)
                ? MembershipPeriod.of(null, FIRST.plusWeeks(3))
                : MembershipPeriod.fromMember(member);
    // ada attends meetings 0..3 (all of her period); later meetings are after she left
    CommunityOfPractice plan = plan(weekly(10, 60, 0, 1, 2, 3));
    LearningRecord record =
        LearningRecords.builder()
            .asOf(LocalDate.of(2026, 9, 30))
            .membershipPeriods(leftAfterMeeting3)
            .build()
            .of(plan)
            .get(0);
    // as of 30 September meetings 0..4 are held, meeting 4 is after she left
    assertThat(record.getMeetingsHeld()).isEqualTo(4);
    assertThat(record.getStatus()).isEqualTo(CompletionStatus.COMPLETED);
    assertThat(record.getCredits()).isEqualByComparingTo("4");
    // without the leave day she would still be in progress
    LearningRecord stays =
        LearningRecords.builder().asOf(LocalDate.of(2026, 9, 30)).build().of(plan).get(0);
    assertThat(stays.getStatus()).isEqualTo(CompletionStatus.IN_PROGRESS);
    assertThat(stays.getCredits()).isEqualByComparingTo("0");
  }

  @Test
  void theStatusHistoryGivesTheJoinAndLeaveDaysByDefault() {
    Member cy =
        Member.builder()
            .id(MemberId.of("cy"))
            .person(Person.of("Cy"))
            .tier(ParticipationTier.ACTIVE)
            .addStatusHistory(
                org.edcop.model.StatusChange.of(
                    FIRST.plusWeeks(2), org.edcop.model.MembershipStatus.JOINED),
                org.edcop.model.StatusChange.of(
                    FIRST.plusWeeks(5).plusDays(1), org.edcop.model.MembershipStatus.LEFT))
            .build();
    List<Meeting> meetings = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      meetings.add(
          i >= 2 && i <= 5
              ? meeting(i, FIRST.plusWeeks(i), 60, BO, cy.getId())
              : meeting(i, FIRST.plusWeeks(i), 60, BO));
    }
    LearningRecord record =
        LearningRecords.builder().asOf(AFTER_ALL).build().of(plan(meetings, cy)).get(2);
    assertThat(record.getPeriod().getJoinedOn()).contains(FIRST.plusWeeks(2));
    assertThat(record.getPeriod().getLeftOn()).contains(FIRST.plusWeeks(5).plusDays(1));
    // meetings 2..5 fall in the period; all four attended
    assertThat(record.getMeetingsHeld()).isEqualTo(4);
    assertThat(record.getStatus()).isEqualTo(CompletionStatus.COMPLETED);
  }

  @Test
  void attendanceOutsideThePeriodCountsForTheMember() {
    Member late =
        Member.builder()
            .id(MemberId.of("cy"))
            .person(Person.of("Cy"))
            .tier(ParticipationTier.ACTIVE)
            .addTierHistory(TierChange.of(FIRST.plusWeeks(1), ParticipationTier.ACTIVE))
            .build();
    List<Meeting> meetings =
        List.of(
            meeting(0, FIRST, 60, BO, late.getId()),
            meeting(1, FIRST.plusWeeks(1), 60, BO, late.getId()));
    LearningRecord record =
        LearningRecords.builder().asOf(AFTER_ALL).build().of(plan(meetings, late)).get(2);
    assertThat(record.getMeetingsHeld()).isEqualTo(2);
    assertThat(record.getLearningTime()).isEqualTo(Duration.ofHours(2));
  }

  @Test
  void aMeetingCountsOnceItHasEndedOnTheAsOfDay() {
    List<Meeting> meetings = weekly(3, 60, 0, 1, 2);
    LocalDate lastDay = FIRST.plusWeeks(2);
    assertThat(ada(plan(meetings), CreditPolicy.defaults(), lastDay).getStatus())
        .isEqualTo(CompletionStatus.COMPLETED);
    LearningRecord before = ada(plan(meetings), CreditPolicy.defaults(), lastDay.minusDays(1));
    assertThat(before.getStatus()).isEqualTo(CompletionStatus.IN_PROGRESS);
    assertThat(before.getMeetingsHeld()).isEqualTo(2);
    assertThat(before.getLearningTime()).isEqualTo(Duration.ofHours(2));
  }

  @Test
  void meetingsWithoutTimesOrRecordedAttendanceCountForNobody() {
    OffsetDateTime start = FIRST.atTime(15, 0).atOffset(ZoneOffset.ofHours(-6));
    List<Meeting> meetings = new ArrayList<>(weekly(2, 60, 0, 1));
    meetings.add(Meeting.builder().id("untimed").start(start).addAttendance(ADA).build());
    meetings.add(meeting(9, FIRST.plusWeeks(5), 60)); // nobody recorded
    LearningRecord record = ada(plan(meetings), CreditPolicy.defaults(), AFTER_ALL);
    assertThat(record.getMeetingsHeld()).isEqualTo(2);
    assertThat(record.getAttendanceShare()).contains(new BigDecimal("1.0000"));
    assertThat(record.getStatus()).isEqualTo(CompletionStatus.COMPLETED);
  }

  @Test
  void transactionalParticipantsGetNoRecord() {
    Member guest =
        Member.of(MemberId.of("guest"), Person.of("Guest"), ParticipationTier.TRANSACTIONAL);
    List<LearningRecord> records =
        LearningRecords.builder().asOf(AFTER_ALL).build().of(plan(weekly(2, 60), guest));
    assertThat(records).extracting(LearningRecord::getMemberId).containsExactly(ADA, BO);
  }

  @Test
  void privateReflectionsCountOnlyWhenAsked() {
    CompetencyRef open = CompetencyRef.of("alberta-lqs", "1");
    CompetencyRef secret = CompetencyRef.of("alberta-lqs", "2");
    CommunityOfPractice base = plan(weekly(2, 60, 0, 1));
    CommunityOfPractice plan =
        CommunityOfPractice.builder()
            .from(base)
            .practice(
                Practice.builder()
                    .from(base.getPractice())
                    .addReflections(
                        Reflection.builder().memberId(ADA).addCompetencies(open).build())
                    .addReflections(
                        Reflection.builder()
                            .memberId(ADA)
                            .addCompetencies(secret, open)
                            .privateToAuthor(true)
                            .build())
                    .build())
            .build();
    assertThat(LearningRecords.builder().asOf(AFTER_ALL).build().of(plan).get(0).getCompetencies())
        .containsExactly(open);
    assertThat(
            LearningRecords.builder()
                .asOf(AFTER_ALL)
                .includePrivateReflections(true)
                .build()
                .of(plan)
                .get(0)
                .getCompetencies())
        .containsExactly(open, secret);
  }

  @Test
  void anUnusablePolicyIsRefusedNamingTheValue() {
    CreditPolicy negative =
        CreditPolicy.builder().maxHoursPerCommunity(new BigDecimal("-2")).build();
    assertThat(negative.problems())
        .containsExactly(
            new CreditPolicy.Problem("maxHoursPerCommunity", "the cap -2 hours is negative"));
    assertThatThrownBy(() -> LearningRecords.builder().asOf(AFTER_ALL).policy(negative).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-2");
    CreditPolicy share =
        CreditPolicy.builder().minimumAttendanceShare(new BigDecimal("1.2")).build();
    assertThat(share.problems()).singleElement().asString().contains("1.2");
    assertThat(
            CreditPolicy.builder()
                .yearStartMonth(13)
                .hoursPerCredit(BigDecimal.ZERO)
                .creditIncrement(new BigDecimal("-1"))
                .maxHoursPerYear(new BigDecimal("-0.5"))
                .build()
                .problems())
        .hasSize(4);
    assertThat(CreditPolicy.defaults().problems()).isEmpty();
  }

  @Test
  void recordsDoNotPrintNamesOrHrIds() {
    CommunityOfPractice base = plan(weekly(2, 60, 0, 1));
    LearningRecord record = LearningRecords.builder().asOf(AFTER_ALL).build().of(base).get(0);
    assertThat(record.toString()).doesNotContain("Ada").contains("ada");
    assertThat(Map.of("k", record).toString()).doesNotContain("Ada");
  }
}
