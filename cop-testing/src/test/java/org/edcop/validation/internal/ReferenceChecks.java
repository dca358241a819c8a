package org.edcop.validation.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.edcop.model.ActionItem;
import org.edcop.model.Cadence;
import org.edcop.model.CadenceKind;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.Leader;
import org.edcop.model.LifecycleStatus;
import org.edcop.model.Meeting;
import org.edcop.model.MeetingElement;
import org.edcop.model.Member;
import org.edcop.model.MemberId;
import org.edcop.model.Membership;
import org.edcop.model.NormAgreement;
import org.edcop.model.Norms;
import org.edcop.model.ParticipationTier;
import org.edcop.model.Reflection;
import org.edcop.model.RequiredMember;
import org.edcop.running.Participation;
import org.edcop.running.SuggestedTierChange;
import org.edcop.running.internal.Dates;
import org.edcop.validation.RuleContext;

/**
 * The checks of issue 22's rules as they were before the plan index copied the meetings into flat
 * arrays (commit 3df0f5c, copied unchanged but for the past-meeting count below): the reference
 * that {@link FlatRulesReferenceTest} compares the present checks with.
 */
final class ReferenceChecks {

  private ReferenceChecks() {}

  /** Whether a meeting took place before the as-of day, as the index told it before the columns. */
  private static boolean isPast(PlanIndex plan, Meeting meeting) {
    return plan.asOf().isPresent()
        && meeting.getStart().isPresent()
        && plan.localDate(meeting.getStart().get()).isBefore(plan.asOf().get());
  }

  /** A meeting's positive length between instants, as the index measured it before the columns. */
  private static Optional<Duration> length(Meeting meeting) {
    if (meeting.getStart().isEmpty() || meeting.getEnd().isEmpty()) {
      return Optional.empty();
    }
    Duration length =
        Duration.between(meeting.getStart().get().toInstant(), meeting.getEnd().get().toInstant());
    return length.isNegative() || length.isZero() ? Optional.empty() : Optional.of(length);
  }

  /** A meeting's start day in the plan's zone, as the record rules took it before the columns. */
  private static Optional<LocalDate> meetingDate(CommunityOfPractice plan, Meeting meeting) {
    return meeting.getStart().map(start -> Dates.localDate(start, plan.getTimeZone()));
  }

  /** The past-meeting count as the index computed it before: one pass over the meetings. */
  static int pastMeetingCount(PlanIndex plan) {
    int count = 0;
    for (org.edcop.model.Meeting meeting : plan.meetings()) {
      if (isPast(plan, meeting)) {
        count++;
      }
    }
    return count;
  }

  /**
   * The indexes of the meetings that have a start, by instant and then by index, sorted directly on
   * the meetings' date-times.
   */
  static List<Integer> byStart(PlanIndex plan) {
    List<Meeting> meetings = plan.meetings();
    List<Integer> order = new java.util.ArrayList<>();
    for (int i = 0; i < meetings.size(); i++) {
      if (meetings.get(i).getStart().isPresent()) {
        order.add(i);
      }
    }
    order.sort(
        java.util.Comparator.<Integer, OffsetDateTime>comparing(
                i -> meetings.get(i).getStart().orElseThrow(), OffsetDateTime.timeLineOrder())
            .thenComparing(java.util.Comparator.naturalOrder()));
    return order;
  }

