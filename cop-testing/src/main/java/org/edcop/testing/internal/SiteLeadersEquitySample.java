package org.edcop.testing.internal;

import static org.edcop.testing.internal.SampleSupport.at;
import static org.edcop.testing.internal.SampleSupport.everyWeeks;
import static org.edcop.testing.internal.SampleSupport.everyoneAgrees;
import static org.edcop.testing.internal.SampleSupport.id;
import static org.edcop.testing.internal.SampleSupport.member;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.edcop.model.ActivityKind;
import org.edcop.model.Aim;
import org.edcop.model.Cadence;
import org.edcop.model.Celebration;
import org.edcop.model.Community;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.CompetencyRef;
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
import org.edcop.model.Membership;
import org.edcop.model.Norm;
import org.edcop.model.NormTopic;
import org.edcop.model.Norms;
import org.edcop.model.OtherUse;
import org.edcop.model.ParticipationTier;
import org.edcop.model.Practice;
import org.edcop.model.ProblemOfPractice;
import org.edcop.model.Purpose;
import org.edcop.model.PurposeStatement;
import org.edcop.model.PurposeType;
import org.edcop.model.Reflection;
import org.edcop.model.RequiredMember;
import org.edcop.model.Results;
import org.edcop.model.SizeRange;
import org.edcop.model.Tool;
import org.edcop.model.ToolUse;

/**
 * Sample {@code site-leaders-equity}: a role-alike cohort of (invented) California site leaders
 * working through continuous improvement on chronic absence of multilingual learners. Meetings fall
 * every three weeks in Pacific standard time.
 */
public final class SiteLeadersEquitySample {

  /** The community's time zone. */
  public static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");

  /** The planned meeting length. */
  public static final Duration LENGTH = Duration.ofMinutes(90);

  private static final String DISTRICT = "Oak Hollow Unified School District";

  private SiteLeadersEquitySample() {}

  static List<Member> members() {
    return List.of(
        member(
            "se-01",
            "Rosa Delgado",
            "Principal, Canyon Oak Elementary",
            DISTRICT,
            ParticipationTier.CORE),
        member(
            "se-02",
            "Kevin Tran",
            "Principal, Meadowlark Elementary",
            DISTRICT,
            ParticipationTier.CORE),
        member(
            "se-03",
            "Aaliyah Brooks",
            "Assistant Principal, Juniper Elementary",
            DISTRICT,
            ParticipationTier.ACTIVE),
        member(
            "se-04",
            "Marco Ibarra",
            "Principal, Riverside Newcomer Academy",
            DISTRICT,
            ParticipationTier.ACTIVE),
        member(
            "se-05",
            "Mei-Lin Chow",
            "Principal, Sycamore Elementary",
            DISTRICT,
            ParticipationTier.ACTIVE),
        member(
            "se-06",
            "Daniel Ortega",
            "Assistant Principal, Canyon Oak Elementary",
            DISTRICT,
            ParticipationTier.ACTIVE),
        member(
            "se-07",
            "Fatima Haddad",
            "Principal, Willow Creek Elementary",
            DISTRICT,
            ParticipationTier.ACTIVE),
        member(
            "se-08",
            "Olivia Grant",
            "Assistant Principal, Meadowlark Elementary",
            DISTRICT,
            ParticipationTier.OCCASIONAL),
        member(
            "se-09",
            "Tuan Pham",
            "Principal, Hillcrest Elementary",
            DISTRICT,
            ParticipationTier.OCCASIONAL),
        member(
            "se-10",
            "Grace Whitaker",
            "Assistant Principal, Sycamore Elementary",
            DISTRICT,
            ParticipationTier.PERIPHERAL),
        member(
            "se-11",
            "Luis Navarro",
            "Attendance data analyst, county office of education",
            "Invented County Office of Education",
            ParticipationTier.TRANSACTIONAL));
  }

  /** Meeting days: Wednesdays every three weeks, 4 November 2026 to 10 March 2027. */
  static List<LocalDate> meetingDates() {
    return everyWeeks(LocalDate.of(2026, 11, 4), 3, 7);
  }

