package org.edcop.validation;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.edcop.model.ActivityKind;
import org.edcop.model.Aim;
import org.edcop.model.Cadence;
import org.edcop.model.Celebration;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.CompetencyRef;
import org.edcop.model.CycleDecision;
import org.edcop.model.Evidence;
import org.edcop.model.EvidenceKind;
import org.edcop.model.FeedbackMethod;
import org.edcop.model.ImmutableCommunity;
import org.edcop.model.ImmutableCommunityOfPractice;
import org.edcop.model.ImmutableDomain;
import org.edcop.model.ImmutableImprovementWork;
import org.edcop.model.ImmutableInquiryCycle;
import org.edcop.model.ImmutableLaunchPlan;
import org.edcop.model.ImmutableLeadership;
import org.edcop.model.ImmutableMeeting;
import org.edcop.model.ImmutableMembership;
import org.edcop.model.ImmutableNorms;
import org.edcop.model.ImmutablePractice;
import org.edcop.model.ImmutablePurpose;
import org.edcop.model.ImmutableReflection;
import org.edcop.model.ImmutableResults;
import org.edcop.model.ImprovementWork;
import org.edcop.model.InquiryCycle;
import org.edcop.model.Leader;
import org.edcop.model.LeadershipDuty;
import org.edcop.model.LeadershipStructure;
import org.edcop.model.Legacy;
import org.edcop.model.Meeting;
import org.edcop.model.MeetingElement;
import org.edcop.model.MeetingFormat;
import org.edcop.model.Member;
import org.edcop.model.MemberId;
import org.edcop.model.Norm;
import org.edcop.model.NormAgreement;
import org.edcop.model.NormTopic;
import org.edcop.model.OtherUse;
import org.edcop.model.ParticipationTier;
import org.edcop.model.Person;
import org.edcop.model.ProblemOfPractice;
import org.edcop.model.PurposeStatement;
import org.edcop.model.PurposeType;
import org.edcop.model.Reflection;
import org.edcop.model.RequiredMember;
import org.edcop.model.SizeRange;
import org.edcop.model.Tool;
import org.edcop.model.ToolUse;

/**
 * Hand-built plans for the validation tests (cop-core cannot use cop-testing's samples): one plan
 * complete at every stage, and helpers that change one part of a plan.
 */
final class Plans {

  static final ZoneId ZONE = ZoneId.of("America/Edmonton");
  static final LocalDate LAUNCH = LocalDate.of(2026, 9, 15);
  static final LocalTime FROM = LocalTime.of(16, 0);
  static final Duration LENGTH = Duration.ofMinutes(90);

  /**
   * The day the tests judge the running stage as of: three meetings are past, the fourth (8
   * December) is five days ahead.
   */
  static final LocalDate AS_OF = LocalDate.of(2026, 12, 3);

  /** A validator whose clock reads {@link #AS_OF} in the plans' zone. */
  static final CopValidator VALIDATOR =
      CopValidator.builder()
          .clock(
              java.time.Clock.fixed(
                  AS_OF.atTime(12, 0).atZone(ZONE).toInstant(), java.time.ZoneOffset.UTC))
          .build();

  private Plans() {}

  static MemberId id(String value) {
    return MemberId.of(value);
  }

  static Member member(String id, ParticipationTier tier) {
    return Member.of(id(id), Person.of("Person " + id), tier);
  }

  /** Start of a meeting on a date at 16:00 in the plan's zone. */
  static OffsetDateTime at(LocalDate date) {
    return date.atTime(FROM).atZone(ZONE).toOffsetDateTime();
  }

  static Meeting meeting(String id, LocalDate date, MeetingElement... includes) {
    return Meeting.builder()
        .id(id)
        .title("Meeting " + id)
        .start(at(date))
        .end(at(date).plus(LENGTH))
        .addTopic("Topic of " + id)
        .addActivity(ActivityKind.BREAKOUT_DISCUSSION)
        .facilitator(id("m1"))
        .addAttendance(id("m1"), id("m2"), id("m3"), id("m4"), id("m5"))
        .addIncludes(includes)
        .build();
  }

