package org.edcop.validation.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.edcop.model.Cadence;
import org.edcop.model.CadenceKind;
import org.edcop.model.Meeting;
import org.edcop.model.MeetingElement;
import org.edcop.model.Member;
import org.edcop.model.MemberId;

/**
 * Rules of the guide's Collaborative Plan section: the dated schedule of meetings. Rules that
 * compare meetings with each other walk them once in start order (see {@link PlanIndex}).
 */
final class PlanRules {

  private static final long SECONDS_PER_DAY = 86_400L;

  private PlanRules() {}

  /** Every meeting has a start and an end. */
  static final class MeetingTimeMissing extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      for (int i = 0; i < plan.meetings().size(); i++) {
        Meeting meeting = plan.meetings().get(i);
        if (meeting.getStart().isEmpty()) {
          out.report(Paths.meeting(i, "start"), "start", args("meeting", meeting.getId()));
        }
        if (meeting.getEnd().isEmpty()) {
          out.report(Paths.meeting(i, "end"), "end", args("meeting", meeting.getId()));
        }
      }
    }
  }

  /** Every meeting has at least one topic or activity. */
  static final class MeetingTopicMissing extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      for (int i = 0; i < plan.meetings().size(); i++) {
        Meeting meeting = plan.meetings().get(i);
        boolean hasTopic = meeting.getTopics().stream().anyMatch(Text::present);
        if (!hasTopic && meeting.getActivities().isEmpty()) {
          out.report(Paths.meeting(i, "topics"), args("meeting", meeting.getId()));
        }
      }
    }
  }

  /** Each meeting lasts the planned length, within the policy's tolerance. */
  static final class MeetingLengthMismatch extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      Optional<Duration> planned = plan.plan().getPractice().getLaunchPlan().getMeetingLength();
      if (planned.isEmpty() || planned.get().isNegative() || planned.get().isZero()) {
        return;
      }
      Duration tolerance = out.context().getPolicy().getMeetingLengthTolerance();
      for (int i = 0; i < plan.meetings().size(); i++) {
        Meeting meeting = plan.meetings().get(i);
        Optional<Duration> length = PlanIndex.length(meeting);
        if (length.isEmpty()) {
          continue;
        }
        Duration difference = length.get().minus(planned.get()).abs();
        if (difference.compareTo(tolerance) > 0) {
          out.report(
              Paths.meeting(i, "end"),
              args(
                  "meeting", meeting.getId(),
                  "minutes", length.get().toMinutes(),
                  "planned", planned.get().toMinutes()));
        }
      }
    }
  }

  /**
   * Meetings follow the planned cadence, dates taken in the plan's time zone and compared within
   * the policy's spacing tolerance; a rescheduled meeting is measured from the day it was
   * originally due ({@link Meeting#getRescheduledFrom()}). Every n weeks: the gap between
   * consecutive meetings is a whole number of periods. Monthly on the n-th weekday: each meeting
   * falls on that weekday of its month (week 5 means the last one), give or take the tolerance.
   * Monthly on a weekday: each meeting falls exactly on that weekday and in a month of its own.
   * Monthly without a weekday: consecutive meetings fall in different months, on about the same day
   * of the month. Between two meetings at most {@code maxSkippedPeriods} planned meetings may be
   * skipped (variant {@code gap}), and with {@code sustainedSeriesMeetings} or {@code
   * sustainedSeriesMonths} set, a series shorter than that is reported once (variant {@code
   * short}).
   */
  static final class MeetingSpacingMismatch extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      List<Integer> order = new ArrayList<>(plan.meetingsByStart());
      order.sort(java.util.Comparator.comparing(i -> slot(plan, plan.meetings().get(i))));
      sustained(plan, out, order);
      Optional<Cadence> cadence = plan.plan().getPractice().getLaunchPlan().getCadence();
      if (cadence.isEmpty()) {
        return;
      }
      long tolerance = out.context().getPolicy().getSpacingTolerance().getSeconds();
      int maxSkipped = out.context().getPolicy().getMaxSkippedPeriods();
      if (cadence.get().getKind() == CadenceKind.EVERY_N_WEEKS) {
        everyWeeks(plan, out, order, cadence.get(), tolerance, maxSkipped);
      } else if (cadence.get().getKind() == CadenceKind.TWICE_MONTHLY) {
        twiceMonthly(plan, out, order, cadence.get(), tolerance, maxSkipped);
      } else {
        monthly(plan, out, order, cadence.get(), tolerance, maxSkipped);
      }
    }

    /** The day a meeting holds in the series: the day it was due if it was moved, else its own. */
    private static LocalDate slot(PlanIndex plan, Meeting meeting) {
      return meeting
          .getRescheduledFrom()
          .orElseGet(() -> plan.localDate(meeting.getStart().orElseThrow()));
    }

    private static void sustained(PlanIndex plan, Out out, List<Integer> order) {
      int minMeetings = out.context().getPolicy().getSustainedSeriesMeetings();
      int minMonths = out.context().getPolicy().getSustainedSeriesMonths();
      if (order.isEmpty() || (minMeetings == 0 && minMonths == 0)) {
        return;
      }
      LocalDate first = slot(plan, plan.meetings().get(order.get(0)));
      LocalDate last = slot(plan, plan.meetings().get(order.get(order.size() - 1)));
      long months = ChronoUnit.MONTHS.between(first, last);
      if (order.size() < minMeetings || months < minMonths) {
        out.report(
            Paths.MEETINGS,
            "short",
            args(
                "meetings",
                order.size(),
                "months",
                months,
                "minMeetings",
                minMeetings,
                "minMonths",
                minMonths));
      }
    }

    private static void gap(
        Out out, int index, Meeting meeting, String previousId, long skipped, int maxSkipped) {
      out.report(
          Paths.meeting(index, "start"),
          "gap",
          args(
              "meeting",
              meeting.getId(),
              "previous",
              previousId,
              "skipped",
              skipped,
              "maxSkipped",
              maxSkipped));
    }

    private void everyWeeks(
        PlanIndex plan,
        Out out,
        List<Integer> order,
        Cadence cadence,
        long tolerance,
        int maxSkipped) {
      Optional<Integer> weeks = cadence.getIntervalWeeks();
      if (weeks.isEmpty() || weeks.get() < 1) {
        return;
      }
      long period = 7L * weeks.get();
      LocalDate previous = null;
      String previousId = null;
      for (int i : order) {
        Meeting meeting = plan.meetings().get(i);
        LocalDate date = slot(plan, meeting);
        if (previous != null) {
          long gap = ChronoUnit.DAYS.between(previous, date);
          long periods = Math.max(1, Math.round((double) gap / period));
          long off = Math.abs(gap - periods * period);
          if (off * SECONDS_PER_DAY > tolerance) {
            out.report(
                Paths.meeting(i, "start"),
                "weeks",
                args(
                    "meeting",
                    meeting.getId(),
                    "previous",
                    previousId,
                    "days",
                    gap,
                    "weeks",
                    weeks.get()));
          } else if (periods - 1 > maxSkipped) {
            gap(out, i, meeting, previousId, periods - 1, maxSkipped);
          }
        }
        previous = date;
        previousId = meeting.getId();
      }
    }

    /**
     * Twice a month: each meeting falls, give or take the tolerance, on one of the two dates its
     * month names (two n-th weekdays, or two days of the month, a day past the month's end meaning
     * its last day). A cadence that names no two dates is not judged.
     */
    private void twiceMonthly(
        PlanIndex plan,
        Out out,
        List<Integer> order,
        Cadence cadence,
        long tolerance,
        int maxSkipped) {
      List<Integer> weeks = cadence.getWeeksOfMonth();
      List<Integer> days = cadence.getDaysOfMonth();
      boolean byWeekday =
          weeks.size() == 2
              && cadence.getDayOfWeek().isPresent()
              && weeks.stream().allMatch(w -> w >= 1 && w <= 5);
      boolean byDay = days.size() == 2 && days.stream().allMatch(d -> d >= 1 && d <= 31);
      if (!byWeekday && !byDay) {
        return;
      }
      LocalDate previous = null;
      String previousId = null;
      for (int i : order) {
        Meeting meeting = plan.meetings().get(i);
        LocalDate date = slot(plan, meeting);
        List<LocalDate> planned = plannedTwice(cadence, byWeekday, date);
        long off =
            planned.stream()
                .mapToLong(p -> Math.abs(ChronoUnit.DAYS.between(p, date)))
                .min()
                .orElse(0);
        if (off * SECONDS_PER_DAY > tolerance) {
          out.report(
              Paths.meeting(i, "start"),
              "twice-monthly",
              args(
                  "meeting", meeting.getId(),
                  "date", date,
                  "first", planned.get(0),
                  "second", planned.get(1)));
        } else if (previous != null) {
          long toleranceDays = tolerance / SECONDS_PER_DAY;
          long skipped = 0;
          YearMonth month = YearMonth.from(previous);
          while (!month.isAfter(YearMonth.from(date))) {
            for (LocalDate p : plannedTwice(cadence, byWeekday, month.atDay(1))) {
              if (ChronoUnit.DAYS.between(previous, p) > toleranceDays
                  && ChronoUnit.DAYS.between(p, date) > toleranceDays) {
                skipped++;
              }
            }
            month = month.plusMonths(1);
          }
          if (skipped > maxSkipped) {
            gap(out, i, meeting, previousId, skipped, maxSkipped);
          }
        }
        previous = date;
        previousId = meeting.getId();
      }
    }

    private static List<LocalDate> plannedTwice(Cadence cadence, boolean byWeekday, LocalDate in) {
      List<LocalDate> planned = new ArrayList<>();
      if (byWeekday) {
        DayOfWeek day = cadence.getDayOfWeek().get();
        for (int week : cadence.getWeeksOfMonth()) {
          planned.add(
              week == 5
                  ? in.with(TemporalAdjusters.lastInMonth(day))
                  : in.with(TemporalAdjusters.dayOfWeekInMonth(week, day)));
        }
      } else {
        for (int d : cadence.getDaysOfMonth()) {
          planned.add(in.withDayOfMonth(Math.min(d, in.lengthOfMonth())));
        }
      }
      planned.sort(null);
      return planned;
    }

    private void monthly(
        PlanIndex plan,
        Out out,
        List<Integer> order,
        Cadence cadence,
        long tolerance,
        int maxSkipped) {
      Optional<Integer> week = cadence.getWeekOfMonth();
      Optional<DayOfWeek> day = cadence.getDayOfWeek();
      if (week.isPresent() && (week.get() < 1 || week.get() > 5)) {
        return;
      }
      int interval =
          cadence.getKind() == CadenceKind.EVERY_N_MONTHS
              ? cadence.getIntervalMonths().filter(n -> n >= 1).orElse(1)
              : 1;
      LocalDate previous = null;
      String previousId = null;
      for (int i : order) {
        Meeting meeting = plan.meetings().get(i);
        LocalDate date = slot(plan, meeting);
        boolean reported = false;
        if (week.isPresent() && day.isPresent()) {
          LocalDate expected =
              week.get() == 5
                  ? date.with(TemporalAdjusters.lastInMonth(day.get()))
                  : date.with(TemporalAdjusters.dayOfWeekInMonth(week.get(), day.get()));
          long off = Math.abs(ChronoUnit.DAYS.between(expected, date));
          if (off * SECONDS_PER_DAY > tolerance) {
            reported = true;
            out.report(
                Paths.meeting(i, "start"),
                "nth-weekday",
                args(
                    "meeting", meeting.getId(),
                    "date", date,
                    "week", week.get(),
                    "day", day.get().name().toLowerCase(Locale.ROOT),
                    "expected", expected));
          }
        } else if (day.isPresent() && date.getDayOfWeek() != day.get()) {
          reported = true;
          out.report(
              Paths.meeting(i, "start"),
              "weekday",
              args(
                  "meeting", meeting.getId(),
                  "date", date,
                  "day", day.get().name().toLowerCase(Locale.ROOT)));
        } else if (previous != null && !(week.isPresent() && day.isPresent())) {
          long months = ChronoUnit.MONTHS.between(YearMonth.from(previous), YearMonth.from(date));
          boolean off;
          if (months == 0) {
            off = true;
          } else if (day.isPresent()) {
            off = false;
          } else if (cadence.getDayOfMonth().filter(d -> d >= 1 && d <= 31).isPresent()) {
            // a day of the month, the month's last day when it is shorter (31 -> 28 February)
            int wanted = Math.min(cadence.getDayOfMonth().get(), date.lengthOfMonth());
            long days = Math.abs(date.getDayOfMonth() - wanted);
            off = days * SECONDS_PER_DAY > tolerance;
          } else {
            long days = Math.abs(ChronoUnit.DAYS.between(previous.plusMonths(months), date));
            off = days * SECONDS_PER_DAY > tolerance;
          }
          if (off) {
            reported = true;
            out.report(
                Paths.meeting(i, "start"),
                "month",
                args("meeting", meeting.getId(), "previous", previousId, "date", date));
          }
        }
        if (!reported && previous != null) {
          long months = ChronoUnit.MONTHS.between(YearMonth.from(previous), YearMonth.from(date));
          long skipped = Math.max(0, Math.round((double) months / interval) - 1);
          if (skipped > maxSkipped) {
            gap(out, i, meeting, previousId, skipped, maxSkipped);
          }
        }
        previous = date;
        previousId = meeting.getId();
      }
    }
  }

  /** Some meeting gathers members' feedback or reflection. */
  static final class FeedbackMeetingMissing extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      if (plan.meetings().isEmpty()) {
        return;
      }
      boolean feedback = false;
      boolean reflection = false;
      for (Meeting meeting : plan.meetings()) {
        feedback |= meeting.getIncludes().contains(MeetingElement.FEEDBACK);
        reflection |= meeting.getIncludes().contains(MeetingElement.REFLECTION);
      }
      if (!feedback) {
        out.report(Paths.MEETINGS, "feedback", args());
      }
      if (!reflection) {
        out.report(Paths.MEETINGS, "reflection", args());
      }
    }
  }

  /** Some meeting includes a celebration. */
  static final class CelebrationMeetingMissing extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      if (plan.meetings().isEmpty()) {
        return;
      }
      for (Meeting meeting : plan.meetings()) {
        if (meeting.getIncludes().contains(MeetingElement.CELEBRATION)) {
          return;
        }
      }
      out.report(Paths.MEETINGS, args());
    }
  }

  /** Facilitators are members, not transactional participants. */
  static final class FacilitatorNotMember extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      List<Meeting> meetings = plan.meetings();
      java.util.Map<MemberId, int[]> firstAndCount = new java.util.LinkedHashMap<>();
      for (int i = 0; i < meetings.size(); i++) {
        Optional<MemberId> facilitator = meetings.get(i).getFacilitator();
        if (facilitator.isEmpty()) {
          continue;
        }
        Optional<Member> member = plan.member(facilitator.get());
        if (member.isPresent() && !member.get().countsAsMember() && !member.get().isFromOutside()) {
          int index = i;
          firstAndCount.computeIfAbsent(facilitator.get(), k -> new int[] {index, 0})[1]++;
        }
      }
      firstAndCount.forEach(
          (id, at) ->
              out.report(
                  Paths.meeting(at[0], "facilitator"),
                  args(
                      "meeting",
                      meetings.get(at[0]).getId(),
                      "member",
                      id,
                      "name",
                      plan.member(id).orElseThrow().getPerson().getName(),
                      "meetings",
                      at[1])));
    }
  }
}
