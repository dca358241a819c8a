package org.edcop.testing.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.CompetencyRef;
import org.edcop.model.ImmutableCommunity;
import org.edcop.model.ImmutableCommunityOfPractice;
import org.edcop.model.ImmutableDomain;
import org.edcop.model.ImmutableLeadership;
import org.edcop.model.ImmutableMeeting;
import org.edcop.model.ImmutableMembership;
import org.edcop.model.ImmutableNorms;
import org.edcop.model.ImmutablePractice;
import org.edcop.model.ImprovementWork;
import org.edcop.model.Leader;
import org.edcop.model.LeadershipDuty;
import org.edcop.model.Meeting;
import org.edcop.model.Member;
import org.edcop.model.MemberId;
import org.edcop.model.NormAgreement;
import org.edcop.model.ParticipationTier;
import org.edcop.model.Person;
import org.edcop.model.Reflection;
import org.edcop.model.RequiredMember;
import org.edcop.model.SizeRange;
import org.edcop.testing.Mistake;

/** Plants {@link Mistake}s into a plan whose integrity holds, as each constant describes. */
public final class MistakePlanter {

  private ImmutableCommunityOfPractice plan;
  private ImmutableMembership membership;
  private ImmutableLeadership leadership;
  private ImmutableNorms norms;
  private ImmutablePractice practice;
  private ImmutableDomain domain;
  private final List<Member> members;
  private final List<Meeting> meetings;
  private final Random random;

  private MistakePlanter(CommunityOfPractice plan, Random random) {
    this.plan = ImmutableCommunityOfPractice.copyOf(plan);
    this.membership = ImmutableMembership.copyOf(plan.getCommunity().getMembership());
    this.leadership = ImmutableLeadership.copyOf(plan.getCommunity().getLeadership());
    this.norms = ImmutableNorms.copyOf(plan.getCommunity().getNorms());
    this.practice = ImmutablePractice.copyOf(plan.getPractice());
    this.domain = ImmutableDomain.copyOf(plan.getDomain());
    this.members = new ArrayList<>(membership.getMembers());
    this.meetings = new ArrayList<>(practice.getMeetings());
    this.random = random;
  }

  /**
   * Plants the mistakes.
   *
   * @param plan a plan whose integrity holds
   * @param mistakes the mistakes to plant
   * @param random randomness for the choices left open
   * @return the plan with the mistakes
   */
  public static CommunityOfPractice plant(
      CommunityOfPractice plan, EnumSet<Mistake> mistakes, Random random) {
    MistakePlanter planter = new MistakePlanter(plan, random);
    for (Mistake mistake : mistakes) {
      planter.plant(mistake);
    }
    return planter.result();
  }

  private static MemberId ghost(String what) {
    return MemberId.of("ghost-" + what);
  }

