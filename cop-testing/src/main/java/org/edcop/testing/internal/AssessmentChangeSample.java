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
import org.edcop.model.Cadence;
import org.edcop.model.Celebration;
import org.edcop.model.Community;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.CompetencyRef;
import org.edcop.model.Domain;
import org.edcop.model.Evidence;
import org.edcop.model.EvidenceKind;
import org.edcop.model.FeedbackMethod;
import org.edcop.model.FurtherApplication;
import org.edcop.model.LaunchPlan;
import org.edcop.model.Leader;
import org.edcop.model.Leadership;
import org.edcop.model.LeadershipDuty;
import org.edcop.model.LeadershipStructure;
import org.edcop.model.Legacy;
import org.edcop.model.LifecycleStatus;
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
 * Sample {@code assessment-change}: an (invented) Alberta division moving to standards-based
 * grading, with the deciding assistant superintendent inside the community and hybrid meetings
 * every two weeks. Still in planning: no attendance yet.
 */
public final class AssessmentChangeSample {

  /** The community's time zone. */
  public static final ZoneId ZONE = ZoneId.of("America/Edmonton");

  /** The planned meeting length. */
  public static final Duration LENGTH = Duration.ofHours(2);

  private static final String DIVISION = "Aspen Valley School Division";

  private AssessmentChangeSample() {}

  static List<Member> members() {
    return List.of(
        member(
                "ac-01",
                "Beatrice Nwosu",
                "Assistant Superintendent, Learning",
                DIVISION,
                ParticipationTier.CORE)
            .withDecisionMaker(true),
        member(
            "ac-02",
            "Colin Fairweather",
            "Division Assessment Lead",
            DIVISION,
            ParticipationTier.CORE),
        member(
            "ac-03",
            "Sofia Marchetti",
            "Principal, Aspen Valley High School",
            DIVISION,
            ParticipationTier.ACTIVE),
        member(
            "ac-04",
            "Ravi Chandran",
            "Principal, Poplar Grove Middle School",
            DIVISION,
            ParticipationTier.ACTIVE),
        member("ac-05", "Ingrid Solberg", "Assessment coach", DIVISION, ParticipationTier.ACTIVE),
        member(
            "ac-06",
            "Marcus Bell",
            "Mathematics teacher leader",
            DIVISION,
            ParticipationTier.ACTIVE),
        member(
            "ac-07", "Nadia Rahimi", "Science teacher leader", DIVISION, ParticipationTier.ACTIVE),
        member(
            "ac-08",
            "Owen Gallagher",
            "Vice-Principal, Aspen Valley High School",
            DIVISION,
            ParticipationTier.ACTIVE),
        member(
            "ac-09",
            "Chantal Lefebvre",
            "French immersion teacher",
            DIVISION,
            ParticipationTier.OCCASIONAL),
        member(
            "ac-10",
            "Peter Yellowhorn",
            "Learning support teacher",
            DIVISION,
            ParticipationTier.OCCASIONAL),
        member(
            "ac-11",
            "Julia Brandt",
            "Parent council chair",
            "Aspen Valley school councils",
            ParticipationTier.OCCASIONAL),
        member(
            "ac-12",
            "Henry Adeyemi",
            "Director, Information Systems",
            DIVISION,
            ParticipationTier.PERIPHERAL),
        member(
            "ac-13",
            "Lena Moreau",
            "Guest speaker, grading researcher",
            "Invented Institute",
            ParticipationTier.TRANSACTIONAL));
  }

  /**
   * Meeting days: Tuesdays every two weeks, 12 January to 9 March 2027 (all Mountain Standard
   * Time).
   */
  static List<LocalDate> meetingDates() {
    return everyWeeks(LocalDate.of(2027, 1, 12), 2, 5);
  }