  /** The path order of findings as it was: segment by segment, with substrings. */
  static int comparePaths(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int endA = segmentEnd(a, i + 1);
      int endB = segmentEnd(b, j + 1);
      int c = compareSegments(a.substring(i + 1, endA), b.substring(j + 1, endB));
      if (c != 0) {
        return c;
      }
      i = endA;
      j = endB;
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static int segmentEnd(String path, int from) {
    int end = path.indexOf('/', from);
    return end < 0 ? path.length() : end;
  }

  private static int compareSegments(String a, String b) {
    if (isNumber(a) && isNumber(b)) {
      String x = stripZeros(a);
      String y = stripZeros(b);
      int c = Integer.compare(x.length(), y.length());
      return c != 0 ? c : x.compareTo(y);
    }
    return a.compareTo(b);
  }

  private static boolean isNumber(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static String stripZeros(String s) {
    int k = 0;
    while (k < s.length() - 1 && s.charAt(k) == '0') {
      k++;
    }
    return s.substring(k);
  }

  /** Every member id appears once on the roster. */
  static final class MemberIdDuplicate extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      Set<MemberId> seen = new HashSet<>();
      for (int i = 0; i < plan.members().size(); i++) {
        MemberId id = plan.members().get(i).getId();
        if (!seen.add(id)) {
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
      for (int i = 0; i < agreements.size(); i++) {
        MemberId id = agreements.get(i).getMemberId();
        if (!plan.resolves(id)) {
          out.report(
              Pointer.of("community", "norms", "agreements", i, "memberId"),
              "agreement",
              args("member", id));
        }
      }
      List<Meeting> meetings = plan.meetings();
      for (int i = 0; i < meetings.size(); i++) {
        Meeting meeting = meetings.get(i);
        Optional<MemberId> facilitator = meeting.getFacilitator();
        if (facilitator.isPresent() && !plan.resolves(facilitator.get())) {
          out.report(
              Paths.meeting(i, "facilitator"),
              "facilitator",
              args("member", facilitator.get(), "meeting", meeting.getId()));
        }
        int j = 0;
        for (MemberId attendee : meeting.getAttendance()) {
          if (!plan.resolves(attendee)) {
            out.report(
                Paths.meeting(i, "attendance", j),
                "attendance",
                args("member", attendee, "meeting", meeting.getId()));
          }
          j++;
        }
      }
      List<Reflection> reflections = p.getPractice().getReflections();
      for (int i = 0; i < reflections.size(); i++) {
        MemberId id = reflections.get(i).getMemberId();
        if (!plan.resolves(id)) {
          out.report(
              Pointer.of("practice", "reflections", i, "memberId"),
              "reflection",
              args("member", id));
        }
      }
    }
  }

  /** Every meeting has its own id. */
  static final class MeetingIdDuplicate extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < plan.meetings().size(); i++) {
        String id = plan.meetings().get(i).getId();
        if (!seen.add(id)) {
          out.report(Paths.meeting(i, "id"), args("meeting", id));
        }
      }
    }
  }

  /** A meeting with a start and an end ends after it starts. */
  static final class MeetingEndsBeforeStart extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      for (int i = 0; i < plan.meetings().size(); i++) {
        Meeting meeting = plan.meetings().get(i);
        if (meeting.getStart().isPresent()
            && meeting.getEnd().isPresent()
            && !meeting.getEnd().get().isAfter(meeting.getStart().get())) {
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
      OffsetDateTime latestEnd = null;
      int latest = -1;
      for (int i : byStart(plan)) {
        Meeting meeting = plan.meetings().get(i);
        if (meeting.getEnd().isEmpty()) {
          continue;
        }
        OffsetDateTime start = meeting.getStart().orElseThrow();
        OffsetDateTime end = meeting.getEnd().get();
        if (!end.isAfter(start)) {
          continue;
        }
        if (latestEnd != null && start.isBefore(latestEnd)) {
          out.report(
              Paths.meeting(i, "start"),
              args("meeting", meeting.getId(), "other", plan.meetings().get(latest).getId()));
        }
        if (latestEnd == null || end.isAfter(latestEnd)) {
          latestEnd = end;
          latest = i;
        }
      }
    }
  }

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
        Optional<Duration> length = length(meeting);
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
      List<Integer> order = new ArrayList<>(byStart(plan));
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

  private static final long SECONDS_PER_DAY = 86_400L;

  /** No action item is due before the meeting that agreed it. */
  static final class ActionDueBeforeMeeting extends RecordRules.RecordRule {
    @Override
    public void check(PlanIndex indexed, Out out) {
      CommunityOfPractice plan = indexed.plan();
      List<Meeting> meetings = plan.getPractice().getMeetings();
      for (int i = 0; i < meetings.size(); i++) {
        Optional<LocalDate> day = meetingDate(plan, meetings.get(i));
        if (day.isEmpty()) {
          continue;
        }
        List<ActionItem> items = meetings.get(i).getActionItems();
        for (int j = 0; j < items.size(); j++) {
          Optional<LocalDate> due = items.get(j).getDueOn();
          if (due.isPresent() && due.get().isBefore(day.get())) {
            out.report(
                actionItem(i, j, "dueOn"),
                null,
                args("meeting", meetings.get(i).getId(), "dueOn", due.get(), "date", day.get()));
          }
        }
      }
    }
  }

  /**
   * Each member proper of the policy's tiers (core and active by default) has recorded a reflection
   * by close; with no such member, at least one reflection is recorded.
   */
  static final class ReflectionMissing extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      List<Reflection> reflections = plan.plan().getPractice().getReflections();
      Set<String> reflected = new HashSet<>();
      for (Reflection reflection : reflections) {
        reflected.add(reflection.getMemberId().getValue());
      }
      Set<ParticipationTier> tiers = out.context().getPolicy().getReflectionTiers();
      boolean anyAsked = false;
      for (Member member : plan.distinctMembers()) {
        if (!member.countsAsMember()
            || !plan.counted(member)
            || !tiers.contains(member.getTier())) {
          continue;
        }
        anyAsked = true;
        if (!reflected.contains(member.getId().getValue())) {
          out.report(
              Paths.REFLECTIONS,
              "member",
              args(
                  "member",
                  member.getId(),
                  "name",
                  member.getPerson().getName(),
                  "tier",
                  member.getTier()));
        }
      }
      if (!anyAsked && reflections.isEmpty()) {
        out.report(Paths.REFLECTIONS, args());
      }
    }
  }

  /**
   * In a role-alike cohort every member holds the same kind of role: the most common role category
   * among the members (facilitators and sponsors aside).
   */
  static final class NotRoleAlike extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      Membership membership = plan.plan().getCommunity().getMembership();
      if (membership.getCohortType().orElse(null) != org.edcop.model.CohortType.ROLE_ALIKE) {
        return;
      }
      java.util.Map<org.edcop.model.RoleCategory, Integer> counts =
          new java.util.EnumMap<>(org.edcop.model.RoleCategory.class);
      for (Member member : plan.distinctMembers()) {
        if (member.countsAsMember() && plan.counted(member)) {
          member.getPerson().getRoleCategory().ifPresent(c -> counts.merge(c, 1, Integer::sum));
        }
      }
      org.edcop.model.RoleCategory common = null;
      for (java.util.Map.Entry<org.edcop.model.RoleCategory, Integer> e : counts.entrySet()) {
        if (common == null || e.getValue() > counts.get(common)) {
          common = e.getKey();
        }
      }
      List<Member> members = membership.getMembers();
      java.util.Set<org.edcop.model.MemberId> seen = new java.util.HashSet<>();
      for (int i = 0; i < members.size(); i++) {
        Member member = members.get(i);
        if (!seen.add(member.getId()) || !member.countsAsMember() || !plan.counted(member)) {
          continue;
        }
        Optional<org.edcop.model.RoleCategory> category = member.getPerson().getRoleCategory();
        if (category.isEmpty()) {
          out.report(
              Paths.member(i, "person", "roleCategory"),
              "unknown",
              args("member", member.getId(), "name", member.getPerson().getName()));
        } else if (category.get() != common) {
          out.report(
              Paths.member(i, "person", "roleCategory"),
              args(
                  "member",
                  member.getId(),
                  "name",
                  member.getPerson().getName(),
                  "category",
                  category.get(),
                  "common",
                  common));
        }
      }
    }
  }

  /**
   * The launch date is on or before the date of the first meeting (the launch meeting may be the
   * first meeting), dates taken in the plan's time zone.
   */
  static final class DateAfterFirstMeeting extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      Optional<LocalDate> launch = plan.plan().getPractice().getLaunchPlan().getLaunchDate();
      if (launch.isEmpty() || byStart(plan).isEmpty()) {
        return;
      }
      int first = byStart(plan).get(0);
      Meeting meeting = plan.meetings().get(first);
      LocalDate date = plan.localDate(meeting.getStart().orElseThrow());
      if (launch.get().isAfter(date)) {
        int before = 0;
        for (int i : byStart(plan)) {
          if (!plan.localDate(plan.meetings().get(i).getStart().orElseThrow())
              .isBefore(launch.get())) {
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

  /**
   * Every member proper has agreed to the current version of the norms: due from the running stage
   * (at launch, drafted norms or a development process suffice: {@code norms.norm-missing}). Core
   * and active members are at the rule's severity, occasional and peripheral members one below.
   * People who declined or left are not asked. Validated as of a date, members who joined after the
   * last agreement are left to {@code norms.newcomer-not-agreed}.
   */
  static final class AgreementMissing extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      Norms norms = plan.plan().getCommunity().getNorms();
      if (norms.getNorms().isEmpty()) {
        return;
      }
      Map<MemberId, Integer> latest = latestVersions(norms);
      Optional<LocalDate> last = lastAgreement(norms);
      int current = norms.getVersion();
      for (Member member : plan.distinctMembers()) {
        if (!member.countsAsMember() || !plan.counted(member)) {
          continue;
        }
        if (plan.asOf().isPresent() && isNewcomer(member, last)) {
          continue;
        }
        Integer version = latest.get(member.getId());
        if (version != null && version >= current) {
          continue;
        }
        Map<String, String> args =
            version == null
                ? args(
                    "member",
                    member.getId(),
                    "name",
                    member.getPerson().getName(),
                    "version",
                    current)
                : args(
                    "member",
                    member.getId(),
                    "name",
                    member.getPerson().getName(),
                    "version",
                    current,
                    "agreed",
                    version);
        String variant = version == null ? null : "outdated";
        if (isProper(member)) {
          if (variant == null) {
            out.report(Paths.NORMS + "/agreements", args);
          } else {
            out.report(Paths.NORMS + "/agreements", variant, args);
          }
        } else {
          out.reportMinor(Paths.NORMS + "/agreements", variant, args);
        }
      }
    }
  }

  /**
   * A member who joined after the last agreement to the norms has agreed to them once their first
   * meeting is past. Core and active members at the rule's severity, occasional and peripheral one
   * below.
   */
  static final class NewcomerNotAgreed extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      Norms norms = plan.plan().getCommunity().getNorms();
      if (norms.getNorms().isEmpty() || plan.asOf().isEmpty()) {
        return;
      }
      Map<MemberId, Integer> latest = latestVersions(norms);
      Optional<LocalDate> last = lastAgreement(norms);
      int current = norms.getVersion();
      for (Member member : plan.distinctMembers()) {
        if (!member.countsAsMember() || !plan.counted(member) || !isNewcomer(member, last)) {
          continue;
        }
        Integer version = latest.get(member.getId());
        if (version != null && version >= current) {
          continue;
        }
        Optional<LocalDate> first = firstMeetingFrom(plan, member.joinedOn().orElseThrow());
        if (first.isEmpty() || !first.get().isBefore(plan.asOf().get())) {
          continue;
        }
        Map<String, String> args =
            args(
                "member",
                member.getId(),
                "name",
                member.getPerson().getName(),
                "joinedOn",
                member.joinedOn().orElseThrow(),
                "meeting",
                first.get(),
                "version",
                current);
        if (isProper(member)) {
          out.report(Paths.NORMS + "/agreements", args);
        } else {
          out.reportMinor(Paths.NORMS + "/agreements", null, args);
        }
      }
    }

    private static Optional<LocalDate> firstMeetingFrom(PlanIndex plan, LocalDate day) {
      for (int i : byStart(plan)) {
        LocalDate date = plan.localDate(plan.meetings().get(i).getStart().orElseThrow());
        if (!date.isBefore(day)) {
          return Optional.of(date);
        }
      }
      return Optional.empty();
    }
  }

  private static boolean isProper(Member member) {
    return member.getTier() == ParticipationTier.CORE
        || member.getTier() == ParticipationTier.ACTIVE;
  }

  private static Map<MemberId, Integer> latestVersions(Norms norms) {
    Map<MemberId, Integer> latest = new HashMap<>();
    for (NormAgreement agreement : norms.getAgreements()) {
      latest.merge(agreement.getMemberId(), agreement.getVersion(), Math::max);
    }
    return latest;
  }

  /**
   * The day the community last agreed its norms: the first agreement to the current version. People
   * who join after it are newcomers to norms already in force.
   */
  private static Optional<LocalDate> lastAgreement(Norms norms) {
    LocalDate last = null;
    for (NormAgreement agreement : norms.getAgreements()) {
      if (agreement.getVersion() == norms.getVersion()
          && (last == null || agreement.getAgreedOn().isBefore(last))) {
        last = agreement.getAgreedOn();
      }
    }
    return Optional.ofNullable(last);
  }

  private static boolean isNewcomer(Member member, Optional<LocalDate> lastAgreement) {
    return lastAgreement.isPresent()
        && member.joinedOn().isPresent()
        && member.joinedOn().get().isAfter(lastAgreement.get());
  }

  /** Every past meeting has its attendance recorded. */
  static final class AttendanceMissing extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      List<Meeting> meetings = plan.meetings();
      for (int i = 0; i < meetings.size(); i++) {
        Meeting meeting = meetings.get(i);
        if (isPast(plan, meeting) && meeting.getAttendance().isEmpty()) {
          out.report(
              Paths.meeting(i, "attendance"),
              args(
                  "meeting",
                  meeting.getId(),
                  "date",
                  plan.localDate(meeting.getStart().orElseThrow())));
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
      for (int i : byStart(plan)) {
        Meeting meeting = meetings.get(i);
        LocalDate date = plan.localDate(meeting.getStart().orElseThrow());
        if (date.isBefore(from)) {
          continue;
        }
        if (date.isAfter(until)) {
          break;
        }
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
      int past = pastMeetingCount(plan);
      if (past >= after) {
        out.report("/domain/problemsOfPractice", args("meetings", past, "after", after));
      }
    }
  }

  /** A plan whose meetings have started is no longer marked as being planned. */
  static final class StillPlanning extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      int past = pastMeetingCount(plan);
      if (plan.plan().getStatus() == LifecycleStatus.PLANNING && past > 0) {
        out.report("/status", args("meetings", past));
      }
    }
  }

  /** A member's recent attendance matches their tier. */
  static final class TierDrift extends RecordRules.RecordRule {
    @Override
    public void check(PlanIndex indexed, Out out) {
      CommunityOfPractice plan = indexed.plan();
      RuleContext context = out.context();
      Optional<LocalDate> asOf = judgedOn(plan, context);
      if (asOf.isEmpty()) {
        return;
      }
      Participation participation =
          Participation.of(plan, asOf.get(), context.getPolicy().getParticipation());
      List<Member> roster = plan.getCommunity().getMembership().getMembers();
      Map<String, Integer> index = new LinkedHashMap<>();
      for (int m = 0; m < roster.size(); m++) {
        index.putIfAbsent(roster.get(m).getId().getValue(), m);
      }
      for (SuggestedTierChange change : participation.tierDrift()) {
        int m = index.get(change.member().getValue());
        boolean down = change.to().compareTo(change.from()) > 0;
        out.report(
            Pointer.of("community", "membership", "members", m, "tier"),
            down ? "down" : "up",
            args(
                "member",
                change.member(),
                "tier",
                change.from(),
                "suggestedTier",
                change.to(),
                "attended",
                change.recentAttended(),
                "missed",
                change.recentHeld() - change.recentAttended(),
                "held",
                change.recentHeld()));
      }
    }
  }
}