  /**
   * A plan with nothing to report at any stage: 8 members (2 core) and one transactional
   * participant, a two-person leadership team, all norm topics and agreements, a hybrid launch
   * every 4 weeks from Tuesday 15 September 2026, four meetings, improvement work, results, a
   * reflection and further uses.
   */
  static CommunityOfPractice complete() {
    List<Member> members = new ArrayList<>();
    members.add(
        Member.builder().from(member("m1", ParticipationTier.CORE)).decisionMaker(true).build());
    members.add(member("m2", ParticipationTier.CORE));
    members.add(member("m3", ParticipationTier.ACTIVE));
    members.add(member("m4", ParticipationTier.ACTIVE));
    members.add(member("m5", ParticipationTier.ACTIVE));
    members.add(member("m6", ParticipationTier.OCCASIONAL));
    members.add(member("m7", ParticipationTier.OCCASIONAL));
    members.add(member("m8", ParticipationTier.PERIPHERAL));
    members.add(member("t1", ParticipationTier.TRANSACTIONAL));
    List<NormAgreement> agreements = new ArrayList<>();
    for (int i = 1; i <= 8; i++) {
      agreements.add(NormAgreement.of(id("m" + i), 1, LAUNCH));
    }
    return CommunityOfPractice.builder()
        .id("cop-literacy")
        .name("Early literacy leaders")
        .authority("Prairie School Division")
        .timeZone(ZONE)
        .status(org.edcop.model.LifecycleStatus.LAUNCHED)
        .createdOn(LocalDate.of(2026, 8, 1))
        .launchedOn(LAUNCH)
        .closedOn(LocalDate.of(2027, 6, 30))
        .domain(
            ImmutableDomain.builder()
                .sharedInterest("early literacy instruction")
                .equityCentred(true)
                .purpose(
                    ImmutablePurpose.builder()
                        .statement(
                            PurposeStatement.of(
                                "school principals",
                                "early reading outcomes",
                                "lead literacy improvement in their schools"))
                        .addTypes(PurposeType.SHARED_LEARNING, PurposeType.GATHERING_FEEDBACK)
                        .build())
                .addProblemsOfPractice(ProblemOfPractice.of("P1", "Grade 1 reading gaps"))
                .build())
        .community(
            ImmutableCommunity.builder()
                .membership(
                    ImmutableMembership.builder()
                        .idealMemberProfile("principals of schools with grades K-3")
                        .addRequiredMember(
                            RequiredMember.builder()
                                .who("literacy director")
                                .memberId(id("m1"))
                                .build())
                        .idealSize(SizeRange.of(6, 12))
                        .invitationApproach("personal invitation from the superintendent")
                        .members(members)
                        .build())
                .leadership(
                    ImmutableLeadership.builder()
                        .structure(LeadershipStructure.LEADERSHIP_TEAM)
                        .addLeader(
                            Leader.of(
                                id("m1"),
                                LeadershipDuty.SET_UP_MEETINGS,
                                LeadershipDuty.CRAFT_GUIDING_QUESTIONS,
                                LeadershipDuty.FACILITATE_KNOWLEDGE_GATHERING,
                                LeadershipDuty.CLARIFY_ROLES))
                        .addLeader(
                            Leader.of(
                                id("m2"),
                                LeadershipDuty.CONVENE_COMMUNITY,
                                LeadershipDuty.KEEP_ON_PURPOSE,
                                LeadershipDuty.FACILITATE_DECISIONS,
                                LeadershipDuty.LIAISE_WITH_LEADERS))
                        .communication("announced at the first meeting and in the newsletter")
                        .support("monthly coaching with the assistant superintendent")
                        .build())
                .norms(
                    ImmutableNorms.builder()
                        .addNorm(
                            Norm.of(
                                "Everyone speaks before anyone speaks twice",
                                NormTopic.ROLE_AND_VOICE))
                        .addNorm(
                            Norm.of(
                                "We check each agenda against our purpose",
                                NormTopic.STAYING_ON_PURPOSE,
                                NormTopic.PURPOSE_ACHIEVED))
                        .addNorm(Norm.of("We disagree with ideas, not people", NormTopic.CONFLICT))
                        .addNorm(
                            Norm.of("We decide by consensus, else by vote", NormTopic.DECISIONS))
                        .addNorm(
                            Norm.of(
                                "Resources go in the shared drive", NormTopic.SHARING_KNOWLEDGE))
                        .addNorm(
                            Norm.of(
                                "Any member may invite a colleague", NormTopic.INVITING_MEMBERS))
                        .valuesAlignment("reflects the division's commitment to every learner")
                        .agreements(agreements)
                        .build())
                .build())
        .practice(
            ImmutablePractice.builder()
                .launchPlan(
                    ImmutableLaunchPlan.builder()
                        .launchDate(LAUNCH)
                        .cadence(Cadence.everyWeeks(4))
                        .meetingLength(LENGTH)
                        .format(MeetingFormat.HYBRID)
                        .place("Central office, room 4")
                        .platform("video conference")
                        .addStandingAgendaItem("problem of practice check-in")
                        .addActivityKind(ActivityKind.BREAKOUT_DISCUSSION)
                        .addTool(
                            Tool.of(
                                "shared drive",
                                ToolUse.GATHERING_KNOWLEDGE,
                                ToolUse.SHARING_RESOURCES,
                                ToolUse.KEEPING_LEGACY))
                        .build())
                .addMeeting(
                    org.edcop.model.Meeting.builder()
                        .from(meeting("launch", LAUNCH))
                        .addActionItems(
                            org.edcop.model.ActionItem.builder()
                                .description("share the reading list")
                                .owner(id("m2"))
                                .dueOn(LAUNCH.plusWeeks(2))
                                .status(org.edcop.model.ActionItemStatus.DONE)
                                .build())
                        .build())
                .addResourceBank(
                    org.edcop.model.SharedResource.builder()
                        .title("literacy leadership playbook")
                        .contributor(id("m1"))
                        .legacy(true)
                        .build())
                .addMeeting(meeting("oct", LAUNCH.plusWeeks(4), MeetingElement.REFLECTION))
                .addMeeting(meeting("nov", LAUNCH.plusWeeks(8), MeetingElement.FEEDBACK))
                .addMeeting(meeting("dec", LAUNCH.plusWeeks(12), MeetingElement.CELEBRATION))
                .addImprovementWork(
                    ImprovementWork.builder()
                        .problemOfPracticeId("P1")
                        .aim(
                            Aim.builder()
                                .statement("more grade 1 readers at grade level")
                                .measure("share reading at grade level")
                                .target("from 60% to 75%")
                                .by(LocalDate.of(2027, 6, 1))
                                .build())
                        .addCycle(
                            InquiryCycle.builder()
                                .id("C1")
                                .question("does daily phonics help?")
                                .prediction("scores rise 5 points")
                                .done("daily 15-minute phonics block")
                                .study("scores rose 4 points")
                                .decision(CycleDecision.ADAPT)
                                .startedOn(LocalDate.of(2026, 10, 1))
                                .completedOn(LocalDate.of(2026, 11, 30))
                                .build())
                        .build())
                .results(
                    ImmutableResults.builder()
                        .addFeedbackMethod(FeedbackMethod.of("exit ticket", "every meeting"))
                        .addPlannedEvidence(
                            evidence(EvidenceKind.LEARNING_AND_GROWTH, PurposeType.SHARED_LEARNING))
                        .addPlannedEvidence(
                            Evidence.builder()
                                .from(
                                    evidence(EvidenceKind.DECISION, PurposeType.GATHERING_FEEDBACK))
                                .id("ev-decision")
                                .build())
                        .addCollectedEvidence(
                            Evidence.builder()
                                .kind(EvidenceKind.DECISION)
                                .id("ev-decision")
                                .description("the board adopted the literacy plan")
                                .build())
                        .addCollectedEvidence(
                            Evidence.builder()
                                .from(
                                    evidence(
                                        EvidenceKind.LEARNING_AND_GROWTH,
                                        PurposeType.SHARED_LEARNING))
                                .id("ev-learning")
                                .build())
                        .addValueStories(
                            org.edcop.model.ValueStory.builder()
                                .author(id("m3"))
                                .narrative("used the feedback protocol with my staff")
                                .addCycles(org.edcop.model.ValueCycle.APPLIED)
                                .addPurposeTypes(
                                    PurposeType.SHARED_LEARNING, PurposeType.GATHERING_FEEDBACK)
                                .addEvidence("ev-learning")
                                .build())
                        .successCriteria("the literacy plan reflects members' input")
                        .legacy(
                            Legacy.builder()
                                .description("a literacy leadership playbook")
                                .addStakeholder("trustees")
                                .communication("presented to the board in June")
                                .build())
                        .addCelebration(Celebration.of("end-of-year showcase"))
                        .build())
                .addReflection(
                    Reflection.builder()
                        .memberId(id("m1"))
                        .newLearning("how to run inquiry cycles")
                        .application("use cycles with my staff")
                        .addSelfReflectivePractice("journal")
                        .addCompetency(CompetencyRef.of("alberta-lqs", "6"))
                        .build())
                .addReflection(
                    Reflection.builder()
                        .memberId(id("m2"))
                        .newLearning("how to give feedback on plans")
                        .application("ask my staff for input the same way")
                        .addSelfReflectivePractice("journal")
                        .addCompetency(CompetencyRef.of("alberta-lqs", "1"))
                        .build())
                .addReflection(
                    Reflection.builder()
                        .memberId(id("m3"))
                        .newLearning("how to give feedback on plans")
                        .application("ask my staff for input the same way")
                        .addSelfReflectivePractice("journal")
                        .addCompetency(CompetencyRef.of("alberta-lqs", "1"))
                        .build())
                .addReflection(
                    Reflection.builder()
                        .memberId(id("m4"))
                        .newLearning("how to give feedback on plans")
                        .application("ask my staff for input the same way")
                        .addSelfReflectivePractice("journal")
                        .addCompetency(CompetencyRef.of("alberta-lqs", "1"))
                        .build())
                .addReflection(
                    Reflection.builder()
                        .memberId(id("m5"))
                        .newLearning("how to give feedback on plans")
                        .application("ask my staff for input the same way")
                        .addSelfReflectivePractice("journal")
                        .addCompetency(CompetencyRef.of("alberta-lqs", "1"))
                        .build())
                .build())
        .furtherApplication(
            org.edcop.model.FurtherApplication.builder()
                .addOtherUse(
                    OtherUse.builder()
                        .description("numeracy leads")
                        .addPurposeType(PurposeType.SHARED_LEARNING)
                        .build())
                .build())
        .build();
  }

