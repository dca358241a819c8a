package org.edcop.testing;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.CompetencyRef;
import org.edcop.model.ImprovementWork;
import org.edcop.model.Leader;
import org.edcop.model.Meeting;
import org.edcop.model.Member;
import org.edcop.model.MemberId;
import org.edcop.model.NormAgreement;
import org.edcop.model.ProblemOfPractice;
import org.edcop.model.Reflection;
import org.edcop.model.RequiredMember;
import org.edcop.standards.StandardsCatalog;

/**
 * Finds the integrity mistakes in a plan by looking at its structure directly, independent of the
 * validation engine, so the fixtures can be checked on their own.
 */
final class IntegrityFacts {

  private IntegrityFacts() {}

  static Set<Mistake> of(CommunityOfPractice plan) {
    EnumSet<Mistake> found = EnumSet.noneOf(Mistake.class);
    Set<MemberId> roster = new HashSet<>();
    for (Member member : plan.getCommunity().getMembership().getMembers()) {
      if (!roster.add(member.getId())) {
        found.add(Mistake.DUPLICATE_MEMBER_ID);
      }
    }
    for (Leader leader : plan.getCommunity().getLeadership().getLeaders()) {
      if (!roster.contains(leader.getMemberId())) {
        found.add(Mistake.DANGLING_LEADER);
      }
    }
    for (NormAgreement agreement : plan.getCommunity().getNorms().getAgreements()) {
      if (!roster.contains(agreement.getMemberId())) {
        found.add(Mistake.DANGLING_NORM_AGREEMENT);
      }
    }
    for (RequiredMember required : plan.getCommunity().getMembership().getRequiredMembers()) {
      if (required.getMemberId().isPresent() && !roster.contains(required.getMemberId().get())) {
        found.add(Mistake.DANGLING_REQUIRED_MEMBER);
      }
    }
    plan.getCommunity()
        .getMembership()
        .getIdealSize()
        .ifPresent(
            size -> {
              if (size.getMin() > size.getMax()) {
                found.add(Mistake.SIZE_MIN_OVER_MAX);
              }
            });
    Set<String> meetingIds = new HashSet<>();
    List<Meeting> timed = new ArrayList<>();
    for (Meeting meeting : plan.getPractice().getMeetings()) {
      if (!meetingIds.add(meeting.getId())) {
        found.add(Mistake.DUPLICATE_MEETING_ID);
      }
      if (meeting.getFacilitator().isPresent()
          && !roster.contains(meeting.getFacilitator().get())) {
        found.add(Mistake.DANGLING_FACILITATOR);
      }
      if (!roster.containsAll(meeting.getAttendance())) {
        found.add(Mistake.DANGLING_ATTENDEE);
      }
      if (meeting.getStart().isPresent() && meeting.getEnd().isPresent()) {
        if (meeting.getEnd().get().isAfter(meeting.getStart().get())) {
          timed.add(meeting);
        } else {
          found.add(Mistake.MEETING_ENDS_BEFORE_START);
        }
      }
    }
    timed.sort(Comparator.comparing(m -> m.getStart().get().toInstant()));
    OffsetDateTime latestEnd = null;
    for (Meeting meeting : timed) {
      if (latestEnd != null && meeting.getStart().get().isBefore(latestEnd)) {
        found.add(Mistake.OVERLAPPING_MEETINGS);
      }
      if (latestEnd == null || meeting.getEnd().get().isAfter(latestEnd)) {
        latestEnd = meeting.getEnd().get();
      }
    }
    Set<String> problems = new HashSet<>();
    for (ProblemOfPractice problem : plan.getDomain().getProblemsOfPractice()) {
      problems.add(problem.getId());
    }
    for (ImprovementWork work : plan.getPractice().getImprovementWork()) {
      if (!problems.contains(work.getProblemOfPracticeId())) {
        found.add(Mistake.DANGLING_PROBLEM_OF_PRACTICE);
      }
    }
    for (Reflection reflection : plan.getPractice().getReflections()) {
      if (!roster.contains(reflection.getMemberId())) {
        found.add(Mistake.DANGLING_REFLECTION_MEMBER);
      }
      for (CompetencyRef ref : reflection.getCompetencies()) {
        if (StandardsCatalog.builtIn().findCompetency(ref).isEmpty()) {
          found.add(Mistake.UNKNOWN_COMPETENCY);
        }
      }
    }
    return found;
  }
}
