package org.edcop.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.EvidenceKind;
import org.edcop.model.InquiryCycle;
import org.edcop.model.LeadershipStructure;
import org.edcop.model.MeasureKind;
import org.edcop.model.Meeting;
import org.edcop.model.MeetingFormat;
import org.edcop.model.ParticipationTier;
import org.edcop.model.PurposeType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SamplePlansTest {

  static Stream<SamplePlan> complete() {
    return SamplePlans.all().stream().filter(SamplePlan::isComplete);
  }

  @Test
  void namesAreUniqueKebabCaseAndLookedUp() {
    List<SamplePlan> all = SamplePlans.all();
    assertThat(all)
        .extracting(SamplePlan::getName)
        .containsExactly(
            "system-leaders",
            "site-leaders-equity",
            "assessment-change",
            "draft-bare",
            "draft-integrity-errors",
            "draft-leadership-gaps",
            "draft-unagreed-norms",
            "academy-equity-cohort")
        .allMatch(name -> name.matches("[a-z]+(-[a-z]+)*"));
    assertThat(new HashSet<>(all.stream().map(s -> s.getPlan().getId()).toList()))
        .hasSize(all.size());
    for (SamplePlan sample : all) {
      assertThat(SamplePlans.named(sample.getName())).isSameAs(sample);
      assertThat(sample.getTitle()).isNotBlank();
      assertThat(sample.getDescription()).isNotBlank();
    }
    assertThat(all).filteredOn(SamplePlan::isComplete).hasSize(4);
    assertThat(SamplePlans.systemLeaders().getName()).isEqualTo("system-leaders");
    assertThat(SamplePlans.siteLeadersEquity().getName()).isEqualTo("site-leaders-equity");
    assertThat(SamplePlans.assessmentChange().getName()).isEqualTo("assessment-change");
    assertThat(SamplePlans.draftBare().getName()).isEqualTo("draft-bare");
    assertThat(SamplePlans.draftIntegrityErrors().getName()).isEqualTo("draft-integrity-errors");
    assertThat(SamplePlans.draftLeadershipGaps().getName()).isEqualTo("draft-leadership-gaps");
    assertThat(SamplePlans.draftUnagreedNorms().getName()).isEqualTo("draft-unagreed-norms");
    assertThat(SamplePlans.all()).isSameAs(all);
  }

  @Test
  void unknownNameListsTheKnownOnes() {
    assertThatThrownBy(() -> SamplePlans.named("system-leader"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'system-leader'")
        .hasMessageContaining("system-leaders, site-leaders-equity, assessment-change, draft-bare");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("complete")
  void completeSamplesMeetEveryLaunchRule(SamplePlan sample) {
    assertThat(LaunchChecklist.problems(sample.getPlan())).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("complete")
  void completeSamplesHaveCommonShape(SamplePlan sample) {
    CommunityOfPractice plan = sample.getPlan();
    assertThat(plan.getPractice().getReflections()).isNotEmpty();
    assertThat(plan.getCommunity().getMembership().getMembers())
        .filteredOn(m -> m.getTier() == ParticipationTier.TRANSACTIONAL && !m.isFromOutside())
        .hasSize(1);
    assertThat(plan.getPractice().getLaunchPlan().getLaunchDate()).isPresent();
    assertThat(plan.getFurtherApplication().getOtherUses()).isNotEmpty();
    // no contact detail leaks through toString
    assertThat(plan.toString()).doesNotContain("@example.org");
  }

  @Test
  void systemLeadersMeetsMonthlyWithDaylightSavingOffsets() {
    CommunityOfPractice plan = SamplePlans.systemLeaders().getPlan();
    assertThat(plan.getTimeZone()).isEqualTo(ZoneId.of("America/Edmonton"));
    List<Meeting> meetings = plan.getPractice().getMeetings();
    assertThat(meetings).hasSize(10);
    ZoneOffset mdt = ZoneOffset.ofHours(-6);
    ZoneOffset mst = ZoneOffset.ofHours(-7);
    assertThat(meetings)
        .extracting(m -> m.getStart().orElseThrow().getOffset())
        .containsExactly(mdt, mdt, mst, mst, mst, mst, mst, mdt, mdt, mdt);
    assertThat(meetings.get(0).getStart()).contains(OffsetDateTime.parse("2026-09-08T15:30-06:00"));
    assertThat(meetings.get(6).getStart()).contains(OffsetDateTime.parse("2027-03-09T15:30-07:00"));
    assertThat(meetings.get(7).getStart()).contains(OffsetDateTime.parse("2027-04-13T15:30-06:00"));
    for (Meeting meeting : meetings) {
      OffsetDateTime start = meeting.getStart().orElseThrow();
      assertThat(start.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
      assertThat(start.getDayOfMonth()).isBetween(8, 14);
      assertThat(start.toLocalTime()).isEqualTo(LocalTime.of(15, 30));
      assertThat(start.getOffset())
          .isEqualTo(plan.getTimeZone().getRules().getOffset(start.toInstant()));
      assertThat(meeting.getFacilitator()).isPresent();
    }
    assertThat(meetings)
        .filteredOn(m -> !m.getAttendance().isEmpty())
        .hasSizeGreaterThanOrEqualTo(3);
    assertThat(plan.getDomain().getPurpose().getTypes())
        .contains(PurposeType.BUILDING_PROFESSIONAL_CAPACITY, PurposeType.SHARING_KNOWLEDGE);
    int headcount = plan.getCommunity().getMembership().headcount();
    assertThat(plan.getCommunity().getMembership().getMembers()).hasSizeBetween(12, 16);
    assertThat(headcount).isEqualTo(plan.getCommunity().getMembership().getMembers().size() - 1);
    assertThat(plan.getCommunity().getMembership().getMembers()).anyMatch(m -> m.isDecisionMaker());
    assertThat(plan.getCommunity().getNorms().getVersion()).isEqualTo(2);
    assertThat(plan.getPractice().getReflections())
        .flatExtracting(r -> r.getCompetencies())
        .allMatch(ref -> ref.getFrameworkId().equals("alberta-slqs"));
    assertThat(plan.getStatus()).isEqualTo(org.edcop.model.LifecycleStatus.LAUNCHED);
  }

  @Test
  void siteLeadersEquityRunsImprovementCycles() {
    CommunityOfPractice plan = SamplePlans.siteLeadersEquity().getPlan();
    assertThat(plan.getTimeZone()).isEqualTo(ZoneId.of("America/Los_Angeles"));
    assertThat(plan.getDomain().isEquityCentred()).isTrue();
    assertThat(plan.getDomain().getProblemsOfPractice()).isNotEmpty();
    var work = plan.getPractice().getImprovementWork();
    assertThat(work).hasSize(1);
    assertThat(work.get(0).getProblemOfPracticeId())
        .isEqualTo(plan.getDomain().getProblemsOfPractice().get(0).getId());
    var aim = work.get(0).getAim().orElseThrow();
    assertThat(List.of(aim.getMeasure(), aim.getTarget())).allMatch(o -> o.isPresent());
    assertThat(aim.getBy()).isPresent();
    assertThat(work.get(0).getMeasures())
        .extracting(m -> m.getKind())
        .containsExactlyInAnyOrder(MeasureKind.OUTCOME, MeasureKind.PROCESS, MeasureKind.BALANCING);
    List<InquiryCycle> cycles = work.get(0).getCycles();
    assertThat(cycles).hasSize(3);
    for (InquiryCycle done : cycles.subList(0, 2)) {
      assertThat(List.of(done.getPrediction(), done.getDone(), done.getStudy()))
          .allMatch(o -> o.isPresent());
      assertThat(done.getDecision()).isPresent();
      assertThat(done.getCompletedOn()).isPresent();
    }
    InquiryCycle open = cycles.get(2);
    assertThat(open.getQuestion()).isPresent();
    assertThat(open.getPrediction()).isPresent();
    assertThat(List.of(open.getDone(), open.getStudy(), open.getCompletedOn()))
        .allMatch(o -> o.isEmpty());
    assertThat(open.getDecision()).isEmpty();
    var leadership = plan.getCommunity().getLeadership();
    assertThat(leadership.getStructure()).contains(LeadershipStructure.SHARED);
    for (var leader : leadership.getLeaders()) {
      assertThat(leadership.getRotation().orElseThrow()).contains(leader.getMemberId().getValue());
    }
    assertThat(plan.getPractice().getReflections())
        .flatExtracting(r -> r.getCompetencies())
        .allMatch(ref -> ref.getFrameworkId().equals("ca-cpsel"));
    assertThat(plan.getPractice().getMeetings())
        .allMatch(m -> m.getStart().orElseThrow().getOffset().equals(ZoneOffset.ofHours(-8)));
  }

  @Test
  void assessmentChangeHasItsDecisionMakerAndHybridMeetings() {
    CommunityOfPractice plan = SamplePlans.assessmentChange().getPlan();
    assertThat(plan.getDomain().getPurpose().getTypes())
        .contains(PurposeType.GATHERING_FEEDBACK, PurposeType.IMPLEMENTING_A_CHANGE);
    var deciders =
        plan.getCommunity().getMembership().getMembers().stream()
            .filter(m -> m.isDecisionMaker())
            .toList();
    assertThat(deciders).hasSize(1);
    assertThat(deciders.get(0).getPerson().getRole())
        .hasValueSatisfying(r -> assertThat(r).contains("Assistant Superintendent"));
    var launch = plan.getPractice().getLaunchPlan();
    assertThat(launch.getFormat()).contains(MeetingFormat.HYBRID);
    assertThat(launch.getPlace()).isPresent();
    assertThat(launch.getPlatform()).isPresent();
    assertThat(plan.getPractice().getResults().getPlannedEvidence())
        .anyMatch(e -> e.getKind() == EvidenceKind.DECISION);
  }

  @Test
  void draftsBreakExactlyWhatTheirDescriptionsSay() {
    assertThat(IntegrityFacts.of(SamplePlans.draftIntegrityErrors().getPlan()))
        .containsExactlyInAnyOrder(
            Mistake.DUPLICATE_MEMBER_ID,
            Mistake.DANGLING_LEADER,
            Mistake.DANGLING_FACILITATOR,
            Mistake.SIZE_MIN_OVER_MAX,
            Mistake.MEETING_ENDS_BEFORE_START,
            Mistake.OVERLAPPING_MEETINGS);
    CommunityOfPractice integrity = SamplePlans.draftIntegrityErrors().getPlan();
    assertThat(integrity.getCommunity().getMembership().getMembers().get(14).getId().getValue())
        .isEqualTo("sl-07");
    assertThat(
            integrity.getCommunity().getLeadership().getLeaders().get(4).getMemberId().getValue())
        .isEqualTo("sl-99");
    assertThat(
            integrity.getPractice().getMeetings().get(2).getFacilitator().orElseThrow().getValue())
        .isEqualTo("sl-98");
    assertThat(integrity.getPractice().getMeetings().get(4).length()).isEmpty();
    assertThat(integrity.getPractice().getMeetings().get(10).getId()).isEqualTo("sl-meeting-extra");

    assertThat(LaunchChecklist.problems(SamplePlans.draftLeadershipGaps().getPlan()))
        .containsExactlyInAnyOrder(
            "duties uncovered",
            "team of one",
            "leader sl-14 is TRANSACTIONAL",
            "no communication or support");
    assertThat(LaunchChecklist.problems(SamplePlans.draftUnagreedNorms().getPlan()))
        .contains(
            "norm topics uncovered",
            "no values alignment",
            "member sl-04 has not agreed",
            "member sl-13 has not agreed")
        .doesNotContain("member sl-01 has not agreed")
        .allMatch(
            p ->
                p.startsWith("member ")
                    || p.equals("norm topics uncovered")
                    || p.equals("no values alignment"));

    CommunityOfPractice bare = SamplePlans.draftBare().getPlan();
    assertThat(bare)
        .isEqualTo(
            CommunityOfPractice.builder()
                .id(bare.getId())
                .name(bare.getName())
                .authority(bare.getAuthority())
                .timeZone(bare.getTimeZone())
                .build());
    assertThat(IntegrityFacts.of(bare)).isEmpty();
    assertThat(SamplePlans.all())
        .filteredOn(s -> !s.isComplete())
        .allMatch(s -> !LaunchChecklist.problems(s.getPlan()).isEmpty());
  }
}