  static Evidence evidence(EvidenceKind kind, PurposeType type) {
    return Evidence.builder()
        .kind(kind)
        .purposeType(type)
        .description(kind.code() + " for " + type.code())
        .build();
  }

  // ---- one-part changes -------------------------------------------------------------------

  static CommunityOfPractice plan(
      CommunityOfPractice p, UnaryOperator<ImmutableCommunityOfPractice> f) {
    return f.apply(ImmutableCommunityOfPractice.copyOf(p));
  }

  static CommunityOfPractice domain(CommunityOfPractice p, UnaryOperator<ImmutableDomain> f) {
    return ImmutableCommunityOfPractice.copyOf(p)
        .withDomain(f.apply(ImmutableDomain.copyOf(p.getDomain())));
  }

  static CommunityOfPractice purpose(CommunityOfPractice p, UnaryOperator<ImmutablePurpose> f) {
    return domain(p, d -> d.withPurpose(f.apply(ImmutablePurpose.copyOf(d.getPurpose()))));
  }

  static CommunityOfPractice community(CommunityOfPractice p, UnaryOperator<ImmutableCommunity> f) {
    return ImmutableCommunityOfPractice.copyOf(p)
        .withCommunity(f.apply(ImmutableCommunity.copyOf(p.getCommunity())));
  }

