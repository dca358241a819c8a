package org.edcop.validation.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.edcop.model.Aim;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.ImprovementWork;
import org.edcop.model.InquiryCycle;
import org.edcop.model.LifecycleStatus;
import org.edcop.model.Meeting;
import org.edcop.model.Member;
import org.edcop.model.StatusChange;
import org.edcop.model.TierChange;

/**
 * Rules of the running stage: what a convener checks between meetings, as of a day (past meetings
 * recorded, the next meeting ready, nothing overdue), and the consistency of the plan's lifecycle.
 * The dated rules stay quiet when the plan is validated without an as-of date.
 */
final class RunningRules {

  private RunningRules() {}

  /** Every past meeting has its attendance recorded. */
  static final class AttendanceMissing extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      List<Meeting> meetings = plan.meetings();
      for (int i = 0; i < meetings.size(); i++) {
        if (!plan.isPast(i)) {
          continue;
        }
        int[] rowStart = plan.columns().attendanceStart;
        if (rowStart[i] == rowStart[i + 1]) {
          Meeting meeting = meetings.get(i);
          out.report(
              Paths.meeting(i, "attendance"),
              args("meeting", meeting.getId(), "date", plan.startDate(i)));
        }
      }
    }
  }

  /**
   * Each meeting within the policy's horizon from the as-of date has an end time, a topic or
   * activity, and a facilitator.
   */
  static final class NextMeetingUnprepared extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      if (plan.asOf().isEmpty()) {
        return;
      }
      LocalDate from = plan.asOf().get();
      LocalDate until = from.plusDays(out.context().getPolicy().getNextMeetingWithinDays());
      List<Meeting> meetings = plan.meetings();
      long fromDay = from.toEpochDay();
      long untilDay = until.toEpochDay();
      long[] days = plan.columns().startDay;
      for (int i : plan.byStart()) {
        if (days[i] < fromDay) {
          continue;
        }
        if (days[i] > untilDay) {
          break;
        }
        Meeting meeting = meetings.get(i);
        LocalDate date = plan.startDate(i);
        Object[] about = {"meeting", meeting.getId(), "date", date};
        if (meeting.getEnd().isEmpty()) {
          out.report(Paths.meeting(i, "end"), "time", args(about));
        }
        if (meeting.getTopics().stream().noneMatch(t -> !t.isBlank())
            && meeting.getActivities().isEmpty()) {
          out.report(Paths.meeting(i, "topics"), "topic", args(about));
        }
        if (meeting.getFacilitator().isEmpty()) {
          out.report(Paths.meeting(i, "facilitator"), "facilitator", args(about));
        }
      }
    }
  }

  /**
   * Once an equity-centred community has met the policy's number of times, it has named a problem
   * of practice.
   */
  static final class ProblemOfPracticeOverdue extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      if (!plan.plan().getDomain().isEquityCentred()
          || !plan.plan().getDomain().getProblemsOfPractice().isEmpty()
          || plan.asOf().isEmpty()) {
        return;
      }
      int after = out.context().getPolicy().getProblemOfPracticeAfterMeetings();
      int past = plan.pastMeetingCount();
      if (past >= after) {
        out.report("/domain/problemsOfPractice", args("meetings", past, "after", after));
      }
    }
  }

  /** An inquiry cycle started more than the policy's weeks ago has its study recorded. */
  static final class StudyOverdue extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      if (plan.asOf().isEmpty()) {
        return;
      }
      int weeks = out.context().getPolicy().getStudyWithinWeeks();
      List<ImprovementWork> work = plan.plan().getPractice().getImprovementWork();
      for (int w = 0; w < work.size(); w++) {
        List<InquiryCycle> cycles = work.get(w).getCycles();
        for (int c = 0; c < cycles.size(); c++) {
          InquiryCycle cycle = cycles.get(c);
          Optional<LocalDate> started = cycle.getStartedOn();
          if (started.isPresent()
              && !Text.present(cycle.getStudy())
              && plan.asOf().get().isAfter(started.get().plusWeeks(weeks))) {
            out.report(
                Pointer.append(Paths.IMPROVEMENT, w, "cycles", c, "study"),
                args("cycle", cycle.getId(), "startedOn", started.get(), "weeks", weeks));
          }
        }
      }
    }
  }

  /** An aim whose date has passed has its result recorded. */
  static final class AimResultMissing extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      if (plan.asOf().isEmpty()) {
        return;
      }
      List<ImprovementWork> work = plan.plan().getPractice().getImprovementWork();
      for (int w = 0; w < work.size(); w++) {
        Optional<Aim> aim = work.get(w).getAim();
        if (aim.isPresent()
            && aim.get().getBy().isPresent()
            && aim.get().getBy().get().isBefore(plan.asOf().get())
            && !Text.present(aim.get().getResult())) {
          out.report(
              Pointer.append(Paths.IMPROVEMENT, w, "aim", "result"),
              args("problem", work.get(w).getProblemOfPracticeId(), "by", aim.get().getBy().get()));
        }
      }
    }
  }

  /** A plan whose meetings have started is no longer marked as being planned. */
  static final class StillPlanning extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      int past = plan.pastMeetingCount();
      if (plan.plan().getStatus() == LifecycleStatus.PLANNING && past > 0) {
        out.report("/status", args("meetings", past));
      }
    }
  }

  /** A launched or closed community records the day it launched. */
  static final class LaunchedOnMissing extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      CommunityOfPractice p = plan.plan();
      if (p.getStatus() != LifecycleStatus.PLANNING && p.getLaunchedOn().isEmpty()) {
        out.report("/launchedOn", args("status", p.getStatus()));
      }
    }
  }

  /** The day the community launched is not after the as-of date. */
  static final class LaunchedAfterAsOf extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      Optional<LocalDate> launched = plan.plan().getLaunchedOn();
      if (launched.isPresent()
          && plan.asOf().isPresent()
          && launched.get().isAfter(plan.asOf().get())) {
        out.report("/launchedOn", args("launchedOn", launched.get(), "asOf", plan.asOf().get()));
      }
    }
  }

  /** The day the community launched is the launch plan's date. */
  static final class LaunchDateMismatch extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      Optional<LocalDate> launched = plan.plan().getLaunchedOn();
      Optional<LocalDate> planned = plan.plan().getPractice().getLaunchPlan().getLaunchDate();
      if (launched.isPresent() && planned.isPresent() && !launched.get().equals(planned.get())) {
        out.report("/launchedOn", args("launchedOn", launched.get(), "launchDate", planned.get()));
      }
    }
  }

  /** A member's tier and status histories are listed in date order. */
  static final class HistoryOrder extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      List<Member> members = plan.members();
      for (int i = 0; i < members.size(); i++) {
        Member member = members.get(i);
        List<TierChange> tiers = member.getTierHistory();
        for (int j = 1; j < tiers.size(); j++) {
          LocalDate before = tiers.get(j - 1).getEffectiveOn();
          if (tiers.get(j).getEffectiveOn().isBefore(before)) {
            out.report(
                Paths.member(i, "tierHistory", j, "effectiveOn"),
                "tier",
                args(
                    "member",
                    member.getId(),
                    "date",
                    tiers.get(j).getEffectiveOn(),
                    "after",
                    before));
          }
        }
        List<StatusChange> statuses = member.getStatusHistory();
        for (int j = 1; j < statuses.size(); j++) {
          LocalDate before = statuses.get(j - 1).getEffectiveOn();
          if (statuses.get(j).getEffectiveOn().isBefore(before)) {
            out.report(
                Paths.member(i, "statusHistory", j, "effectiveOn"),
                "status",
                args(
                    "member",
                    member.getId(),
                    "date",
                    statuses.get(j).getEffectiveOn(),
                    "after",
                    before));
          }
        }
      }
    }
  }
}
