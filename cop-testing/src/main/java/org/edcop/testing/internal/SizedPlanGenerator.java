package org.edcop.testing.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
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
import org.edcop.model.MemberId;
import org.edcop.model.Membership;
import org.edcop.model.Norm;
import org.edcop.model.NormAgreement;
import org.edcop.model.NormTopic;
import org.edcop.model.Norms;
import org.edcop.model.ParticipationTier;
import org.edcop.model.Person;
import org.edcop.model.Practice;
import org.edcop.model.Purpose;
import org.edcop.model.PurposeStatement;
import org.edcop.model.PurposeType;
import org.edcop.model.Reflection;
import org.edcop.model.Results;
import org.edcop.model.SizeRange;
import org.edcop.model.Tool;
import org.edcop.model.ToolUse;

/**
 * Generates a complete-looking plan of a given size, for benchmarks (see {@code
 * RandomPlans.ofSize}).
 */
public final class SizedPlanGenerator {

  private static final Duration LENGTH = Duration.ofHours(1);
  private static final int MAX_ATTENDANCE = 12;

  private final Random r;
  private final int memberCount;
  private final int meetingCount;

  /**
   * Creates a generator.
   *
   * @param random the source of randomness
   * @param members the number of roster entries
   * @param meetings the number of meetings
   */
  public SizedPlanGenerator(Random random, int members, int meetings) {
    this.r = random;
    this.memberCount = members;
    this.meetingCount = meetings;
  }