  static CommunityOfPractice membership(
      CommunityOfPractice p, UnaryOperator<ImmutableMembership> f) {
    return community(
        p, c -> c.withMembership(f.apply(ImmutableMembership.copyOf(c.getMembership()))));
  }

  static CommunityOfPractice leadership(
      CommunityOfPractice p, UnaryOperator<ImmutableLeadership> f) {
    return community(
        p, c -> c.withLeadership(f.apply(ImmutableLeadership.copyOf(c.getLeadership()))));
  }

  static CommunityOfPractice norms(CommunityOfPractice p, UnaryOperator<ImmutableNorms> f) {
    return community(p, c -> c.withNorms(f.apply(ImmutableNorms.copyOf(c.getNorms()))));
  }

  static CommunityOfPractice practice(CommunityOfPractice p, UnaryOperator<ImmutablePractice> f) {
    return ImmutableCommunityOfPractice.copyOf(p)
        .withPractice(f.apply(ImmutablePractice.copyOf(p.getPractice())));
  }

  static CommunityOfPractice launchPlan(
      CommunityOfPractice p, UnaryOperator<ImmutableLaunchPlan> f) {
    return practice(
        p, x -> x.withLaunchPlan(f.apply(ImmutableLaunchPlan.copyOf(x.getLaunchPlan()))));
  }

