package org.edcop.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.edcop.validation.Plans.AS_OF;
import static org.edcop.validation.Plans.LAUNCH;
import static org.edcop.validation.Plans.VALIDATOR;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.ImmutableAim;
import org.edcop.model.Member;
import org.edcop.model.MembershipStatus;
import org.edcop.model.NormAgreement;
import org.edcop.model.ParticipationTier;
import org.edcop.model.StatusChange;
import org.junit.jupiter.api.Test;

/**
 * The running-stage rules at their boundaries: the day a rule starts to fire, the severity by tier,
 * the stage, and that dated rules stay quiet without a date. The complete plan meets every four
 * weeks from 15 September 2026 (15 Sep, 13 Oct, 10 Nov, 8 Dec); {@link Plans#AS_OF} is 3 December.
 */
class RunningRulesTest {

  private static List<Finding> running(CommunityOfPractice plan, LocalDate asOf, String rule) {
    return VALIDATOR.validate(plan, Stage.RUNNING, asOf).findings(rule);
  }

  private static Member joined(String id, ParticipationTier tier, LocalDate on) {
    return Member.builder()
        .from(Plans.member(id, tier))
        .addStatusHistory(StatusChange.of(on, MembershipStatus.JOINED))
        .build();
  }

  @Test
  void attendanceIsDueTheDayAfterTheMeeting() {
    CommunityOfPractice plan = Plans.meeting(Plans.complete(), 3, m -> m.withAttendance());
    LocalDate december = LAUNCH.plusWeeks(12);
    assertThat(running(plan, december, "collaborative-plan.attendance-missing")).isEmpty();
    assertThat(running(plan, december.plusDays(1), "collaborative-plan.attendance-missing"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
              assertThat(f.getPath()).isEqualTo("/practice/meetings/3/attendance");
              assertThat(f.getArguments()).containsEntry("date", december.toString());
            });
    // not due at launch: an open question when a date is given, nothing without one
    assertThat(
            VALIDATOR
                .validate(plan, Stage.LAUNCH, december.plusDays(1))
                .findings("collaborative-plan.attendance-missing"))
        .extracting(Finding::getSeverity)
        .containsExactly(Severity.INFO);
    assertThat(
            VALIDATOR.validate(plan, Stage.CLOSE).findings("collaborative-plan.attendance-missing"))
        .isEmpty();
  }

  @Test
  void theNextMeetingMustBeReadyWithinThePolicysHorizon() {
    CommunityOfPractice plan =
        Plans.meeting(Plans.complete(), 3, m -> m.withFacilitator(Optional.empty()));
    LocalDate december = LAUNCH.plusWeeks(12);
    String rule = "collaborative-plan.next-meeting-unprepared";
    assertThat(running(plan, december.minusDays(8), rule)).isEmpty();
    assertThat(running(plan, december.minusDays(7), rule))
        .extracting(Finding::getPath)
        .containsExactly("/practice/meetings/3/facilitator");
    assertThat(running(plan, december, rule)).hasSize(1);
    assertThat(running(plan, december.plusDays(1), rule)).isEmpty();
    CopValidator fortnight =
        VALIDATOR.withPolicy(ValidationPolicy.builder().nextMeetingWithinDays(14).build());
    assertThat(fortnight.validate(plan, Stage.RUNNING, december.minusDays(14)).findings(rule))
        .hasSize(1);
  }