  private void plant(Mistake mistake) {
    switch (mistake) {
      case DUPLICATE_MEMBER_ID:
        {
          Member original = anyMember();
          members.add(
              Member.of(
                  original.getId(), Person.of("Planted namesake"), ParticipationTier.OCCASIONAL));
          break;
        }
      case DANGLING_LEADER:
        leadership =
            leadership.withLeaders(
                append(
                    leadership.getLeaders(),
                    Leader.of(ghost("leader"), LeadershipDuty.CONVENE_COMMUNITY)));
        break;
      case DANGLING_FACILITATOR:
        {
          int index = anyMeetingIndex();
          meetings.set(
              index,
              ImmutableMeeting.copyOf(meetings.get(index)).withFacilitator(ghost("facilitator")));
          break;
        }
      case DANGLING_ATTENDEE:
        {
          int index = anyMeetingIndex();
          Meeting meeting = meetings.get(index);
          List<MemberId> attendance = new ArrayList<>(meeting.getAttendance());
          attendance.add(random.nextInt(attendance.size() + 1), ghost("attendee"));
          meetings.set(index, ImmutableMeeting.copyOf(meeting).withAttendance(attendance));
          break;
        }
      case DANGLING_NORM_AGREEMENT:
        norms =
            norms.withAgreements(
                append(
                    norms.getAgreements(),
                    NormAgreement.of(
                        ghost("norm-agreement"), norms.getVersion(), LocalDate.of(2026, 1, 15))));
        break;
      case DANGLING_REQUIRED_MEMBER:
        membership =
            membership.withRequiredMembers(
                append(
                    membership.getRequiredMembers(),
                    RequiredMember.builder()
                        .who("A planted required member")
                        .memberId(ghost("required-member"))
                        .build()));
        break;
      case DANGLING_REFLECTION_MEMBER:
        practice =
            practice.withReflections(
                append(
                    practice.getReflections(),
                    Reflection.builder()
                        .memberId(ghost("reflection-member"))
                        .addCompetencies(CompetencyRef.of("alberta-lqs", "2"))
                        .build()));
        break;
      case SIZE_MIN_OVER_MAX:
        {
          int max = random.nextInt(20);
          membership = membership.withIdealSize(SizeRange.of(max + 1 + random.nextInt(10), max));
          break;
        }
      case MEETING_ENDS_BEFORE_START:
        {
          OffsetDateTime start = afterEverything();
          meetings.add(
              Meeting.builder()
                  .id(newMeetingId("ends-before-start"))
                  .addTopics("Planted: backwards meeting")
                  .start(start)
                  .end(start.minusMinutes(30))
                  .build());
          break;
        }
      case OVERLAPPING_MEETINGS:
        {
          OffsetDateTime start = afterEverything();
          meetings.add(
              Meeting.builder()
                  .id(newMeetingId("overlap-first"))
                  .addTopics("Planted: first of two")
                  .start(start)
                  .end(start.plusMinutes(60))
                  .build());
          meetings.add(
              Meeting.builder()
                  .id(newMeetingId("overlap-second"))
                  .addTopics("Planted: second of two")
                  .start(start.plusMinutes(30))
                  .end(start.plusMinutes(90))
                  .build());
          break;
        }
      case DUPLICATE_MEETING_ID:
        {
          String id = meetings.get(anyMeetingIndex()).getId();
          meetings.add(
              Meeting.builder().id(id).addTopics("Planted: same id, not scheduled").build());
          break;
        }
      case DANGLING_PROBLEM_OF_PRACTICE:
        practice =
            practice.withImprovementWork(
                append(
                    practice.getImprovementWork(),
                    ImprovementWork.builder().problemOfPracticeId("ghost-problem").build()));
        break;
      case UNKNOWN_COMPETENCY:
        practice =
            practice.withReflections(
                append(
                    practice.getReflections(),
                    Reflection.builder()
                        .memberId(anyMember().getId())
                        .addCompetencies(
                            CompetencyRef.of("alberta-lqs", "99"),
                            CompetencyRef.of("ghost-standard", "1"))
                        .build()));
        break;
      default:
        throw new IllegalStateException("no planting for " + mistake);
    }
  }

  private Member anyMember() {
    if (members.isEmpty()) {
      members.add(
          Member.of(
              MemberId.of("m-planted"), Person.of("Planted member"), ParticipationTier.ACTIVE));
    }
    return members.get(random.nextInt(members.size()));
  }

  private int anyMeetingIndex() {
    if (meetings.isEmpty()) {
      meetings.add(
          Meeting.builder()
              .id(newMeetingId("unscheduled"))
              .addTopics("Planted: unscheduled")
              .build());
    }
    return random.nextInt(meetings.size());
  }

  private String newMeetingId(String what) {
    String id = "planted-" + what;
    for (Meeting meeting : meetings) {
      if (meeting.getId().equals(id)) {
        throw new IllegalStateException("meeting id " + id + " planted twice");
      }
    }
    return id;
  }

  /**
   * A start a week after the latest start or end of any meeting, or a fixed day if none is
   * scheduled.
   */
  private OffsetDateTime afterEverything() {
    OffsetDateTime latest = null;
    for (Meeting meeting : meetings) {
      for (Optional<OffsetDateTime> time : List.of(meeting.getStart(), meeting.getEnd())) {
        if (time.isPresent() && (latest == null || time.get().isAfter(latest))) {
          latest = time.get();
        }
      }
    }
    OffsetDateTime base =
        latest == null
            ? LocalDate.of(2026, 9, 1).atTime(16, 0).atZone(plan.getTimeZone()).toOffsetDateTime()
            : latest;
    return base.plus(Duration.ofDays(7)).atZoneSameInstant(plan.getTimeZone()).toOffsetDateTime();
  }

  private static <T> List<T> append(List<T> list, T element) {
    List<T> copy = new ArrayList<>(list);
    copy.add(element);
    return copy;
  }

  private CommunityOfPractice result() {
    ImmutableCommunity community =
        ImmutableCommunity.copyOf(plan.getCommunity())
            .withMembership(membership.withMembers(members))
            .withLeadership(leadership)
            .withNorms(norms);
    return plan.withDomain(domain)
        .withCommunity(community)
        .withPractice(practice.withMeetings(meetings));
  }
}
