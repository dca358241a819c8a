package org.edcop.validation.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.edcop.model.Cadence;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.ImprovementWork;
import org.edcop.model.InquiryCycle;
import org.edcop.model.Leader;
import org.edcop.model.Meeting;
import org.edcop.model.MemberId;
import org.edcop.model.NormAgreement;
import org.edcop.model.Norms;
import org.edcop.model.ProblemOfPractice;
import org.edcop.model.Reflection;
import org.edcop.model.RequiredMember;
import org.edcop.model.SizeRange;
import org.edcop.running.internal.Dates;

/**
 * Integrity rules: what makes a plan self-contradictory whatever its stage (duplicate ids,
 * references to nobody, ranges upside down, times running backwards). Errors at every stage.
 */
final class IntegrityRules {

  private IntegrityRules() {}

  /** Every member id appears once on the roster. */
  static final class MemberIdDuplicate extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      // a listing is a duplicate when the id's first listing is elsewhere: no set of ids needed
      for (int i = 0; i < plan.members().size(); i++) {
        MemberId id = plan.members().get(i).getId();
        if (!plan.isFirstListing(i)) {
          out.report(Paths.member(i, "id"), args("member", id));
        }
      }
    }
  }

  /**
   * Every reference to a member (required member, leader, norm agreement, meeting facilitator,
   * meeting attendance, reflection) names someone on the roster.
   */
  static final class MemberReferenceUnresolved extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      CommunityOfPractice p = plan.plan();
      List<RequiredMember> required = p.getCommunity().getMembership().getRequiredMembers();
      for (int i = 0; i < required.size(); i++) {
        Optional<MemberId> id = required.get(i).getMemberId();
        if (id.isPresent() && !plan.resolves(id.get())) {
          out.report(
              Pointer.of("community", "membership", "requiredMembers", i, "memberId"),
              "required-member",
              args("member", id.get(), "who", required.get(i).getWho()));
        }
      }
      List<Leader> leaders = p.getCommunity().getLeadership().getLeaders();
      for (int i = 0; i < leaders.size(); i++) {
        MemberId id = leaders.get(i).getMemberId();
        if (!plan.resolves(id)) {
          out.report(Paths.leader(i, "memberId"), "leader", args("member", id));
        }
      }
      List<NormAgreement> agreements = p.getCommunity().getNorms().getAgreements();
      int[] agreed = plan.agreementPositions();
      for (int i = 0; i < agreed.length; i++) {
        if (agreed[i] < 0) {
          MemberId id = agreements.get(i).getMemberId();
          out.report(
              Pointer.of("community", "norms", "agreements", i, "memberId"),
              "agreement",
              args("member", id));
        }
      }
      List<Meeting> meetings = plan.meetings();
      int[] facilitators = plan.columns().facilitator;
      // attendance from the index's rows of roster positions: the sets were walked once, there
      int[] rowStart = plan.columns().attendanceStart;
      int[] attendee = plan.columns().attendee;
      for (int i = 0; i < meetings.size(); i++) {
        if (facilitators[i] == PlanIndex.MeetingColumns.UNRESOLVED) {
          Meeting meeting = meetings.get(i);
          out.report(
              Paths.meeting(i, "facilitator"),
              "facilitator",
              args("member", meeting.getFacilitator().orElseThrow(), "meeting", meeting.getId()));
        }
        for (int e = rowStart[i]; e < rowStart[i + 1]; e++) {
          if (attendee[e] < 0) {
            reportAttendance(out, meetings.get(i), i, e - rowStart[i]);
          }
        }
      }
      List<Reflection> reflections = p.getPractice().getReflections();
      int[] authors = plan.reflectionPositions();
      for (int i = 0; i < authors.length; i++) {
        if (authors[i] < 0) {
          MemberId id = reflections.get(i).getMemberId();
          out.report(
              Pointer.of("practice", "reflections", i, "memberId"),
              "reflection",
              args("member", id));
        }
      }
    }
  }

  /** Reports the entry at a place in a meeting's attendance, found by walking the set again. */
  private static void reportAttendance(Out out, Meeting meeting, int index, int entry) {
    int j = 0;
    for (MemberId attendee : meeting.getAttendance()) {
      if (j++ == entry) {
        out.report(
            Paths.meeting(index, "attendance", entry),
            "attendance",
            RuleCheck.args("member", attendee, "meeting", meeting.getId()));
        return;
      }
    }
  }

  /** The ideal size's minimum is not negative and not above its maximum. */
  static final class IdealSizeRange extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      Optional<SizeRange> size = plan.plan().getCommunity().getMembership().getIdealSize();
      if (size.isEmpty()) {
        return;
      }
      int min = size.get().getMin();
      int max = size.get().getMax();
      if (min < 0) {
        out.report(Paths.IDEAL_SIZE + "/min", "negative", args("min", min, "max", max));
      } else if (min > max) {
        out.report(Paths.IDEAL_SIZE, args("min", min, "max", max));
      }
    }
  }

  /** Every problem of practice has its own id. */
  static final class ProblemIdDuplicate extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      List<ProblemOfPractice> problems = plan.plan().getDomain().getProblemsOfPractice();
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < problems.size(); i++) {
        if (!seen.add(problems.get(i).getId())) {
          out.report(
              Pointer.of("domain", "problemsOfPractice", i, "id"),
              args("problem", problems.get(i).getId()));
        }
      }
    }
  }

  /** Improvement work names a problem of practice the plan has. */
  static final class ProblemReferenceUnresolved extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      List<ImprovementWork> work = plan.plan().getPractice().getImprovementWork();
      for (int i = 0; i < work.size(); i++) {
        String id = work.get(i).getProblemOfPracticeId();
        if (!plan.problemIds().contains(id)) {
          out.report(
              Pointer.of("practice", "improvementWork", i, "problemOfPracticeId"),
              args("problem", id));
        }
      }
    }
  }

  /**
   * The inquiry cycles of one piece of improvement work have distinct ids. Nothing refers to a
   * cycle from outside its work, so the same id may appear in two pieces of work.
   */
  static final class CycleIdDuplicate extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      List<ImprovementWork> work = plan.plan().getPractice().getImprovementWork();
      for (int i = 0; i < work.size(); i++) {
        List<InquiryCycle> cycles = work.get(i).getCycles();
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < cycles.size(); j++) {
          if (!seen.add(cycles.get(j).getId())) {
            out.report(
                Pointer.of("practice", "improvementWork", i, "cycles", j, "id"),
                args(
                    "cycle",
                    cycles.get(j).getId(),
                    "problem",
                    work.get(i).getProblemOfPracticeId()));
          }
        }
      }
    }
  }

  /** An inquiry cycle is not completed before it started. */
  static final class CycleDatesOrder extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      List<ImprovementWork> work = plan.plan().getPractice().getImprovementWork();
      for (int i = 0; i < work.size(); i++) {
        List<InquiryCycle> cycles = work.get(i).getCycles();
        for (int j = 0; j < cycles.size(); j++) {
          InquiryCycle cycle = cycles.get(j);
          if (cycle.getStartedOn().isPresent()
              && cycle.getCompletedOn().isPresent()
              && cycle.getCompletedOn().get().isBefore(cycle.getStartedOn().get())) {
            out.report(
                Pointer.of("practice", "improvementWork", i, "cycles", j, "completedOn"),
                args(
                    "cycle", cycle.getId(),
                    "startedOn", cycle.getStartedOn().get(),
                    "completedOn", cycle.getCompletedOn().get()));
          }
        }
      }
    }
  }

  /** The plan's own dates run forwards: created, then launched, then closed. */
  static final class LifecycleDatesOrder extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      CommunityOfPractice p = plan.plan();
      Optional<LocalDate> created = p.getCreatedOn();
      Optional<LocalDate> launched = p.getLaunchedOn();
      Optional<LocalDate> closed = p.getClosedOn();
      if (created.isPresent() && launched.isPresent() && launched.get().isBefore(created.get())) {
        out.report(
            Pointer.of("launchedOn"),
            "launched",
            args("launchedOn", launched.get(), "createdOn", created.get()));
      }
      Optional<LocalDate> before = launched.isPresent() ? launched : created;
      if (closed.isPresent() && before.isPresent() && closed.get().isBefore(before.get())) {
        out.report(
            Pointer.of("closedOn"),
            "closed",
            args("closedOn", closed.get(), "since", before.get()));
      }
    }
  }

  /** The norms' version is 1 or more and no agreement is to a version that does not exist. */
  static final class NormsVersionRange extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      Norms norms = plan.plan().getCommunity().getNorms();
      if (norms.getVersion() < 1) {
        out.report(
            Pointer.of("community", "norms", "version"), args("version", norms.getVersion()));
      }
      List<NormAgreement> agreements = norms.getAgreements();
      for (int i = 0; i < agreements.size(); i++) {
        int version = agreements.get(i).getVersion();
        if (version < 1 || version > norms.getVersion()) {
          out.report(
              Pointer.of("community", "norms", "agreements", i, "version"),
              "agreement",
              args(
                  "member", agreements.get(i).getMemberId(),
                  "version", version,
                  "current", norms.getVersion()));
        }
      }
    }
  }

  /** The planned meeting length, when given, is positive. */
  static final class MeetingLengthRange extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      plan.plan()
          .getPractice()
          .getLaunchPlan()
          .getMeetingLength()
          .filter(length -> length.isNegative() || length.isZero())
          .ifPresent(
              length -> out.report(Paths.LAUNCH_PLAN + "/meetingLength", args("length", length)));
    }
  }

  /** The cadence's numbers make sense: an interval of 1 week or more, week of month 1 to 5. */
  static final class CadenceRange extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      Optional<Cadence> cadence = plan.plan().getPractice().getLaunchPlan().getCadence();
      if (cadence.isEmpty()) {
        return;
      }
      Optional<Integer> interval = cadence.get().getIntervalWeeks();
      if (interval.isPresent() && interval.get() < 1) {
        out.report(
            Paths.LAUNCH_PLAN + "/cadence/intervalWeeks",
            "interval",
            args("weeks", interval.get()));
      }
      Optional<Integer> week = cadence.get().getWeekOfMonth();
      if (week.isPresent() && (week.get() < 1 || week.get() > 5)) {
        out.report(
            Paths.LAUNCH_PLAN + "/cadence/weekOfMonth", "week-of-month", args("week", week.get()));
      }
    }
  }

  /** Every meeting has its own id. */
  static final class MeetingIdDuplicate extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      // the index's meeting pass flags the later meetings of each id
      PlanIndex.MeetingColumns columns = plan.columns();
      for (int i = 0; i < plan.meetings().size(); i++) {
        if (columns.has(i, PlanIndex.MeetingColumns.DUPLICATE_ID)) {
          out.report(Paths.meeting(i, "id"), args("meeting", plan.meetings().get(i).getId()));
        }
      }
    }
  }

  /** A meeting with a start and an end ends after it starts. */
  static final class MeetingEndsBeforeStart extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      PlanIndex.MeetingColumns columns = plan.columns();
      for (int i = 0; i < plan.meetings().size(); i++) {
        if (columns.has(i, PlanIndex.MeetingColumns.START)
            && columns.has(i, PlanIndex.MeetingColumns.END)
            && !columns.endsAfterStart(i)) {
          Meeting meeting = plan.meetings().get(i);
          out.report(
              Paths.meeting(i, "end"),
              args(
                  "meeting", meeting.getId(),
                  "start", meeting.getStart().get(),
                  "end", meeting.getEnd().get()));
        }
      }
    }
  }

  /**
   * No two meetings overlap in time. Meetings are swept in start order, keeping the one that ends
   * last so far; each meeting that starts before that end is reported once, naming it.
   */
  static final class MeetingsOverlap extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      PlanIndex.MeetingColumns c = plan.columns();
      int latest = -1;
      for (int i : plan.byStart()) {
        if (!c.has(i, PlanIndex.MeetingColumns.END) || !c.endsAfterStart(i)) {
          continue;
        }
        if (latest >= 0
            && Dates.compareInstants(
                    c.startSecond[i], c.startNano[i], c.endSecond[latest], c.endNano[latest])
                < 0) {
          out.report(
              Paths.meeting(i, "start"),
              args(
                  "meeting",
                  plan.meetings().get(i).getId(),
                  "other",
                  plan.meetings().get(latest).getId()));
        }
        if (latest < 0
            || Dates.compareInstants(
                    c.endSecond[i], c.endNano[i], c.endSecond[latest], c.endNano[latest])
                > 0) {
          latest = i;
        }
      }
    }
  }
}