  /**
   * Builds the plan.
   *
   * @return the plan
   */
  public static CommunityOfPractice plan() {
    List<Member> members = members();
    return CommunityOfPractice.builder()
        .id("sample-site-leaders-equity")
        .name("Elementary Site Leaders Equity Cohort")
        .authority(DISTRICT)
        .status(LifecycleStatus.LAUNCHED)
        .createdOn(LocalDate.of(2026, 8, 31))
        .launchedOn(LocalDate.of(2026, 10, 21))
        .timeZone(ZONE)
        .domain(
            Domain.builder()
                .sharedInterest("Getting every multilingual learner to school, every day")
                .sharedExpertise("Leading elementary schools that serve many multilingual families")
                .equityCentred(true)
                .purpose(
                    Purpose.builder()
                        .statement(
                            PurposeStatement.of(
                                "elementary principals and assistant principals of the district",
                                "the chronic absence of multilingual learners",
                                "use improvement cycles to bring those students to school every day"))
                        .addTypes(
                            PurposeType.SHARED_LEARNING,
                            PurposeType.BUILDING_PROFESSIONAL_CAPACITY,
                            PurposeType.SOLVING_PROBLEMS_OF_PRACTICE)
                        .build())
                .addProblemsOfPractice(
                    ProblemOfPractice.builder()
                        .id("pop-ml-absence")
                        .statement(
                            "About one in four multilingual learners in kindergarten to grade 3 is"
                                + " chronically absent, twice the rate of their classmates")
                        .equityFocus(
                            "Multilingual learners, especially children of newcomer families")
                        .build())
                .build())
        .community(
            Community.builder()
                .membership(
                    Membership.builder()
                        .idealMemberProfile(
                            "A site leader of an elementary school with multilingual learners")
                        .addRequiredMembers(
                            RequiredMember.builder()
                                .who("The principal of the district's newcomer academy")
                                .reason(
                                    "Newcomer families' experience is at the heart of the problem")
                                .memberId(id("se-04"))
                                .build())
                        .idealSize(SizeRange.of(8, 12))
                        .invitationApproach(
                            "The assistant superintendent invites every elementary site leader; joining"
                                + " is voluntary and role-alike")
                        .members(members)
                        .build())
                .leadership(
                    Leadership.builder()
                        .structure(LeadershipStructure.SHARED)
                        .rotation(
                            "Facilitation rotates each meeting among se-01, se-02 and se-03, in that"
                                + " order; the facilitator also sets up the next meeting")
                        .addLeaders(
                            Leader.of(
                                id("se-01"),
                                LeadershipDuty.SET_UP_MEETINGS,
                                LeadershipDuty.CONVENE_COMMUNITY,
                                LeadershipDuty.LIAISE_WITH_LEADERS),
                            Leader.of(
                                id("se-02"),
                                LeadershipDuty.SET_UP_MEETINGS,
                                LeadershipDuty.CRAFT_GUIDING_QUESTIONS,
                                LeadershipDuty.KEEP_ON_PURPOSE),
                            Leader.of(
                                id("se-03"),
                                LeadershipDuty.SET_UP_MEETINGS,
                                LeadershipDuty.FACILITATE_KNOWLEDGE_GATHERING,
                                LeadershipDuty.CLARIFY_ROLES,
                                LeadershipDuty.FACILITATE_DECISIONS))
                        .communication(
                            "The rotation calendar is the first page of the shared notebook")
                        .support("A regional academy coach meets the three leaders once a month")
                        .build())
                .norms(
                    Norms.builder()
                        .addNorms(
                            Norm.of(
                                "Assume positive intent; speak your truth and hear others'",
                                NormTopic.ROLE_AND_VOICE,
                                NormTopic.CONFLICT),
                            Norm.of(
                                "Every conversation returns to our multilingual learners",
                                NormTopic.STAYING_ON_PURPOSE),
                            Norm.of(
                                "Cycle decisions (adopt, adapt, abandon) are made from our data together",
                                NormTopic.DECISIONS),
                            Norm.of(
                                "Tools and data displays go into the shared notebook the same week",
                                NormTopic.SHARING_KNOWLEDGE),
                            Norm.of(
                                "New site leaders may join at the start of any cycle",
                                NormTopic.INVITING_MEMBERS),
                            Norm.of(
                                "We are done when the aim is met for two consecutive months",
                                NormTopic.PURPOSE_ACHIEVED))
                        .developmentProcess("Drafted together at the October orientation")
                        .valuesAlignment(
                            "Aligned with the district's equity commitments and graduate profile")
                        .agreements(everyoneAgrees(members, 1, LocalDate.of(2026, 10, 14)))
                        .build())
                .build())
        .practice(practice(members))
        .furtherApplication(
            FurtherApplication.builder()
                .addOtherUses(
                    OtherUse.builder()
                        .description(
                            "A secondary assistant principals' cohort on ninth-grade course failure")
                        .addPurposeTypes(PurposeType.SOLVING_PROBLEMS_OF_PRACTICE)
                        .build())
                .addAdaptableTeams("District attendance review team")
                .build())
        .build();
  }

