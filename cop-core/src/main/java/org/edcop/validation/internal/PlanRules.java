package org.edcop.validation.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.edcop.model.Cadence;
import org.edcop.model.CadenceKind;
import org.edcop.model.Meeting;
import org.edcop.model.MeetingElement;
import org.edcop.model.Member;

/**
 * Rules of the guide's Collaborative Plan section: the dated schedule of meetings. Rules that
 * compare meetings with each other walk them once in start order (see {@link PlanIndex}).
 */
final class PlanRules {

  private static final long SECONDS_PER_DAY = 86_400L;

  /** Lengths below this many seconds (about 31 years) are compared in nanoseconds. */
  private static final long MAX_FAST_SECONDS = 1L << 30;

  /** A non-negative duration in nanoseconds if it is below 2^30 seconds, else -1. */
  private static long nanosOrMinus(Duration duration) {
    if (duration.isNegative() || duration.getSeconds() >= MAX_FAST_SECONDS) {
      return -1;
    }
    return duration.getSeconds() * 1_000_000_000L + duration.getNano();
  }

  private PlanRules() {}

  /** Every meeting has a start and an end. */
  static final class MeetingTimeMissing extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      PlanIndex.MeetingColumns columns = plan.columns();
      for (int i = 0; i < plan.meetings().size(); i++) {
        if (!columns.has(i, PlanIndex.MeetingColumns.START)) {
          out.report(
              Paths.meeting(i, "start"), "start", args("meeting", plan.meetings().get(i).getId()));
        }
        if (!columns.has(i, PlanIndex.MeetingColumns.END)) {
          out.report(
              Paths.meeting(i, "end"), "end", args("meeting", plan.meetings().get(i).getId()));
        }
      }
    }
  }

  /** Every meeting has at least one topic or activity. */
  static final class MeetingTopicMissing extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      PlanIndex.MeetingColumns columns = plan.columns();
      for (int i = 0; i < plan.meetings().size(); i++) {
        if (!columns.has(i, PlanIndex.MeetingColumns.TOPIC_OR_ACTIVITY)) {
          out.report(Paths.meeting(i, "topics"), args("meeting", plan.meetings().get(i).getId()));
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
      PlanIndex.MeetingColumns c = plan.columns();
      // compared in nanoseconds where the figures allow it, without a Duration per meeting
      long plannedNanos = nanosOrMinus(planned.get());
      long toleranceNanos = nanosOrMinus(tolerance);
      for (int i = 0; i < plan.meetings().size(); i++) {
        if (!c.has(i, PlanIndex.MeetingColumns.START)
            || !c.has(i, PlanIndex.MeetingColumns.END)
            || !c.endsAfterStart(i)) {
          continue;
        }
        long seconds = c.endSecond[i] - c.startSecond[i];
        int nanos = c.endNano[i] - c.startNano[i];
        boolean off;
        if (plannedNanos >= 0 && toleranceNanos >= 0 && Math.abs(seconds) < MAX_FAST_SECONDS) {
          long difference = Math.abs(seconds * 1_000_000_000L + nanos - plannedNanos);
          off = difference > toleranceNanos;
        } else {
          Duration difference = Duration.ofSeconds(seconds, nanos).minus(planned.get()).abs();
          off = difference.compareTo(tolerance) > 0;
        }
        if (off) {
          Duration length = Duration.ofSeconds(seconds, nanos);
          out.report(
              Paths.meeting(i, "end"),
              args(
                  "meeting", plan.meetings().get(i).getId(),
                  "minutes", length.toMinutes(),
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
      // each meeting's slot is worked out once; the start order is usually the slot order already
      // (the index's meeting pass read the slots: no meeting object is visited here)
      int[] byStart = plan.byStart();
      long[] slotDay = plan.columns().slotDay;
      // the slots stay epoch days: a date object is made only where a rule needs the calendar (no
      // array of a date per meeting, live through the call: at 100,000 meetings the young
      // collections copied it, #22)
      boolean sorted = true;
      long previousSlot = Long.MIN_VALUE;
      for (int i : byStart) {
        long slot = slotDay[i];
        if (slot < previousSlot) {
          sorted = false;
        }
        previousSlot = slot;
      }
      int[] order = byStart;
      if (!sorted) {
        Integer[] boxed = new Integer[byStart.length];
        for (int k = 0; k < byStart.length; k++) {
          boxed[k] = byStart[k];
        }
        // stable: ties keep start order
        Arrays.sort(boxed, java.util.Comparator.comparingLong(i -> slotDay[i]));
        order = new int[boxed.length];
        for (int k = 0; k < boxed.length; k++) {
          order[k] = boxed[k];
        }
      }
      sustained(plan, out, order, slotDay);
      Optional<Cadence> cadence = plan.plan().getPractice().getLaunchPlan().getCadence();
      if (cadence.isEmpty()) {
        return;
      }
      long tolerance = out.context().getPolicy().getSpacingTolerance().getSeconds();
      int maxSkipped = out.context().getPolicy().getMaxSkippedPeriods();
      if (cadence.get().getKind() == CadenceKind.EVERY_N_WEEKS) {
        everyWeeks(plan, out, order, slotDay, cadence.get(), tolerance, maxSkipped);
      } else if (cadence.get().getKind() == CadenceKind.TWICE_MONTHLY) {
        twiceMonthly(plan, out, order, slotDay, cadence.get(), tolerance, maxSkipped);
      } else {
        monthly(plan, out, order, slotDay, cadence.get(), tolerance, maxSkipped);
      }
    }

    private static void sustained(PlanIndex plan, Out out, int[] order, long[] slotDay) {
      int minMeetings = out.context().getPolicy().getSustainedSeriesMeetings();
      int minMonths = out.context().getPolicy().getSustainedSeriesMonths();
      if (order.length == 0 || (minMeetings == 0 && minMonths == 0)) {
        return;
      }
      LocalDate first = LocalDate.ofEpochDay(slotDay[order[0]]);
      LocalDate last = LocalDate.ofEpochDay(slotDay[order[order.length - 1]]);
      long months = ChronoUnit.MONTHS.between(first, last);
      if (order.length < minMeetings || months < minMonths) {
        out.report(
            Paths.MEETINGS,
            "short",
            args(
                "meetings",
                order.length,
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
        int[] order,
        long[] slotDay,
        Cadence cadence,
        long tolerance,
        int maxSkipped) {
      Optional<Integer> weeks = cadence.getIntervalWeeks();
      if (weeks.isEmpty() || weeks.get() < 1) {
        return;
      }
      long period = 7L * weeks.get();
      // days and meeting indexes only: a meeting object is read when it is reported
      List<Meeting> meetings = plan.meetings();
      int previous = -1;
      for (int i : order) {
        if (previous >= 0) {
          long gap = slotDay[i] - slotDay[previous];
          long periods = Math.max(1, Math.round((double) gap / period));
          long off = Math.abs(gap - periods * period);
          if (off * SECONDS_PER_DAY > tolerance) {
            out.report(
                Paths.meeting(i, "start"),
                "weeks",
                args(
                    "meeting",
                    meetings.get(i).getId(),
                    "previous",
                    meetings.get(previous).getId(),
                    "days",
                    gap,
                    "weeks",
                    weeks.get()));
          } else if (periods - 1 > maxSkipped) {
            gap(out, i, meetings.get(i), meetings.get(previous).getId(), periods - 1, maxSkipped);
          }
        }
        previous = i;
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
        int[] order,
        long[] slotDay,
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
        LocalDate date = LocalDate.ofEpochDay(slotDay[i]);
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
        int[] order,
        long[] slotDay,
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
        LocalDate date = LocalDate.ofEpochDay(slotDay[i]);
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
        if (feedback && reflection) {
          break;
        }
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
      int[] facilitators = plan.columns().facilitator;
      // per roster position: the first meeting it facilitated and how many; positions in the order
      // first seen, as a map keyed by member id would keep them
      int[] first = null;
      int[] count = null;
      int[] seen = null;
      int seenCount = 0;
      for (int i = 0; i < meetings.size(); i++) {
        int m = facilitators[i];
        if (m < 0) {
          continue;
        }
        Member member = plan.members().get(m);
        if (member.countsAsMember() || member.isFromOutside()) {
          continue;
        }
        if (first == null) {
          first = new int[plan.members().size()];
          count = new int[plan.members().size()];
          seen = new int[Math.min(plan.members().size(), meetings.size())];
        }
        if (count[m]++ == 0) {
          first[m] = i;
          seen[seenCount++] = m;
        }
      }
      for (int k = 0; k < seenCount; k++) {
        int m = seen[k];
        out.report(
            Paths.meeting(first[m], "facilitator"),
            args(
                "meeting",
                meetings.get(first[m]).getId(),
                "member",
                meetings.get(first[m]).getFacilitator().orElseThrow(),
                "name",
                plan.members().get(m).getPerson().getName(),
                "meetings",
                count[m]));
      }
    }
  }
}
