package org.edcop.testing.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.edcop.model.CohortType;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.ImmutableCommunity;
import org.edcop.model.ImmutableLeadership;
import org.edcop.model.ImmutableMembership;
import org.edcop.model.ImmutablePractice;
import org.edcop.model.Leader;
import org.edcop.model.LeadershipDuty;
import org.edcop.model.Meeting;
import org.edcop.model.Member;
import org.edcop.model.MemberId;
import org.edcop.model.MembershipStatus;
import org.edcop.model.NormAgreement;
import org.edcop.model.ParticipantKind;
import org.edcop.model.ParticipationTier;
import org.edcop.model.Person;
import org.edcop.model.RoleCategory;
import org.edcop.model.StatusChange;

/**
 * Samples built on {@code site-leaders-equity}: {@code academy-equity-cohort}, a 21CSLA role-alike
 * cohort of principals with a regional-academy facilitator outside the tiers, and a running
 * snapshot of the equity cohort as of a mid-year day, with the gaps a convener finds between
 * meetings.
 */
public final class AcademyCohortSample {

  /** The academy facilitator's id. */
  public static final MemberId FACILITATOR = MemberId.of("ra-01");

  /** The day the running snapshot is judged as of: five days before the seventh meeting. */
  public static final LocalDate RUNNING_AS_OF = LocalDate.of(2027, 3, 5);

  private AcademyCohortSample() {}

  /**
   * Builds {@code academy-equity-cohort}.
   *
   * @return the plan
   */
  public static CommunityOfPractice plan() {
    CommunityOfPractice base = SiteLeadersEquitySample.plan();
    ImmutableCommunity community = ImmutableCommunity.copyOf(base.getCommunity());
    List<Member> members = new ArrayList<>();
    for (Member member : community.getMembership().getMembers()) {
      String role = member.getPerson().getRole().orElse("Principal").replace("Assistant p", "P");
      members.add(
          Member.builder()
              .from(member)
              .person(
                  Person.builder()
                      .from(member.getPerson())
                      .role(role)
                      .roleCategory(RoleCategory.PRINCIPAL)
                      .build())
              .build());
    }
    members.add(
        Member.builder()
            .id(FACILITATOR)
            .person(
                Person.builder()
                    .name("Imani Brooks")
                    .role("Regional academy facilitator")
                    .roleCategory(RoleCategory.OTHER)
                    .organisation("21CSLA Regional Academy (invented)")
                    .build())
            .kind(ParticipantKind.FACILITATOR)
            .tier(ParticipationTier.TRANSACTIONAL)
            .build());
    ImmutableLeadership leadership = ImmutableLeadership.copyOf(community.getLeadership());
    List<Leader> leaders = new ArrayList<>(leadership.getLeaders());
    leaders.add(
        Leader.of(
            FACILITATOR,
            LeadershipDuty.FACILITATE_KNOWLEDGE_GATHERING,
            LeadershipDuty.LIAISE_WITH_LEADERS));
    ImmutablePractice practice = ImmutablePractice.copyOf(base.getPractice());
    List<Meeting> meetings = new ArrayList<>();
    for (int i = 0; i < practice.getMeetings().size(); i++) {
      Meeting meeting = practice.getMeetings().get(i);
      // the academy facilitator opens the series and leads each study session
      meetings.add(
          i == 0 || i == 2 || i == 5
              ? Meeting.builder().from(meeting).facilitator(FACILITATOR).build()
              : meeting);
    }
    return CommunityOfPractice.builder()
        .from(base)
        .id("sample-academy-equity-cohort")
        .name("Principals' equity cohort, 21CSLA regional academy")
        .community(
            community
                .withMembership(
                    ImmutableMembership.copyOf(community.getMembership())
                        .withCohortType(CohortType.ROLE_ALIKE)
                        .withMembers(members))
                .withLeadership(leadership.withLeaders(leaders)))
        .practice(practice.withMeetings(meetings))
        .build();
  }

  /**
   * Builds the running snapshot of {@code site-leaders-equity} as of {@link #RUNNING_AS_OF}: the
   * sixth meeting's attendance was not recorded, a principal who joined in January has not agreed
   * to the norms although she has attended since, another left at the end of January, and the
   * seventh meeting, five days away, has nobody to facilitate it.
   *
   * @return the plan
   */
  public static CommunityOfPractice runningSnapshot() {
    CommunityOfPractice base = SiteLeadersEquitySample.plan();
    ImmutableCommunity community = ImmutableCommunity.copyOf(base.getCommunity());
    List<Member> members = new ArrayList<>();
    for (Member member : community.getMembership().getMembers()) {
      members.add(
          member.getId().getValue().equals("se-09")
              ? Member.builder()
                  .from(member)
                  .addStatusHistory(
                      StatusChange.of(LocalDate.of(2026, 10, 1), MembershipStatus.JOINED),
                      StatusChange.of(LocalDate.of(2027, 1, 31), MembershipStatus.LEFT))
                  .build()
              : member);
    }
    members.add(
        SampleSupport.member(
                "se-12",
                "Laila Haddad",
                "Principal, Willow Creek Elementary",
                "Oak Hollow Unified School District",
                ParticipationTier.ACTIVE)
            .withStatusHistory(
                StatusChange.of(LocalDate.of(2027, 1, 4), MembershipStatus.INVITED),
                StatusChange.of(LocalDate.of(2027, 1, 11), MembershipStatus.JOINED)));
    ImmutablePractice practice = ImmutablePractice.copyOf(base.getPractice());
    List<Meeting> meetings = new ArrayList<>();
    for (int i = 0; i < practice.getMeetings().size(); i++) {
      Meeting meeting = practice.getMeetings().get(i);
      if (i == 4 || i == 5) {
        List<MemberId> attendance = new ArrayList<>(meeting.getAttendance());
        attendance.add(MemberId.of("se-12"));
        meeting = Meeting.builder().from(meeting).attendance(attendance).build();
      }
      if (i == 5) {
        meeting = Meeting.builder().from(meeting).attendance(List.of()).build();
      }
      if (i == 6) {
        meeting = Meeting.builder().from(meeting).facilitator(java.util.Optional.empty()).build();
      }
      meetings.add(meeting);
    }
    List<NormAgreement> agreements = community.getNorms().getAgreements();
    return CommunityOfPractice.builder()
        .from(base)
        .id("sample-site-leaders-equity-running")
        .community(
            community
                .withMembership(
                    ImmutableMembership.copyOf(community.getMembership()).withMembers(members))
                .withNorms(
                    org.edcop.model.ImmutableNorms.copyOf(community.getNorms())
                        .withAgreements(agreements)))
        .practice(practice.withMeetings(meetings))
        .build();
  }
}
