package org.edcop.testing.internal;

import static org.edcop.testing.internal.SampleSupport.id;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.ImmutableCommunity;
import org.edcop.model.ImmutableCommunityOfPractice;
import org.edcop.model.ImmutableMeeting;
import org.edcop.model.ImmutableMembership;
import org.edcop.model.ImmutablePractice;
import org.edcop.model.Leader;
import org.edcop.model.Leadership;
import org.edcop.model.LeadershipDuty;
import org.edcop.model.LeadershipStructure;
import org.edcop.model.LifecycleStatus;
import org.edcop.model.Meeting;
import org.edcop.model.Member;
import org.edcop.model.Norm;
import org.edcop.model.NormAgreement;
import org.edcop.model.NormTopic;
import org.edcop.model.Norms;
import org.edcop.model.ParticipationTier;
import org.edcop.model.SizeRange;

/**
 * The draft samples. Except for {@code draft-bare}, each is the {@code system-leaders} plan put
 * back into planning with one family of mistakes planted, so the mistakes are the only thing a
 * validator should add to what the complete plan reports.
 */
public final class DraftSamples {

  private DraftSamples() {}

  /**
   * Only what a builder requires: id, name, authority and time zone.
   *
   * @return the plan
   */
  public static CommunityOfPractice bare() {
    return CommunityOfPractice.builder()
        .id("sample-draft-bare")
        .name("Early-Career Principals Network")
        .authority("Prairie Sky School Division")
        .timeZone(ZoneId.of("America/Edmonton"))
        .build();
  }

  private static ImmutableCommunityOfPractice base(String id, String name) {
    return ImmutableCommunityOfPractice.copyOf(SystemLeadersSample.plan())
        .withId(id)
        .withName(name)
        .withStatus(LifecycleStatus.PLANNING)
        .withLaunchedOn(java.util.Optional.empty());
  }

  /**
   * System leaders with integrity mistakes: a repeated member id, a leader and a facilitator who
   * are not on the roster, an ideal size whose minimum exceeds its maximum, a meeting that ends
   * before it starts and a meeting that overlaps another.
   *
   * @return the plan
   */
  public static CommunityOfPractice integrityErrors() {
    ImmutableCommunityOfPractice plan =
        base("sample-draft-integrity-errors", "System Leaders (integrity errors)");
    ImmutableCommunity community = ImmutableCommunity.copyOf(plan.getCommunity());
    ImmutableMembership membership = ImmutableMembership.copyOf(community.getMembership());
    List<Member> members = new ArrayList<>(membership.getMembers());
    // a second roster entry reusing sl-07
    members.add(
        SampleSupport.member(
            "sl-07",
            "Gemma McAllister",
            "Director of Facilities",
            "Silverwillow Public Schools",
            ParticipationTier.PERIPHERAL));
    membership = membership.withMembers(members).withIdealSize(SizeRange.of(16, 10));
    Leadership leadership = community.getLeadership();
    List<Leader> leaders = new ArrayList<>(leadership.getLeaders());
    leaders.add(Leader.of(id("sl-99"), LeadershipDuty.LIAISE_WITH_LEADERS));
    leadership = org.edcop.model.ImmutableLeadership.copyOf(leadership).withLeaders(leaders);

    ImmutablePractice practice = ImmutablePractice.copyOf(plan.getPractice());
    List<Meeting> meetings = new ArrayList<>(practice.getMeetings());
    // meeting 3 (November): facilitated by someone not on the roster
    meetings.set(2, ImmutableMeeting.copyOf(meetings.get(2)).withFacilitator(id("sl-98")));
    // meeting 5 (January): ends 90 minutes before it starts
    ImmutableMeeting january = ImmutableMeeting.copyOf(meetings.get(4));
    meetings.set(
        4, january.withEnd(january.getStart().orElseThrow().minus(Duration.ofMinutes(90))));
    // an extra meeting starting 45 minutes into meeting 7 (March)
    Meeting march = meetings.get(6);
    meetings.add(
        ImmutableMeeting.copyOf(march)
            .withId("sl-meeting-extra")
            .withTitle("Extra consultancy (double-booked)")
            .withStart(march.getStart().orElseThrow().plusMinutes(45))
            .withEnd(march.getEnd().orElseThrow().plusMinutes(45)));
    return plan.withCommunity(community.withMembership(membership).withLeadership(leadership))
        .withPractice(practice.withMeetings(meetings));
  }

  /**
   * System leaders whose leadership is thin: a "team" of one, and that one is the transactional
   * guest speaker, holding two of the eight duties; no word on how the structure is communicated or
   * how leaders are supported.
   *
   * @return the plan
   */
  public static CommunityOfPractice leadershipGaps() {
    ImmutableCommunityOfPractice plan =
        base("sample-draft-leadership-gaps", "System Leaders (leadership gaps)");
    Leadership leadership =
        Leadership.builder()
            .structure(LeadershipStructure.LEADERSHIP_TEAM)
            .addLeaders(
                Leader.of(
                    id("sl-14"), LeadershipDuty.SET_UP_MEETINGS, LeadershipDuty.CONVENE_COMMUNITY))
            .build();
    return plan.withCommunity(
        ImmutableCommunity.copyOf(plan.getCommunity()).withLeadership(leadership));
  }

  /**
   * System leaders whose norms are unfinished: four of the seven topics, agreed to the current
   * version by the core group only (three more members agreed to an older version), and no
   * statement of alignment with the authority's values.
   *
   * @return the plan
   */
  public static CommunityOfPractice unagreedNorms() {
    ImmutableCommunityOfPractice plan =
        base("sample-draft-unagreed-norms", "System Leaders (unagreed norms)");
    LocalDate day = LocalDate.of(2026, 8, 24);
    Norms norms =
        Norms.builder()
            .addNorms(
                Norm.of("Everyone speaks before anyone speaks twice", NormTopic.ROLE_AND_VOICE),
                Norm.of(
                    "Each agenda item names the part of our purpose it serves",
                    NormTopic.STAYING_ON_PURPOSE),
                Norm.of("We disagree with ideas, not people", NormTopic.CONFLICT),
                Norm.of(
                    "Notes go into the shared channel within two days",
                    NormTopic.SHARING_KNOWLEDGE))
            .developmentProcess("Drafted by the core group; not yet discussed with members")
            .version(2)
            .addAgreements(
                NormAgreement.of(id("sl-01"), 2, day),
                NormAgreement.of(id("sl-02"), 2, day),
                NormAgreement.of(id("sl-03"), 2, day),
                NormAgreement.of(id("sl-04"), 1, day.minusMonths(2)),
                NormAgreement.of(id("sl-05"), 1, day.minusMonths(2)),
                NormAgreement.of(id("sl-06"), 1, day.minusMonths(2)))
            .build();
    return plan.withCommunity(ImmutableCommunity.copyOf(plan.getCommunity()).withNorms(norms));
  }
}