  @Test
  void aProblemOfPracticeIsAnErrorOnceTheFirstMeetingsArePast() {
    CommunityOfPractice plan = Plans.domain(Plans.complete(), d -> d.withProblemsOfPractice());
    String rule = "purpose.problem-of-practice-overdue";
    LocalDate october = LAUNCH.plusWeeks(4);
    assertThat(running(plan, october, rule)).isEmpty();
    assertThat(running(plan, october.plusDays(1), rule))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.getSeverity()).isEqualTo(Severity.ERROR);
              assertThat(f.getArguments()).containsEntry("meetings", "2");
            });
    // the launch-stage rule is a warning, not an error
    assertThat(
            VALIDATOR.validate(plan, Stage.LAUNCH).findings("purpose.problem-of-practice-missing"))
        .extracting(Finding::getSeverity)
        .containsExactly(Severity.WARNING);
  }

  @Test
  void newcomersAgreeAfterTheirFirstMeetingAndOccasionalOnesAreAWarning() {
    LocalDate joinedOn = LocalDate.of(2026, 10, 1);
    CommunityOfPractice plan =
        Plans.addMember(
            Plans.addMember(Plans.complete(), joined("x1", ParticipationTier.ACTIVE, joinedOn)),
            joined("x2", ParticipationTier.OCCASIONAL, joinedOn));
    String rule = "norms.newcomer-not-agreed";
    LocalDate firstMeeting = LAUNCH.plusWeeks(4);
    assertThat(running(plan, firstMeeting, rule)).isEmpty();
    List<Finding> after = running(plan, firstMeeting.plusDays(1), rule);
    assertThat(after)
        .extracting(f -> f.getArguments().get("member"), Finding::getSeverity)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("x1", Severity.ERROR),
            org.assertj.core.groups.Tuple.tuple("x2", Severity.WARNING));
    // the newcomers are not reported a second time as members who never agreed
    assertThat(running(plan, firstMeeting.plusDays(1), "norms.agreement-missing")).isEmpty();
    // once they agree, nothing
    CommunityOfPractice agreed =
        Plans.norms(
            plan,
            n ->
                n.withAgreements(
                    concat(
                        n.getAgreements(),
                        NormAgreement.of(Plans.id("x1"), 1, firstMeeting),
                        NormAgreement.of(Plans.id("x2"), 1, firstMeeting))));
    assertThat(running(agreed, AS_OF, rule)).isEmpty();
  }

  @Test
  void agreementIsDueFromRunningAndWeighedByTierAndNobodyWhoLeftIsAsked() {
    CommunityOfPractice plan =
        Plans.norms(
            Plans.complete(),
            n ->
                n.withAgreements(
                    n.getAgreements().stream()
                        .filter(
                            a ->
                                !a.getMemberId().equals(Plans.id("m3"))
                                    && !a.getMemberId().equals(Plans.id("m6")))
                        .toList()));
    String rule = "norms.agreement-missing";
    assertThat(VALIDATOR.validate(plan, Stage.LAUNCH).findings(rule))
        .extracting(Finding::getSeverity)
        .containsOnly(Severity.INFO);
    assertThat(VALIDATOR.validate(plan, Stage.LAUNCH).isAcceptable()).isTrue();
    assertThat(running(plan, AS_OF, rule))
        .extracting(f -> f.getArguments().get("member"), Finding::getSeverity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("m3", Severity.ERROR),
            org.assertj.core.groups.Tuple.tuple("m6", Severity.WARNING));
    // m3 left on 1 November: asked before, not after
    CommunityOfPractice left =
        Plans.membership(
            plan,
            m ->
                m.withMembers(
                    m.getMembers().stream()
                        .map(
                            x ->
                                x.getId().equals(Plans.id("m3"))
                                    ? Member.builder()
                                        .from(x)
                                        .addStatusHistory(
                                            StatusChange.of(LAUNCH, MembershipStatus.JOINED),
                                            StatusChange.of(
                                                LocalDate.of(2026, 11, 1), MembershipStatus.LEFT))
                                        .build()
                                    : x)
                        .toList()));
    assertThat(running(left, LocalDate.of(2026, 10, 31), rule)).hasSize(2);
    assertThat(running(left, LocalDate.of(2026, 11, 1), rule))
        .extracting(f -> f.getArguments().get("member"))
        .containsExactly("m6");
  }

  @Test
  void aStudyIsDueMoreThanTheWeeksAfterACycleStarted() {
    CommunityOfPractice plan = Plans.cycle(Plans.complete(), c -> c.withStudy(Optional.empty()));
    LocalDate started = LocalDate.of(2026, 10, 1);
    String rule = "improvement.study-overdue";
    assertThat(running(plan, started.plusWeeks(8), rule)).isEmpty();
    assertThat(running(plan, started.plusWeeks(8).plusDays(1), rule))
        .extracting(Finding::getPath)
        .containsExactly("/practice/improvementWork/0/cycles/0/study");
    CopValidator patient =
        VALIDATOR.withPolicy(ValidationPolicy.builder().studyWithinWeeks(12).build());
    assertThat(
            patient.validate(plan, Stage.RUNNING, started.plusWeeks(8).plusDays(1)).findings(rule))
        .isEmpty();
  }

  @Test
  void anAimsResultIsDueTheDayAfterItsDate() {
    LocalDate by = LocalDate.of(2027, 6, 1);
    String rule = "improvement.aim-result-missing";
    assertThat(running(Plans.complete(), by, rule)).isEmpty();
    assertThat(running(Plans.complete(), by.plusDays(1), rule))
        .extracting(Finding::getPath)
        .containsExactly("/practice/improvementWork/0/aim/result");
    CommunityOfPractice reached =
        Plans.work(
            Plans.complete(),
            w -> w.withAim(ImmutableAim.copyOf(w.getAim().get()).withResult("from 60% to 73%")));
    assertThat(running(reached, by.plusDays(1), rule)).isEmpty();
  }

  @Test
  void aPlanStillMarkedPlanningIsFlaggedOnceAMeetingIsPast() {
    CommunityOfPractice plan =
        Plans.plan(Plans.complete(), x -> x.withStatus(org.edcop.model.LifecycleStatus.PLANNING));
    assertThat(running(plan, LAUNCH, "community.still-planning")).isEmpty();
    assertThat(running(plan, LAUNCH.plusDays(1), "community.still-planning"))
        .extracting(Finding::getPath, Finding::getSeverity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("/status", Severity.WARNING));
  }

  @Test
  void historiesOutOfOrderAreIntegrityErrorsEvenInADraft() {
    CommunityOfPractice plan =
        Plans.addMember(
            Plans.complete(),
            Member.builder()
                .from(Plans.member("x1", ParticipationTier.ACTIVE))
                .addStatusHistory(
                    StatusChange.of(LAUNCH, MembershipStatus.JOINED),
                    StatusChange.of(LAUNCH, MembershipStatus.LEFT),
                    StatusChange.of(LAUNCH.minusDays(1), MembershipStatus.INVITED))
                .build());
    assertThat(VALIDATOR.validate(plan, Stage.DRAFT).findings("integrity.history-order"))
        .extracting(Finding::getPath, Finding::getSeverity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "/community/membership/members/9/statusHistory/2/effectiveOn", Severity.ERROR));
  }

  private static List<NormAgreement> concat(
      List<NormAgreement> list, NormAgreement first, NormAgreement second) {
    List<NormAgreement> all = new java.util.ArrayList<>(list);
    all.add(first);
    all.add(second);
    return all;
  }
}