  /**
   * Builds the plan.
   *
   * @return the plan
   */
  public static CommunityOfPractice plan() {
    List<Member> members = members();
    return CommunityOfPractice.builder()
        .id("sample-assessment-change")
        .name("Standards-Based Grading Implementation Community")
        .authority(DIVISION)
        .status(LifecycleStatus.PLANNING)
        .createdOn(LocalDate.of(2026, 10, 5))
        .timeZone(ZONE)
        .domain(
            Domain.builder()
                .sharedInterest("Grading that reports what students know and can do")
                .sharedExpertise("Classroom assessment and school leadership in grades 7 to 12")
                .purpose(
                    Purpose.builder()
                        .statement(
                            PurposeStatement.of(
                                "school leaders, teacher leaders and assessment staff of the division",
                                "moving grades 7 to 12 to standards-based grading",
                                "put the new grading practice in place and advise the division's decision"))
                        .addTypes(
                            PurposeType.SHARED_LEARNING,
                            PurposeType.GATHERING_FEEDBACK,
                            PurposeType.IMPLEMENTING_A_CHANGE)
                        .build())
                .build())
        .community(
            Community.builder()
                .membership(
                    Membership.builder()
                        .idealMemberProfile(
                            "Someone who will pilot or support the new grading practice")
                        .addRequiredMembers(
                            RequiredMember.builder()
                                .who("The assistant superintendent who decides the grading guide")
                                .reason("The community's feedback informs that decision")
                                .memberId(id("ac-01"))
                                .build(),
                            RequiredMember.builder()
                                .who("A high school principal")
                                .reason("Grades 10 to 12 carry transcripts and the most risk")
                                .memberId(id("ac-03"))
                                .build(),
                            RequiredMember.builder()
                                .who("A parent voice")
                                .memberId(id("ac-11"))
                                .build())
                        .idealSize(SizeRange.of(10, 15))
                        .invitationApproach(
                            "Principals nominate one teacher leader each; parent council names a chair")
                        .members(members)
                        .build())
                .leadership(
                    Leadership.builder()
                        .structure(LeadershipStructure.LEADERSHIP_TEAM)
                        .addLeaders(
                            Leader.of(
                                id("ac-01"),
                                LeadershipDuty.CONVENE_COMMUNITY,
                                LeadershipDuty.FACILITATE_DECISIONS,
                                LeadershipDuty.LIAISE_WITH_LEADERS),
                            Leader.of(
                                id("ac-02"),
                                LeadershipDuty.SET_UP_MEETINGS,
                                LeadershipDuty.CRAFT_GUIDING_QUESTIONS,
                                LeadershipDuty.KEEP_ON_PURPOSE),
                            Leader.of(
                                id("ac-05"),
                                LeadershipDuty.FACILITATE_KNOWLEDGE_GATHERING,
                                LeadershipDuty.CLARIFY_ROLES))
                        .communication("Announced in the division's December leadership memo")
                        .support("Release time for the assessment lead and coach, one day a month")
                        .build())
                .norms(
                    Norms.builder()
                        .addNorms(
                            Norm.of(
                                "Every pilot teacher's classroom evidence is heard before we recommend",
                                NormTopic.ROLE_AND_VOICE,
                                NormTopic.DECISIONS),
                            Norm.of(
                                "We keep to the grading guide; other reforms go to the parking lot",
                                NormTopic.STAYING_ON_PURPOSE),
                            Norm.of(
                                "Disagreement is data: we record it with the recommendation",
                                NormTopic.CONFLICT),
                            Norm.of(
                                "Exemplars and rubrics go into the division library",
                                NormTopic.SHARING_KNOWLEDGE),
                            Norm.of(
                                "Schools joining the pilot send a teacher leader to the next meeting",
                                NormTopic.INVITING_MEMBERS),
                            Norm.of(
                                "We are done when the guide is decided and every pilot school has a plan",
                                NormTopic.PURPOSE_ACHIEVED))
                        .developmentProcess(
                            "Drafted by the leadership team, revised and agreed at orientation")
                        .valuesAlignment(
                            "Aligned with the division's assurance plan: fairness, transparency, growth")
                        .agreements(everyoneAgrees(members, 1, LocalDate.of(2026, 12, 15)))
                        .build())
                .build())
        .practice(practice())
        .furtherApplication(
            FurtherApplication.builder()
                .addOtherUses(
                    OtherUse.builder()
                        .description("Input from teachers on the next reporting-software change")
                        .addPurposeTypes(
                            PurposeType.GATHERING_FEEDBACK, PurposeType.IMPLEMENTING_A_CHANGE)
                        .build())
                .build())
        .build();
  }

