package org.edcop.json.tck;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.edcop.model.ActivityKind;
import org.edcop.model.Aim;
import org.edcop.model.Cadence;
import org.edcop.model.Celebration;
import org.edcop.model.Community;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.CompetencyRef;
import org.edcop.model.ContactInfo;
import org.edcop.model.CycleDecision;
import org.edcop.model.Domain;
import org.edcop.model.Evidence;
import org.edcop.model.EvidenceKind;
import org.edcop.model.FeedbackMethod;
import org.edcop.model.FurtherApplication;
import org.edcop.model.ImprovementWork;
import org.edcop.model.InquiryCycle;
import org.edcop.model.LaunchPlan;
import org.edcop.model.Leader;
import org.edcop.model.Leadership;
import org.edcop.model.LeadershipDuty;
import org.edcop.model.LeadershipStructure;
import org.edcop.model.Legacy;
import org.edcop.model.LifecycleStatus;
import org.edcop.model.Measure;
import org.edcop.model.MeasureKind;
import org.edcop.model.Meeting;
import org.edcop.model.MeetingElement;
import org.edcop.model.MeetingFormat;
import org.edcop.model.Member;
import org.edcop.model.MemberId;
import org.edcop.model.Membership;
import org.edcop.model.Norm;
import org.edcop.model.NormAgreement;
import org.edcop.model.NormTopic;
import org.edcop.model.Norms;
import org.edcop.model.OtherUse;
import org.edcop.model.ParticipationTier;
import org.edcop.model.Person;
import org.edcop.model.Practice;
import org.edcop.model.ProblemOfPractice;
import org.edcop.model.Purpose;
import org.edcop.model.PurposeStatement;
import org.edcop.model.PurposeType;
import org.edcop.model.Reflection;
import org.edcop.model.RequiredMember;
import org.edcop.model.Results;
import org.edcop.model.SizeRange;
import org.edcop.model.TierChange;
import org.edcop.model.Tool;
import org.edcop.model.ToolUse;

/**
 * A hand-built plan that sets every property of the model at least once, with unknown properties at
 * several levels: the fixture for tests that must cover the whole format even without the sample
 * plans.
 */
public final class FullPlan {

  private FullPlan() {}

