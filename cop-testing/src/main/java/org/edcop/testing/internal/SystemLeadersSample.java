package org.edcop.testing.internal;

import static org.edcop.testing.internal.SampleSupport.at;
import static org.edcop.testing.internal.SampleSupport.id;
import static org.edcop.testing.internal.SampleSupport.member;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
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
import org.edcop.model.MemberId;
import org.edcop.model.Membership;
import org.edcop.model.Norm;
import org.edcop.model.NormAgreement;
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
 * Sample {@code system-leaders}: superintendents and system leaders from several (invented) Alberta
 * school authorities, meeting monthly online for a school year. Meeting offsets follow
 * America/Edmonton's daylight-saving changes.
 */
public final class SystemLeadersSample {

  /** The community's time zone. */
  public static final ZoneId ZONE = ZoneId.of("America/Edmonton");

  /** The planned meeting length. */
  public static final Duration LENGTH = Duration.ofMinutes(90);

  private static final LocalTime START = LocalTime.of(15, 30);

  private SystemLeadersSample() {}

  /**
   * Builds the plan.
   *
   * @return the plan
   */
  public static CommunityOfPractice plan() {
    return CommunityOfPractice.builder()
        .id("sample-system-leaders")
        .name("Alberta System Leaders Community of Practice")
        .authority("Prairie Sky School Division")
        .status(LifecycleStatus.LAUNCHED)
        .createdOn(LocalDate.of(2026, 5, 15))
        .launchedOn(LocalDate.of(2026, 8, 27))
        .timeZone(ZONE)
        .domain(domain())
        .community(
            Community.builder()
                .membership(membership())
                .leadership(leadership())
                .norms(norms())
                .build())
        .practice(practice())
        .furtherApplication(
            FurtherApplication.builder()
                .addOtherUses(
                    OtherUse.builder()
                        .description(
                            "Gather principals' input on the division's new reporting policy")
                        .addPurposeTypes(PurposeType.GATHERING_FEEDBACK)
                        .build(),
                    OtherUse.builder()
                        .description("Support first-year assistant principals across the zone")
                        .addPurposeTypes(
                            PurposeType.BUILDING_PROFESSIONAL_CAPACITY, PurposeType.SHARED_LEARNING)
                        .build())
                .addAdaptableTeams(
                    "Zone curriculum directors' meeting",
                    "Division facilities and transportation committee")
                .build())
        .build();
  }

  private static Domain domain() {
    return Domain.builder()
        .sharedInterest(
            "Leading whole school systems through change while growing their own leadership")
        .sharedExpertise(
            "Superintendency and central-office leadership in Alberta school authorities")
        .purpose(
            Purpose.builder()
                .statement(
                    PurposeStatement.of(
                        "superintendents and system education leaders of Alberta school authorities",
                        "building professional capacity across their systems",
                        "lead learning, share what works and grow the next generation of system leaders"))
                .addTypes(
                    PurposeType.SHARING_KNOWLEDGE,
                    PurposeType.BUILDING_PROFESSIONAL_CAPACITY,
                    PurposeType.BUILDING_A_RESOURCE_BANK)
                .build())
        .build();
  }

  static List<Member> members() {
    String prairie = "Prairie Sky School Division";
    String coulee = "Red Coulee Public Schools";
    String boreal = "Boreal Ridge Catholic Schools";
    String kestrel = "Kestrel Lake School Division";
    String willow = "Silverwillow Public Schools";
    return List.of(
        member("sl-01", "Maren Holt", "Superintendent", prairie, ParticipationTier.CORE)
            .withDecisionMaker(true),
        member("sl-02", "Tomas Okafor", "Deputy Superintendent", coulee, ParticipationTier.CORE),
        member(
            "sl-03",
            "Lise Bergeron",
            "Associate Superintendent, Learning",
            boreal,
            ParticipationTier.CORE),
        member("sl-04", "Priya Raman", "Superintendent", kestrel, ParticipationTier.ACTIVE),
        member(
            "sl-05",
            "Jordan Redcrow",
            "Director, First Nations, Métis and Inuit Education",
            willow,
            ParticipationTier.ACTIVE),
        member(
            "sl-06",
            "Elena Vasquez",
            "Assistant Superintendent, Inclusive Learning",
            prairie,
            ParticipationTier.ACTIVE),
        member("sl-07", "Graham McAllister", "Superintendent", willow, ParticipationTier.ACTIVE),
        member(
            "sl-08",
            "Hannah Kowalczyk",
            "Director of Learning Services",
            coulee,
            ParticipationTier.ACTIVE),
        member(
            "sl-09",
            "Samuel Osei",
            "Assistant Superintendent, Human Resources",
            boreal,
            ParticipationTier.OCCASIONAL),
        member(
            "sl-10",
            "Claire Dubois",
            "Director, Francophone Programs",
            kestrel,
            ParticipationTier.OCCASIONAL),
        member(
            "sl-11",
            "Amrit Sandhu",
            "Superintendent",
            "Foothill Crossing School Division",
            ParticipationTier.OCCASIONAL),
        member(
            "sl-12",
            "Noah Lindqvist",
            "Secretary-Treasurer",
            kestrel,
            ParticipationTier.PERIPHERAL),
        member(
            "sl-13",
            "Renée Tremblay",
            "Director of Curriculum",
            willow,
            ParticipationTier.PERIPHERAL),
        member(
            "sl-14",
            "Ayesha Kamal",
            "Guest speaker, leadership researcher",
            "Invented University",
            ParticipationTier.TRANSACTIONAL));
  }

