package org.edcop.validation.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.edcop.model.Cadence;
import org.edcop.model.CadenceKind;
import org.edcop.model.LaunchPlan;
import org.edcop.model.Meeting;
import org.edcop.model.MeetingFormat;
import org.edcop.model.Tool;
import org.edcop.model.ToolUse;

/** Rules of the guide's Launch section: dates, cadence, length, format, content, tools. */
final class LaunchRules {

  private LaunchRules() {}

  private static LaunchPlan launchPlan(PlanIndex plan) {
    return plan.plan().getPractice().getLaunchPlan();
  }

  /**
   * The launch date is on or before the date of the first meeting (the launch meeting may be the
   * first meeting), dates taken in the plan's time zone.
   */
  static final class DateAfterFirstMeeting extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      Optional<LocalDate> launch = launchPlan(plan).getLaunchDate();
      if (launch.isEmpty() || plan.byStart().length == 0) {
        return;
      }
      int first = plan.byStart()[0];
      Meeting meeting = plan.meetings().get(first);
      LocalDate date = plan.startDate(first);
      if (launch.get().isAfter(date)) {
        int before = 0;
        long launchDay = launch.get().toEpochDay();
        for (int i : plan.byStart()) {
          if (plan.columns().startDay[i] >= launchDay) {
            break;
          }
          before++;
        }
        out.report(
            Paths.LAUNCH_PLAN + "/launchDate",
            args(
                "launchDate",
                launch.get(),
                "meeting",
                meeting.getId(),
                "date",
                date,
                "count",
                before));
      }
    }
  }

  /** How often the community meets is set; an every-n-weeks cadence says how many weeks. */
  static final class CadenceMissing extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      Optional<Cadence> cadence = launchPlan(plan).getCadence();
      if (cadence.isEmpty()) {
        out.report(Paths.LAUNCH_PLAN + "/cadence", args());
      } else if (cadence.get().getKind() == CadenceKind.EVERY_N_WEEKS
          && cadence.get().getIntervalWeeks().isEmpty()) {
        out.report(Paths.LAUNCH_PLAN + "/cadence/intervalWeeks", "interval", args());
      }
    }
  }

  /** In-person and hybrid meetings have a place. */
  static final class PlaceMissing extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      LaunchPlan launch = launchPlan(plan);
      Optional<MeetingFormat> format = launch.getFormat();
      if (format.isPresent()
          && format.get() != MeetingFormat.VIRTUAL
          && !Text.present(launch.getPlace())) {
        out.report(Paths.LAUNCH_PLAN + "/place", args("format", format.get()));
      }
    }
  }

  /** Virtual and hybrid meetings have a platform. */
  static final class PlatformMissing extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      LaunchPlan launch = launchPlan(plan);
      Optional<MeetingFormat> format = launch.getFormat();
      if (format.isPresent()
          && format.get() != MeetingFormat.IN_PERSON
          && !Text.present(launch.getPlatform())) {
        out.report(Paths.LAUNCH_PLAN + "/platform", args("format", format.get()));
      }
    }
  }

  /** What meetings will contain is sketched: standing agenda items or kinds of activity. */
  static final class ContentMissing extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      LaunchPlan launch = launchPlan(plan);
      if (launch.getStandingAgendaItems().isEmpty() && launch.getActivityKinds().isEmpty()) {
        out.report(Paths.LAUNCH_PLAN + "/activityKinds", args());
      }
    }
  }

  /** Some tool gathers knowledge and some tool shares resources. */
  static final class ToolMissing extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      List<Tool> tools = launchPlan(plan).getTools();
      Set<ToolUse> uses = EnumSet.noneOf(ToolUse.class);
      for (Tool tool : tools) {
        uses.addAll(tool.getUses());
      }
      for (ToolUse use : ToolUse.values()) {
        if (!uses.contains(use)) {
          out.report(Paths.LAUNCH_PLAN + "/tools", args("use", use));
        }
      }
    }
  }
}