  /**
   * Generates the plan.
   *
   * @return the plan
   */
  public CommunityOfPractice plan() {
    ZoneId zone = PlanGenerator.ZONES.get(r.nextInt(PlanGenerator.ZONES.size()));
    LocalDate launch = LocalDate.of(2026, 8, 20).plusDays(r.nextInt(30));

    // roster: about one in ten core (at least one), one in fifty transactional, the rest spread
    List<Member> members = new ArrayList<>(memberCount);
    List<MemberId> attendees = new ArrayList<>(memberCount);
    List<MemberId> core = new ArrayList<>();
    int coreCount = Math.max(1, memberCount / 10);
    ParticipationTier[] others = {
      ParticipationTier.ACTIVE,
      ParticipationTier.ACTIVE,
      ParticipationTier.OCCASIONAL,
      ParticipationTier.PERIPHERAL
    };
    for (int i = 0; i < memberCount; i++) {
      MemberId id = MemberId.of(String.format("m-%05d", i));
      ParticipationTier tier =
          i < coreCount
              ? ParticipationTier.CORE
              : i % 50 == 49 ? ParticipationTier.TRANSACTIONAL : others[r.nextInt(others.length)];
      members.add(
          Member.builder()
              .id(id)
              .person(
                  Person.builder()
                      .name("Member " + i)
                      .role("Principal")
                      .organisation("School " + (i % 200))
                      .build())
              .tier(tier)
              .decisionMaker(i == 0)
              .build());
      if (tier != ParticipationTier.TRANSACTIONAL) {
        attendees.add(id);
      }
      if (tier == ParticipationTier.CORE) {
        core.add(id);
      }
    }
    int headcount = attendees.size();

    // leaders: up to four core members sharing the eight duties round-robin
    List<Leader> leaders = new ArrayList<>();
    int leaderCount = Math.min(4, core.size());
    LeadershipDuty[] duties = LeadershipDuty.values();
    for (int l = 0; l < leaderCount; l++) {
      EnumSet<LeadershipDuty> held = EnumSet.noneOf(LeadershipDuty.class);
      for (int d = l; d < duties.length; d += leaderCount) {
        held.add(duties[d]);
      }
      leaders.add(Leader.builder().memberId(core.get(l)).duties(held).build());
    }

    List<Norm> norms = new ArrayList<>();
    for (NormTopic topic : NormTopic.values()) {
      norms.add(Norm.of("We agree how we handle " + topic.code().replace('-', ' '), topic));
    }
    List<NormAgreement> agreements = new ArrayList<>(headcount);
    for (MemberId id : attendees) {
      agreements.add(NormAgreement.of(id, 1, launch.minusDays(3)));
    }

    // meetings: weekly, same local time, one hour, strictly increasing and never overlapping
    LocalTime time = LocalTime.of(15, 30);
    List<Meeting> meetings = new ArrayList<>(meetingCount);
    for (int i = 0; i < meetingCount; i++) {
      OffsetDateTime start = launch.plusWeeks(1L + i).atTime(time).atZone(zone).toOffsetDateTime();
      var meeting =
          Meeting.builder()
              .id("meeting-" + i)
              .start(start)
              .end(start.plus(LENGTH))
              .addTopics("Session " + (i + 1))
              .addActivities(ActivityKind.STANDING_AGENDA);
      if (i % 4 == 1) {
        meeting.addIncludes(MeetingElement.FEEDBACK);
      }
      if (i % 5 == 2) {
        meeting.addIncludes(MeetingElement.REFLECTION);
      }
      if (i % 10 == 9 || i == meetingCount - 1) {
        meeting.addIncludes(MeetingElement.CELEBRATION);
      }
      if (!leaders.isEmpty()) {
        meeting.facilitator(leaders.get(i % leaders.size()).getMemberId());
      }
      if (!attendees.isEmpty()) {
        int count = Math.min(attendees.size(), 1 + r.nextInt(MAX_ATTENDANCE));
        int first = r.nextInt(attendees.size());
        for (int a = 0; a < count; a++) {
          meeting.addAttendance(attendees.get((first + a) % attendees.size()));
        }
      }
      meetings.add(meeting.build());
    }

    EnumSet<PurposeType> types = EnumSet.of(PurposeType.SHARED_LEARNING);
    for (PurposeType type : PurposeType.values()) {
      if (r.nextInt(4) == 0) {
        types.add(type);
      }
    }
    List<Evidence> evidence = new ArrayList<>();
    for (PurposeType type : types) {
      evidence.add(
          Evidence.builder()
              .kind(EvidenceKind.LEARNING_AND_GROWTH)
              .purposeType(type)
              .description("Evidence for " + type.code())
              .build());
    }
    List<Reflection> reflections = new ArrayList<>();
    for (Leader leader : leaders) {
      reflections.add(
          Reflection.builder()
              .memberId(leader.getMemberId())
              .newLearning("New learning")
              .application("Apply it at school")
              .addSelfReflectivePractices("Journal")
              .addCompetencies(CompetencyRef.of("alberta-lqs", String.valueOf(1 + r.nextInt(9))))
              .build());
    }

    return CommunityOfPractice.builder()
        .id("sized-" + memberCount + "-" + meetingCount)
        .name("Generated community of " + memberCount + " members")
        .authority("Generated Authority")
        .status(LifecycleStatus.PLANNING)
        .createdOn(launch.minusDays(60))
        .timeZone(zone)
        .domain(
            Domain.builder()
                .sharedInterest("Improving learning together")
                .sharedExpertise("School leadership")
                .purpose(
                    Purpose.builder()
                        .statement(
                            PurposeStatement.of(
                                "school leaders", "student learning", "lead improvement"))
                        .types(types)
                        .build())
                .build())
        .community(
            Community.builder()
                .membership(
                    Membership.builder()
                        .idealMemberProfile("A school leader")
                        .idealSize(SizeRange.of(headcount / 2, headcount + headcount / 2 + 1))
                        .invitationApproach("Open invitation")
                        .members(members)
                        .build())
                .leadership(
                    Leadership.builder()
                        .structure(
                            leaders.size() == 1
                                ? LeadershipStructure.SINGLE_LEADER
                                : LeadershipStructure.LEADERSHIP_TEAM)
                        .leaders(leaders)
                        .communication("Announced at launch")
                        .support("Coaching")
                        .build())
                .norms(
                    Norms.builder()
                        .norms(norms)
                        .valuesAlignment("Aligned with the authority's values")
                        .agreements(agreements)
                        .build())
                .build())
        .practice(
            Practice.builder()
                .launchPlan(
                    LaunchPlan.builder()
                        .launchDate(launch)
                        .cadence(Cadence.everyWeeks(1))
                        .meetingLength(LENGTH)
                        .format(MeetingFormat.VIRTUAL)
                        .platform("Video meeting")
                        .addStandingAgendaItems("Check-in")
                        .addActivityKinds(ActivityKind.STANDING_AGENDA)
                        .addTools(
                            Tool.of(
                                "Shared drive",
                                ToolUse.GATHERING_KNOWLEDGE,
                                ToolUse.SHARING_RESOURCES,
                                ToolUse.KEEPING_LEGACY))
                        .build())
                .meetings(meetings)
                .results(
                    Results.builder()
                        .addFeedbackMethods(FeedbackMethod.of("Exit ticket", "every meeting"))
                        .plannedEvidence(evidence)
                        .successCriteria("Members report growth")
                        .legacy(
                            Legacy.builder()
                                .description("Shared resources")
                                .addStakeholders("All schools")
                                .communication("Newsletter")
                                .build())
                        .addCelebrations(Celebration.of("End-of-year celebration"))
                        .build())
                .reflections(reflections)
                .build())
        .build();
  }
}