  private static Practice practice() {
    List<LocalDate> dates = meetingDates();
    String[][] topics = {
      {"Why standards-based grading: research and our pilot data"},
      {"Writing proficiency scales", "Guest speaker on grading for equity"},
      {"Pilot classroom evidence: what students and parents say"},
      {"Draft recommendations on the grading guide"},
      {"Final recommendation to the assistant superintendent", "Celebrating the pilot teachers"}
    };
    String[] facilitators = {"ac-02", "ac-05", "ac-02", "ac-03", "ac-01"};
    MeetingElement[][] includes = {
      {},
      {MeetingElement.FEEDBACK},
      {MeetingElement.FEEDBACK, MeetingElement.REFLECTION},
      {MeetingElement.FEEDBACK},
      {MeetingElement.CELEBRATION, MeetingElement.REFLECTION}
    };
    List<Meeting> meetings = new ArrayList<>();
    for (int i = 0; i < dates.size(); i++) {
      OffsetDateTime start = at(dates.get(i), LocalTime.of(13, 0), ZONE);
      var builder =
          Meeting.builder()
              .id("ac-meeting-" + (i + 1))
              .start(start)
              .end(start.plus(LENGTH))
              .addTopics(topics[i])
              .addActivities(ActivityKind.STANDING_AGENDA, ActivityKind.BREAKOUT_DISCUSSION)
              .addResources("Draft grading guide", "Pilot gradebook exports")
              .facilitator(id(facilitators[i]))
              .addIncludes(includes[i]);
      if (i == 1) {
        builder.addActivities(ActivityKind.GUEST_SPEAKER);
      }
      meetings.add(builder.build());
    }
    return Practice.builder()
        .launchPlan(
            LaunchPlan.builder()
                .launchDate(LocalDate.of(2026, 12, 15))
                .cadence(Cadence.everyWeeks(2))
                .meetingLength(LENGTH)
                .format(MeetingFormat.HYBRID)
                .place("Division office, boardroom")
                .platform("Microsoft Teams")
                .addStandingAgendaItems("Pilot check-in", "Evidence review", "Feedback round")
                .addActivityKinds(
                    ActivityKind.STANDING_AGENDA,
                    ActivityKind.BREAKOUT_DISCUSSION,
                    ActivityKind.GUEST_SPEAKER)
                .addTools(
                    Tool.of(
                        "Division assessment library",
                        ToolUse.SHARING_RESOURCES,
                        ToolUse.KEEPING_LEGACY),
                    Tool.of("Feedback form and notes in OneNote", ToolUse.GATHERING_KNOWLEDGE))
                .build())
        .meetings(meetings)
        .results(
            Results.builder()
                .addFeedbackMethods(
                    FeedbackMethod.of(
                        "Feedback form on each draft section of the guide", "every meeting"),
                    FeedbackMethod.of("Survey of pilot students and parents", "February"))
                .addPlannedEvidence(
                    Evidence.builder()
                        .kind(EvidenceKind.DECISION)
                        .purposeType(PurposeType.GATHERING_FEEDBACK)
                        .description(
                            "The assistant superintendent's decision on the grading guide, with"
                                + " the community's recommendations attached")
                        .build(),
                    Evidence.builder()
                        .kind(EvidenceKind.PRODUCT)
                        .purposeType(PurposeType.IMPLEMENTING_A_CHANGE)
                        .description(
                            "A grading guide and implementation plan for every pilot school")
                        .build(),
                    Evidence.builder()
                        .kind(EvidenceKind.LEARNING_AND_GROWTH)
                        .purposeType(PurposeType.SHARED_LEARNING)
                        .description(
                            "Teachers' before-and-after reflections on their grading practice")
                        .build())
                .successCriteria(
                    "The guide is decided by 31 March and each pilot school has a plan for September")
                .legacy(
                    Legacy.builder()
                        .description("The grading guide, proficiency scales and exemplars")
                        .addStakeholders(
                            "All teachers of grades 7 to 12", "Parents", "Board of trustees")
                        .communication(
                            "Division website, school newsletters and a board presentation in April")
                        .build())
                .addCelebrations(
                    Celebration.builder()
                        .description("Recognition of pilot teachers")
                        .on(dates.get(4))
                        .build())
                .build())
        .addReflections(
            Reflection.builder()
                .memberId(id("ac-03"))
                .newLearning("Change lands when teachers see their own students' evidence")
                .application("Start each staff meeting with one piece of student work")
                .addSelfReflectivePractices("Monthly reflection with my vice-principal")
                .addCompetencies(
                    CompetencyRef.of("alberta-lqs", "6"), CompetencyRef.of("alberta-lqs", "4"))
                .build())
        .build();
  }
}