  static CommunityOfPractice results(CommunityOfPractice p, UnaryOperator<ImmutableResults> f) {
    return practice(p, x -> x.withResults(f.apply(ImmutableResults.copyOf(x.getResults()))));
  }

  static CommunityOfPractice meeting(
      CommunityOfPractice p, int index, UnaryOperator<ImmutableMeeting> f) {
    return practice(
        p,
        x -> {
          List<Meeting> meetings = new ArrayList<>(x.getMeetings());
          meetings.set(index, f.apply(ImmutableMeeting.copyOf(meetings.get(index))));
          return x.withMeetings(meetings);
        });
  }

  static CommunityOfPractice addMeeting(CommunityOfPractice p, Meeting meeting) {
    return practice(
        p,
        x -> {
          List<Meeting> meetings = new ArrayList<>(x.getMeetings());
          meetings.add(meeting);
          return x.withMeetings(meetings);
        });
  }

  /** Moves each meeting, in list order, to 16:00 on the given dates. */
  static CommunityOfPractice meetingsOn(CommunityOfPractice p, LocalDate... dates) {
    CommunityOfPractice result = p;
    for (int i = 0; i < dates.length; i++) {
      LocalDate date = dates[i];
      result = meeting(result, i, m -> m.withStart(at(date)).withEnd(at(date).plus(LENGTH)));
    }
    return result;
  }

  static CommunityOfPractice work(
      CommunityOfPractice p, UnaryOperator<ImmutableImprovementWork> f) {
    return practice(
        p,
        x ->
            x.withImprovementWork(
                f.apply(ImmutableImprovementWork.copyOf(x.getImprovementWork().get(0)))));
  }

  static CommunityOfPractice cycle(CommunityOfPractice p, UnaryOperator<ImmutableInquiryCycle> f) {
    return work(p, w -> w.withCycles(f.apply(ImmutableInquiryCycle.copyOf(w.getCycles().get(0)))));
  }

  static CommunityOfPractice reflection(
      CommunityOfPractice p, UnaryOperator<ImmutableReflection> f) {
    return practice(
        p, x -> x.withReflections(f.apply(ImmutableReflection.copyOf(x.getReflections().get(0)))));
  }

  static CommunityOfPractice addMember(CommunityOfPractice p, Member member) {
    return membership(
        p,
        m -> {
          List<Member> members = new ArrayList<>(m.getMembers());
          members.add(member);
          return m.withMembers(members);
        });
  }

  static CommunityOfPractice setTier(
      CommunityOfPractice p, String memberId, ParticipationTier tier) {
    return membership(
        p,
        m -> {
          List<Member> members = new ArrayList<>();
          for (Member member : m.getMembers()) {
            members.add(
                member.getId().getValue().equals(memberId)
                    ? Member.builder().from(member).tier(tier).build()
                    : member);
          }
          return m.withMembers(members);
        });
  }

  static DayOfWeek tuesday() {
    return DayOfWeek.TUESDAY;
  }
}