  private static Practice practice(List<Member> members) {
    List<LocalDate> dates = meetingDates();
    String[] facilitators = {"se-01", "se-02", "se-03"};
    String[][] topics = {
      {"Empathy interviews with families: what we heard"},
      {"Cycle 1 plan: home-language calls on the first day of absence"},
      {"Cycle 1 study: calls against our prediction", "Reading: attendance as an equity issue"},
      {"Cycle 2 plan: welcome walks with family liaisons"},
      {"Cycle 2 progress and process measure"},
      {"Cycle 2 study and decision", "Cycle 3 question: morning routines"},
      {"Mid-year progress against the aim", "Celebrating our families and staff"}
    };
    MeetingElement[][] includes = {
      {},
      {MeetingElement.FEEDBACK},
      {MeetingElement.REFLECTION},
      {},
      {MeetingElement.FEEDBACK},
      {MeetingElement.REFLECTION},
      {MeetingElement.FEEDBACK, MeetingElement.CELEBRATION}
    };
    List<Meeting> meetings = new ArrayList<>();
    for (int i = 0; i < dates.size(); i++) {
      OffsetDateTime start = at(dates.get(i), LocalTime.of(16, 0), ZONE);
      var builder =
          Meeting.builder()
              .id("se-meeting-" + (i + 1))
              .title("Session " + (i + 1))
              .start(start)
              .end(start.plus(LENGTH))
              .addTopics(topics[i])
              .addActivities(ActivityKind.INQUIRY_WORK, ActivityKind.STANDING_AGENDA)
              .addGuidingQuestions("What did our multilingual families tell us this cycle?")
              .addResources("Attendance dashboard export")
              .facilitator(id(facilitators[i % 3]))
              .addIncludes(includes[i]);
      if (i == 2) {
        builder.addActivities(ActivityKind.READING_DISCUSSION);
      }
      if (i < 6) { // held so far
        for (int m = 0; m < members.size(); m++) {
          Member member = members.get(m);
          // peripheral members observe from the notebook; one or two others send regrets each time
          if (member.getTier() != ParticipationTier.PERIPHERAL && (i + m) % 5 != 0) {
            builder.addAttendance(member.getId());
          }
        }
        builder.addAttendance(id(facilitators[i % 3]));
      }
      meetings.add(builder.build());
    }
    return Practice.builder()
        .launchPlan(
            LaunchPlan.builder()
                .launchDate(LocalDate.of(2026, 10, 21))
                .cadence(Cadence.everyWeeks(3))
                .meetingLength(LENGTH)
                .format(MeetingFormat.IN_PERSON)
                .place("Professional Learning Center, Room 3")
                .addStandingAgendaItems(
                    "Connection circle", "Data review", "Inquiry work", "Next steps")
                .addActivityKinds(
                    ActivityKind.STANDING_AGENDA,
                    ActivityKind.INQUIRY_WORK,
                    ActivityKind.READING_DISCUSSION)
                .addTools(
                    Tool.of(
                        "Shared improvement notebook",
                        ToolUse.GATHERING_KNOWLEDGE,
                        ToolUse.SHARING_RESOURCES,
                        ToolUse.KEEPING_LEGACY))
                .build())
        .meetings(meetings)
        .addImprovementWork(
            ImprovementWork.builder()
                .problemOfPracticeId("pop-ml-absence")
                .aim(
                    Aim.builder()
                        .statement("Cut chronic absence of multilingual learners in K-3")
                        .measure(
                            "Share of K-3 multilingual learners absent 10% or more of school days")
                        .target("from 24% to 15%")
                        .by(LocalDate.of(2027, 6, 4))
                        .build())
                .addMeasures(
                    Measure.builder()
                        .name("Chronic absence rate of K-3 multilingual learners")
                        .kind(MeasureKind.OUTCOME)
                        .description("Monthly, from the attendance system")
                        .build(),
                    Measure.builder()
                        .name("Families called in their home language within one day")
                        .kind(MeasureKind.PROCESS)
                        .description("Weekly call log")
                        .build(),
                    Measure.builder()
                        .name("Office staff hours spent on attendance calls")
                        .kind(MeasureKind.BALANCING)
                        .description("Weekly time sheet")
                        .build())
                .addCycles(
                    InquiryCycle.builder()
                        .id("cycle-1")
                        .question("Will a same-day home-language call bring children back sooner?")
                        .prediction("Half of the children called return within two days")
                        .done("Office staff at four schools called 61 families in five languages")
                        .study(
                            "38 of 61 returned within two days, above the prediction; calls took longer than planned")
                        .decision(CycleDecision.ADAPT)
                        .startedOn(dates.get(1))
                        .completedOn(dates.get(2))
                        .build(),
                    InquiryCycle.builder()
                        .id("cycle-2")
                        .question("Do welcome walks with family liaisons reduce repeated absence?")
                        .prediction(
                            "Repeated absence drops by a quarter for the families walked with")
                        .done("Liaisons led 22 welcome walks at three schools")
                        .study(
                            "Repeated absence dropped by a third; families asked for morning support")
                        .decision(CycleDecision.ADOPT)
                        .startedOn(dates.get(3))
                        .completedOn(dates.get(5))
                        .build(),
                    InquiryCycle.builder()
                        .id("cycle-3")
                        .question(
                            "Does a staffed morning drop-off help families with several children?")
                        .prediction("Tardies and absences fall for siblings in the pilot families")
                        .build())
                .build())
        .results(
            Results.builder()
                .addFeedbackMethods(
                    FeedbackMethod.of("Plus/delta at the end of each session", "every session"))
                .addPlannedEvidence(
                    Evidence.builder()
                        .kind(EvidenceKind.LEARNING_AND_GROWTH)
                        .purposeType(PurposeType.SHARED_LEARNING)
                        .description("Members' learning logs from each inquiry cycle")
                        .build(),
                    Evidence.builder()
                        .kind(EvidenceKind.LEARNING_AND_GROWTH)
                        .purposeType(PurposeType.BUILDING_PROFESSIONAL_CAPACITY)
                        .description("Self-ratings on CPSEL 2 and 4 at the start and end")
                        .build(),
                    Evidence.builder()
                        .kind(EvidenceKind.PRODUCT)
                        .purposeType(PurposeType.SOLVING_PROBLEMS_OF_PRACTICE)
                        .description("Change ideas tested, with run charts of the outcome measure")
                        .build())
                .successCriteria(
                    "The aim is reached, and every member has led at least one change idea at their site")
                .legacy(
                    Legacy.builder()
                        .description("A change package for attendance of multilingual learners")
                        .addStakeholders(
                            "Elementary site leaders", "Family liaisons", "Board of education")
                        .communication(
                            "Presented at the June board meeting and shared on the district site")
                        .build())
                .addCelebrations(
                    Celebration.builder()
                        .description("Family stories shared at the March session")
                        .on(dates.get(6))
                        .build())
                .build())
        .addReflections(
            Reflection.builder()
                .memberId(id("se-01"))
                .newLearning("Testing small changes quickly beats a perfect plan")
                .application("Run two-week cycles with my attendance team")
                .addSelfReflectivePractices("Weekly leadership journal")
                .addCompetencies(
                    CompetencyRef.of("ca-cpsel", "2"), CompetencyRef.of("ca-cpsel", "4"))
                .build(),
            Reflection.builder()
                .memberId(id("se-04"))
                .newLearning("Families read our letters as warnings, not invitations")
                .application("Co-write attendance messages with the family advisory group")
                .addSelfReflectivePractices("Empathy interviews each semester")
                .addCompetencies(
                    CompetencyRef.of("ca-cpsel", "4"), CompetencyRef.of("ca-cpsel", "5"))
                .build())
        .build();
  }
}