  private static Membership membership() {
    return Membership.builder()
        .idealMemberProfile(
            "A superintendent, deputy, associate or assistant superintendent, or system director who"
                + " wants to grow as a system leader and will share practice openly")
        .addRequiredMembers(
            RequiredMember.builder()
                .who("At least one superintendent of a rural school authority")
                .reason("Rural systems face staffing and distance questions the others must hear")
                .memberId(id("sl-04"))
                .build(),
            RequiredMember.builder()
                .who("A system leader responsible for First Nations, Métis and Inuit education")
                .reason("Every competency conversation includes foundational knowledge")
                .memberId(id("sl-05"))
                .build())
        .idealSize(SizeRange.of(10, 16))
        .invitationApproach(
            "Personal invitation from the core group through the zone's superintendents' table,"
                + " followed by an open call in the zone newsletter")
        .members(members())
        .build();
  }

  private static Leadership leadership() {
    return Leadership.builder()
        .structure(LeadershipStructure.LEADERSHIP_TEAM)
        .addLeaders(
            Leader.of(
                id("sl-01"),
                LeadershipDuty.CONVENE_COMMUNITY,
                LeadershipDuty.KEEP_ON_PURPOSE,
                LeadershipDuty.LIAISE_WITH_LEADERS),
            Leader.of(
                id("sl-02"),
                LeadershipDuty.SET_UP_MEETINGS,
                LeadershipDuty.CRAFT_GUIDING_QUESTIONS),
            Leader.of(
                id("sl-03"),
                LeadershipDuty.FACILITATE_KNOWLEDGE_GATHERING,
                LeadershipDuty.CLARIFY_ROLES),
            Leader.of(id("sl-04"), LeadershipDuty.FACILITATE_DECISIONS))
        .communication(
            "The team and its duties are on the first slide of every meeting and pinned in the channel")
        .support(
            "The team meets for 30 minutes a week before each meeting; the zone office covers the"
                + " platform licence and a facilitation workshop in August")
        .build();
  }

  private static Norms norms() {
    List<NormAgreement> agreements = new ArrayList<>();
    LocalDate firstDraft = LocalDate.of(2026, 6, 12);
    LocalDate revised = LocalDate.of(2026, 8, 24);
    int index = 0;
    for (Member member : members()) {
      if (!member.countsAsMember()) {
        continue;
      }
      if (index < 3) {
        agreements.add(
            NormAgreement.of(member.getId(), 1, firstDraft)); // the core group's first draft
      }
      agreements.add(NormAgreement.of(member.getId(), 2, revised.plusDays(index % 3)));
      index++;
    }
    return Norms.builder()
        .addNorms(
            Norm.of(
                "Everyone speaks before anyone speaks twice; roles rotate each meeting",
                NormTopic.ROLE_AND_VOICE),
            Norm.of(
                "Each agenda item names the part of our purpose it serves; the timekeeper parks the rest",
                NormTopic.STAYING_ON_PURPOSE),
            Norm.of(
                "We disagree with ideas, not people, and name tension early in the meeting",
                NormTopic.CONFLICT),
            Norm.of(
                "Recommendations are decided by consensus; if none is reached, the convener takes a"
                    + " fist-to-five and records the dissent",
                NormTopic.DECISIONS),
            Norm.of(
                "Notes, slides and tools go into the shared channel within two days",
                NormTopic.SHARING_KNOWLEDGE),
            Norm.of(
                "Any member may propose a new member; the core group follows up within a week",
                NormTopic.INVITING_MEMBERS),
            Norm.of(
                "In May we review the evidence against our success criteria and decide whether to"
                    + " continue, change focus or close",
                NormTopic.PURPOSE_ACHIEVED,
                NormTopic.DECISIONS))
        .developmentProcess(
            "The core group drafted norms in June; all members revised them at the August orientation")
        .valuesAlignment(
            "The norms follow the host division's values of integrity, collaboration and learning for"
                + " all, and the CASS code of conduct")
        .version(2)
        .agreements(agreements)
        .build();
  }