  /**
   * The plan.
   *
   * @return a plan with every property set
   */
  public static CommunityOfPractice plan() {
    MemberId ana = MemberId.of("m-ana");
    MemberId ben = MemberId.of("m-ben");
    ZoneOffset mdt = ZoneOffset.ofHours(-6);
    return CommunityOfPractice.builder()
        .id("cop-numeracy-2026")
        .name("Numeracy leads")
        .authority("Prairie Rose School Division")
        .status(LifecycleStatus.LAUNCHED)
        .createdOn(LocalDate.of(2026, 5, 4))
        .launchedOn(LocalDate.of(2026, 9, 10))
        .timeZone(ZoneId.of("America/Edmonton"))
        .putUnknownProperty("lmsCourse", "{\"id\":42,\"fee\":2.50}")
        .domain(
            Domain.builder()
                .sharedInterest("Early numeracy")
                .sharedExpertise("Grade 1-3 teaching")
                .equityCentred(true)
                .purpose(
                    Purpose.builder()
                        .statement(
                            PurposeStatement.of(
                                "grade 1-3 teachers", "early numeracy", "teach number sense"))
                        .addTypes(PurposeType.SHARED_LEARNING, PurposeType.BUILDING_A_RESOURCE_BANK)
                        .customPurpose("Pilot a screener")
                        .build())
                .addProblemsOfPractice(
                    ProblemOfPractice.builder()
                        .id("pop-1")
                        .statement("Students new to English fall behind in number talks")
                        .equityFocus("English-language learners")
                        .putUnknownProperty("x-tag", "\"ell\"")
                        .build())
                .build())
        .community(
            Community.builder()
                .membership(
                    Membership.builder()
                        .idealMemberProfile("Teachers of grades 1-3")
                        .addRequiredMembers(
                            RequiredMember.builder()
                                .who("a numeracy coach")
                                .reason("knows the screener")
                                .memberId(ben)
                                .build())
                        .idealSize(SizeRange.of(6, 12))
                        .invitationApproach("Principals nominate")
                        .cohortType(org.edcop.model.CohortType.ROLE_ALIKE)
                        .decisionRoute("recommendations go to the cabinet each term")
                        .addMembers(
                            Member.builder()
                                .id(ana)
                                .person(
                                    Person.builder()
                                        .name("Ana Ruiz")
                                        .role("Grade 2 teacher")
                                        .roleCategory(org.edcop.model.RoleCategory.TEACHER)
                                        .organisation("Maple School")
                                        .contact(
                                            ContactInfo.builder()
                                                .email("ana@example.org")
                                                .phone("+1 403 555 0101")
                                                .build())
                                        .externalId("hr-1001")
                                        .build())
                                .tier(ParticipationTier.CORE)
                                .addTierHistory(
                                    TierChange.of(
                                        LocalDate.of(2026, 5, 4), ParticipationTier.ACTIVE))
                                .addStatusHistory(
                                    org.edcop.model.StatusChange.of(
                                        LocalDate.of(2026, 4, 20),
                                        org.edcop.model.MembershipStatus.INVITED),
                                    org.edcop.model.StatusChange.of(
                                        LocalDate.of(2026, 4, 27),
                                        org.edcop.model.MembershipStatus.JOINED))
                                .decisionMaker(true)
                                .build(),
                            Member.of(ben, Person.of("Ben Ode"), ParticipationTier.ACTIVE),
                            Member.builder()
                                .id(org.edcop.model.MemberId.of("ra-1"))
                                .person(Person.of("Rae Academy"))
                                .kind(org.edcop.model.ParticipantKind.FACILITATOR)
                                .tier(ParticipationTier.TRANSACTIONAL)
                                .build())
                        .build())
                .leadership(
                    Leadership.builder()
                        .structure(LeadershipStructure.LEADERSHIP_TEAM)
                        .rotation("each term")
                        .addLeaders(
                            Leader.of(
                                ana,
                                LeadershipDuty.SET_UP_MEETINGS,
                                LeadershipDuty.CONVENE_COMMUNITY),
                            Leader.of(ben, LeadershipDuty.KEEP_ON_PURPOSE))
                        .communication("In the first meeting")
                        .support("Release time")
                        .build())
                .norms(
                    Norms.builder()
                        .addNorms(
                            Norm.of(
                                "Everyone speaks", NormTopic.ROLE_AND_VOICE, NormTopic.CONFLICT))
                        .developmentProcess("Drafted together")
                        .valuesAlignment("Division values")
                        .version(2)
                        .addAgreements(NormAgreement.of(ana, 2, LocalDate.of(2026, 9, 10)))
                        .build())
                .build())
        .practice(
            Practice.builder()
                .launchPlan(
                    LaunchPlan.builder()
                        .launchDate(LocalDate.of(2026, 9, 10))
                        .cadence(Cadence.monthlyOn(2, DayOfWeek.TUESDAY))
                        .meetingLength(Duration.ofMinutes(90))
                        .format(MeetingFormat.HYBRID)
                        .place("Maple School library")
                        .platform("Teams")
                        .addStandingAgendaItems("Check-in", "Student work")
                        .addActivityKinds(
                            ActivityKind.STANDING_AGENDA, ActivityKind.BREAKOUT_DISCUSSION)
                        .addTools(
                            Tool.of(
                                "Shared drive", ToolUse.SHARING_RESOURCES, ToolUse.KEEPING_LEGACY))
                        .build())
                .addMeetings(
                    Meeting.builder()
                        .id("mtg-1")
                        .title("Kick-off")
                        .start(OffsetDateTime.of(2026, 9, 10, 16, 0, 0, 0, mdt))
                        .end(OffsetDateTime.of(2026, 9, 10, 17, 30, 0, 500_000_000, mdt))
                        .addTopics("Norms", "Screener")
                        .addActivities(ActivityKind.INQUIRY_WORK, ActivityKind.GUEST_SPEAKER)
                        .addGuidingQuestions("What do we notice?")
                        .addResources("Screener kit")
                        .facilitator(ana)
                        .addIncludes(MeetingElement.REFLECTION, MeetingElement.CELEBRATION)
                        .addAttendance(ben, ana)
                        .notes("Agreed on the screener")
                        .addDecisions("Use the screener in October")
                        .addActionItems(
                            org.edcop.model.ActionItem.builder()
                                .description("Book the room")
                                .owner(ben)
                                .dueOn(LocalDate.of(2026, 9, 20))
                                .status(org.edcop.model.ActionItemStatus.DONE)
                                .build(),
                            org.edcop.model.ActionItem.builder()
                                .description("Share the kit")
                                .build())
                        .build())
                .addResourceBank(
                    org.edcop.model.SharedResource.builder()
                        .title("Number talk cards")
                        .link("https://example.org/cards")
                        .kind(org.edcop.model.ResourceKind.TOOL)
                        .addTags("grade 3", "fluency")
                        .contributor(ana)
                        .addedOn(LocalDate.of(2026, 10, 2))
                        .legacy(true)
                        .build())
                .addImprovementWork(
                    ImprovementWork.builder()
                        .problemOfPracticeId("pop-1")
                        .aim(
                            Aim.builder()
                                .statement("More students fluent")
                                .measure("screener")
                                .target("80%")
                                .by(LocalDate.of(2027, 6, 1))
                                .result("76%")
                                .build())
                        .addMeasures(
                            Measure.builder()
                                .name("fluency")
                                .kind(MeasureKind.OUTCOME)
                                .description("x")
                                .build())
                        .addCycles(
                            InquiryCycle.builder()
                                .id("c1")
                                .question("Q")
                                .prediction("P")
                                .done("D")
                                .study("S")
                                .decision(CycleDecision.ADAPT)
                                .startedOn(LocalDate.of(2026, 10, 1))
                                .completedOn(LocalDate.of(2026, 11, 1))
                                .build())
                        .build())
                .results(
                    Results.builder()
                        .addFeedbackMethods(FeedbackMethod.of("Exit ticket", "every meeting"))
                        .addPlannedEvidence(
                            Evidence.builder()
                                .kind(EvidenceKind.PRODUCT)
                                .purposeType(PurposeType.BUILDING_A_RESOURCE_BANK)
                                .description("A bank of number talks")
                                .build())
                        .addCollectedEvidence(
                            Evidence.builder()
                                .id("ev-survey")
                                .kind(EvidenceKind.LEARNING_AND_GROWTH)
                                .description("Survey")
                                .collectedOn(LocalDate.of(2027, 5, 1))
                                .build())
                        .successCriteria("Bank used by 10 schools")
                        .legacy(
                            Legacy.builder()
                                .description("The bank")
                                .addStakeholders("Principals")
                                .communication("Newsletter")
                                .build())
                        .addCelebrations(
                            Celebration.builder()
                                .description("Lunch")
                                .on(LocalDate.of(2027, 6, 10))
                                .build())
                        .addFeedbackReceived(
                            org.edcop.model.FeedbackReceived.builder()
                                .receivedOn(LocalDate.of(2026, 11, 3))
                                .method("Exit ticket")
                                .summary("More time for student work")
                                .build())
                        .addValueStories(
                            org.edcop.model.ValueStory.builder()
                                .author(ben)
                                .toldOn(LocalDate.of(2027, 5, 20))
                                .narrative("My class uses number talks daily")
                                .addCycles(
                                    org.edcop.model.ValueCycle.REALIZED,
                                    org.edcop.model.ValueCycle.APPLIED)
                                .addPurposeTypes(PurposeType.BUILDING_A_RESOURCE_BANK)
                                .addEvidence("ev-survey")
                                .build())
                        .build())
                .addReflections(
                    Reflection.builder()
                        .memberId(ana)
                        .newLearning("Number talks work")
                        .application("Daily warm-up")
                        .addSelfReflectivePractices("journal")
                        .addCompetencies(CompetencyRef.of("ab-lqs", "lqs-3"))
                        .build())
                .build())
        .furtherApplication(
            FurtherApplication.builder()
                .addOtherUses(
                    OtherUse.builder()
                        .description("Literacy leads")
                        .addPurposeTypes(PurposeType.SHARING_KNOWLEDGE)
                        .build())
                .addAdaptableTeams("Grade-level teams")
                .build())
        .developmentStage(org.edcop.model.DevelopmentStage.MATURING)
        .addRenewalDecisions(
            org.edcop.model.RenewalDecision.builder()
                .decidedOn(LocalDate.of(2027, 6, 15))
                .outcome(org.edcop.model.RenewalOutcome.REFOCUS)
                .reason("Purpose achieved for grade 3; extend to grade 4")
                .build())
        .build();
  }
}