  /** The second Tuesday of each month from September 2026 to June 2027. */
  static List<LocalDate> meetingDates() {
    List<LocalDate> dates = new ArrayList<>();
    LocalDate month = LocalDate.of(2026, 9, 1);
    for (int i = 0; i < 10; i++) {
      dates.add(month.plusMonths(i).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY)));
    }
    return dates;
  }

  private static Practice practice() {
    String[][] topics = {
      {"Welcome, norms and roles", "Mapping our systems' priorities"},
      {"Consultancy: recruiting and keeping teachers in rural schools"},
      {
        "Guest speaker: what research says about system-level coherence",
        "Breakout: one coherence move"
      },
      {"Consultancy: budget decisions that protect learning"},
      {"Mid-year check-in on our purpose", "Resource share: board reporting templates"},
      {"Foundational knowledge about First Nations, Métis and Inuit: system-wide learning plans"},
      {"Consultancy: supporting new principals"},
      {"Leadership capacity: growing the next superintendents"},
      {"Reviewing our evidence against the success criteria"},
      {"Celebration of learning", "Assembling our legacy folder"}
    };
    String[] facilitators = {
      "sl-01", "sl-02", "sl-03", "sl-04", "sl-06", "sl-05", "sl-07", "sl-08", "sl-02", "sl-01"
    };
    List<MeetingElement[]> includes =
        List.of(
            new MeetingElement[] {},
            new MeetingElement[] {MeetingElement.FEEDBACK},
            new MeetingElement[] {},
            new MeetingElement[] {MeetingElement.REFLECTION},
            new MeetingElement[] {MeetingElement.FEEDBACK, MeetingElement.REFLECTION},
            new MeetingElement[] {},
            new MeetingElement[] {MeetingElement.REFLECTION},
            new MeetingElement[] {MeetingElement.FEEDBACK},
            new MeetingElement[] {MeetingElement.REFLECTION},
            new MeetingElement[] {MeetingElement.FEEDBACK, MeetingElement.CELEBRATION});
    List<MemberId> regulars = new ArrayList<>();
    for (Member member : members()) {
      if (member.getTier() == ParticipationTier.CORE
          || member.getTier() == ParticipationTier.ACTIVE) {
        regulars.add(member.getId());
      }
    }
    List<Meeting> meetings = new ArrayList<>();
    List<LocalDate> dates = meetingDates();
    for (int i = 0; i < dates.size(); i++) {
      LocalDate date = dates.get(i);
      OffsetDateTime start = at(date, START, ZONE);
      meetings.add(meeting(i, date, start, topics[i], facilitators[i], includes.get(i), regulars));
    }
    return Practice.builder()
        .launchPlan(
            LaunchPlan.builder()
                .launchDate(LocalDate.of(2026, 8, 27))
                .cadence(Cadence.monthlyOn(2, DayOfWeek.TUESDAY))
                .meetingLength(LENGTH)
                .format(MeetingFormat.VIRTUAL)
                .platform("Zoom, on the host division's licence")
                .addStandingAgendaItems(
                    "Check-in: one win, one worry",
                    "Consultancy or content",
                    "Resource share",
                    "Exit reflection")
                .addActivityKinds(
                    ActivityKind.STANDING_AGENDA,
                    ActivityKind.GUEST_SPEAKER,
                    ActivityKind.CONTENT_PRESENTATION,
                    ActivityKind.BREAKOUT_DISCUSSION,
                    ActivityKind.PROBLEM_SOLVING)
                .addTools(
                    Tool.of(
                        "Shared Teams channel",
                        ToolUse.GATHERING_KNOWLEDGE,
                        ToolUse.SHARING_RESOURCES),
                    Tool.of("Legacy folder on the zone SharePoint", ToolUse.KEEPING_LEGACY))
                .build())
        .meetings(meetings)
        .results(
            Results.builder()
                .addFeedbackMethods(
                    FeedbackMethod.of("Two-question exit ticket", "end of every meeting"),
                    FeedbackMethod.of("Mid-year survey of all members", "January"))
                .addPlannedEvidence(
                    evidence(
                        EvidenceKind.LEARNING_AND_GROWTH,
                        PurposeType.BUILDING_PROFESSIONAL_CAPACITY,
                        "Members' self-assessments against the SLQS competencies in September and June"),
                    evidence(
                        EvidenceKind.PRODUCT,
                        PurposeType.SHARING_KNOWLEDGE,
                        "Notes of every consultancy, with the advice members took away"),
                    evidence(
                        EvidenceKind.PRODUCT,
                        PurposeType.BUILDING_A_RESOURCE_BANK,
                        "A curated bank of at least 30 system-leadership resources"))
                .successCriteria(
                    "Most members report growth in at least two SLQS competencies, and each member"
                        + " brings at least one practice from the community back to their system")
                .legacy(
                    Legacy.builder()
                        .description(
                            "A resource bank and consultancy notes for incoming system leaders")
                        .addStakeholders(
                            "Zone superintendents' table",
                            "Boards of trustees",
                            "Newly appointed superintendents")
                        .communication(
                            "Shared at the June zone meeting and linked from the CASS zone page")
                        .build())
                .addCelebrations(
                    Celebration.builder()
                        .description("Celebration of learning at the June meeting")
                        .on(dates.get(9))
                        .build())
                .build())
        .addReflections(
            Reflection.builder()
                .memberId(id("sl-01"))
                .newLearning("Consultancies surface system problems faster than my usual reports")
                .application("Run a consultancy protocol with my own senior team each term")
                .addSelfReflectivePractices("Monthly learning journal", "Peer coaching with sl-02")
                .addCompetencies(
                    CompetencyRef.of("alberta-slqs", "2"), CompetencyRef.of("alberta-slqs", "4"))
                .build(),
            Reflection.builder()
                .memberId(id("sl-02"))
                .newLearning(
                    "Relationships with boards improve when budget trade-offs are shown early")
                .application("Bring draft budget scenarios to trustees two months sooner")
                .addSelfReflectivePractices("Quarterly 360 feedback from trustees")
                .addCompetencies(
                    CompetencyRef.of("alberta-slqs", "1"), CompetencyRef.of("alberta-slqs", "6"))
                .build(),
            Reflection.builder()
                .memberId(id("sl-05"))
                .newLearning("Other systems' land-based learning plans")
                .application("Co-design a system plan with local Elders and Knowledge Keepers")
                .addSelfReflectivePractices("Reflective conversations with an Elder")
                .addCompetencies(CompetencyRef.of("alberta-slqs", "5"))
                .build())
        .build();
  }

  private static Meeting meeting(
      int index,
      LocalDate date,
      OffsetDateTime start,
      String[] topics,
      String facilitator,
      MeetingElement[] includes,
      List<MemberId> regulars) {
    var builder =
        Meeting.builder()
            .id("sl-meeting-" + date.toString().substring(0, 7))
            .title("Meeting " + (index + 1) + ": " + topics[0])
            .start(start)
            .end(start.plus(LENGTH))
            .addTopics(topics)
            .addActivities(ActivityKind.STANDING_AGENDA)
            .addGuidingQuestions("What will you try in your system before we meet again?")
            .addResources("Consultancy protocol one-pager")
            .facilitator(id(facilitator))
            .addIncludes(includes);
    if (index == 2) {
      builder
          .addActivities(ActivityKind.GUEST_SPEAKER, ActivityKind.BREAKOUT_DISCUSSION)
          .addResources("Speaker's slides, shared in the channel afterwards");
    } else if (topics[0].startsWith("Consultancy")) {
      builder.addActivities(ActivityKind.PROBLEM_SOLVING);
    } else {
      builder.addActivities(ActivityKind.CONTENT_PRESENTATION);
    }
    // attendance is recorded for the meetings held so far (September to November 2026)
    if (index < 3) {
      for (int i = 0; i < regulars.size(); i++) {
        if (i != 3 + index) { // a different active member sends regrets each month
          builder.addAttendance(regulars.get(i));
        }
      }
      builder.addAttendance(id("sl-09"));
      if (index == 2) {
        builder.addAttendance(id("sl-14"), id("sl-11"));
      }
    }
    return builder.build();
  }

  private static Evidence evidence(EvidenceKind kind, PurposeType type, String description) {
    return Evidence.builder().kind(kind).purposeType(type).description(description).build();
  }
}
