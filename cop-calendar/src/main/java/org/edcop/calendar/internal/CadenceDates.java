package org.edcop.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.edcop.calendar.CalendarException;
import org.edcop.calendar.CalendarException.Kind;
import org.edcop.model.Cadence;
import org.edcop.model.CadenceKind;

/**
 * The calendar dates a cadence names, counted from an anchor (the launch date): weekly series start
 * on the first matching weekday on or after it, monthly series in its month. Checks the cadence's
 * attributes first and names the one at fault by its JSON Pointer.
 */
public final class CadenceDates {

  /** Where the cadence is in a plan document. */
  public static final String CADENCE = "/practice/launchPlan/cadence";

  private final Cadence cadence;
  private final LocalDate anchor;
  private final Rule rule;

  private CadenceDates(Cadence cadence, LocalDate anchor) {
    this.cadence = cadence;
    this.anchor = anchor;
    this.rule = rule(cadence, anchor);
  }

  /**
   * Checks the cadence and prepares its dates.
   *
   * @param cadence the cadence
   * @param anchor the first day the series may use (the launch date)
   * @return the dates
   * @throws CalendarException if the cadence lacks a value it needs or has one out of range
   */
  public static CadenceDates of(Cadence cadence, LocalDate anchor) {
    return new CadenceDates(cadence, anchor);
  }

  /**
   * The weekday an every-n-weeks series falls on: the cadence's, or the anchor's.
   *
   * @return the weekday, or empty for monthly kinds
   */
  public Optional<DayOfWeek> weekday() {
    return rule instanceof Weeks weeks ? Optional.of(weeks.day) : Optional.empty();
  }

  /**
   * The dates from {@code from} to {@code until} (both included), never before the anchor, in
   * order. Stops with an error past {@code limit} dates.
   *
   * @param from the first day
   * @param until the last day
   * @param limit the most dates allowed
   * @return the dates
   * @throws CalendarException of kind {@link Kind#RANGE_TOO_LONG} past the limit
   */
  public List<LocalDate> between(LocalDate from, LocalDate until, int limit) {
    LocalDate start = from.isBefore(anchor) ? anchor : from;
    List<LocalDate> dates = new ArrayList<>();
    if (start.isAfter(until)) {
      return dates;
    }
    rule.collect(start, until, dates, limit);
    return dates;
  }

  /**
   * The first date of the series after the given day.
   *
   * @param date the day
   * @return the next date
   */
  public LocalDate nextAfter(LocalDate date) {
    LocalDate from = date.plusDays(1);
    // one period, plus a month of slack for month ends, always contains the next date
    LocalDate until = from.plus(cadence.nominalGap().orElseThrow()).plusMonths(1).plusDays(7);
    List<LocalDate> next = between(from, until, Integer.MAX_VALUE);
    return next.isEmpty() ? until : next.get(0);
  }

  private interface Rule {
    void collect(LocalDate from, LocalDate until, List<LocalDate> into, int limit);
  }

  private static void add(List<LocalDate> into, LocalDate date, int limit) {
    if (into.size() >= limit) {
      throw new CalendarException(
          Kind.RANGE_TOO_LONG,
          "until",
          date.toString(),
          "the range asks for more than "
              + limit
              + " meetings (the limit); reached "
              + date
              + ": ask for a shorter range");
    }
    into.add(date);
  }

  /** Every n weeks on a weekday. */
  private static final class Weeks implements Rule {
    final long periodDays;
    final LocalDate first;
    final DayOfWeek day;

    Weeks(int weeks, DayOfWeek day, LocalDate anchor) {
      this.periodDays = 7L * weeks;
      this.day = day;
      this.first = anchor.with(TemporalAdjusters.nextOrSame(day));
    }

    @Override
    public void collect(LocalDate from, LocalDate until, List<LocalDate> into, int limit) {
      LocalDate date = first;
      if (date.isBefore(from)) {
        long behind = ChronoUnit.DAYS.between(date, from);
        long periods = (behind + periodDays - 1) / periodDays;
        date = date.plusDays(periods * periodDays);
      }
      while (!date.isAfter(until)) {
        add(into, date, limit);
        date = date.plusDays(periodDays);
      }
    }
  }

  /** Once or twice in every n-th month counted from the anchor's month. */
  private static final class Months implements Rule {
    final int interval;
    final YearMonth base;
    final List<Integer> weeks;
    final DayOfWeek day;
    final List<Integer> days;

    Months(int interval, YearMonth base, List<Integer> weeks, DayOfWeek day, List<Integer> days) {
      this.interval = interval;
      this.base = base;
      this.weeks = weeks;
      this.day = day;
      this.days = days;
    }

    @Override
    public void collect(LocalDate from, LocalDate until, List<LocalDate> into, int limit) {
      YearMonth month = YearMonth.from(from);
      long offset = ChronoUnit.MONTHS.between(base, month);
      if (offset % interval != 0) {
        month = month.plusMonths(interval - Math.floorMod(offset, interval));
      }
      YearMonth last = YearMonth.from(until);
      while (!month.isAfter(last)) {
        for (LocalDate date : datesIn(month)) {
          if (!date.isBefore(from) && !date.isAfter(until)) {
            add(into, date, limit);
          }
        }
        month = month.plusMonths(interval);
      }
    }

    private TreeSet<LocalDate> datesIn(YearMonth month) {
      TreeSet<LocalDate> dates = new TreeSet<>();
      for (int week : weeks) {
        LocalDate first = month.atDay(1);
        dates.add(
            week == 5
                ? first.with(TemporalAdjusters.lastInMonth(day))
                : first.with(TemporalAdjusters.dayOfWeekInMonth(week, day)));
      }
      for (int d : days) {
        dates.add(month.atDay(Math.min(d, month.lengthOfMonth())));
      }
      return dates;
    }
  }

  private static Rule rule(Cadence c, LocalDate anchor) {
    CadenceKind kind = c.getKind();
    switch (kind) {
      case EVERY_N_WEEKS:
        {
          int weeks = positive(c.getIntervalWeeks(), "intervalWeeks", kind);
          return new Weeks(weeks, c.getDayOfWeek().orElse(anchor.getDayOfWeek()), anchor);
        }
      case TWICE_MONTHLY:
        return twice(c, anchor);
      case EVERY_N_MONTHS:
        return monthly(c, anchor, positive(c.getIntervalMonths(), "intervalMonths", kind));
      case MONTHLY:
      default:
        return monthly(c, anchor, 1);
    }
  }

  private static Rule monthly(Cadence c, LocalDate anchor, int interval) {
    boolean byWeekday = c.getWeekOfMonth().isPresent();
    boolean byDate = c.getDayOfMonth().isPresent();
    String kind = c.getKind().code();
    if (byWeekday && byDate) {
      throw invalid(
          "dayOfMonth",
          String.valueOf(c.getDayOfMonth().get()),
          "the " + kind + " cadence names both weekOfMonth and dayOfMonth; keep one");
    }
    if (byWeekday) {
      int week = weekOfMonth(c.getWeekOfMonth().get(), "weekOfMonth");
      DayOfWeek day =
          c.getDayOfWeek()
              .orElseThrow(
                  () ->
                      incomplete(
                          "dayOfWeek",
                          "the "
                              + kind
                              + " cadence names week "
                              + week
                              + " of the month but no dayOfWeek"));
      return new Months(interval, YearMonth.from(anchor), List.of(week), day, List.of());
    }
    if (byDate) {
      int d = dayOfMonth(c.getDayOfMonth().get(), "dayOfMonth");
      return new Months(interval, YearMonth.from(anchor), List.of(), null, List.of(d));
    }
    throw incomplete(
        "weekOfMonth",
        "the "
            + kind
            + " cadence names no day: set weekOfMonth and dayOfWeek (the 2nd Tuesday)"
            + " or dayOfMonth (the 15th)");
  }

  private static Rule twice(Cadence c, LocalDate anchor) {
    List<Integer> weeks = c.getWeeksOfMonth();
    List<Integer> days = c.getDaysOfMonth();
    if (!weeks.isEmpty() && !days.isEmpty()) {
      throw invalid(
          "daysOfMonth",
          days.toString(),
          "the twice-monthly cadence names both weeksOfMonth and daysOfMonth; keep one");
    }
    if (!weeks.isEmpty()) {
      pair(weeks, "weeksOfMonth");
      for (int i = 0; i < 2; i++) {
        weekOfMonth(weeks.get(i), "weeksOfMonth/" + i);
      }
      DayOfWeek day =
          c.getDayOfWeek()
              .orElseThrow(
                  () ->
                      incomplete(
                          "dayOfWeek",
                          "the twice-monthly cadence names weeks "
                              + weeks
                              + " of the month but no dayOfWeek"));
      return new Months(1, YearMonth.from(anchor), weeks, day, List.of());
    }
    if (!days.isEmpty()) {
      pair(days, "daysOfMonth");
      for (int i = 0; i < 2; i++) {
        dayOfMonth(days.get(i), "daysOfMonth/" + i);
      }
      return new Months(1, YearMonth.from(anchor), List.of(), null, days);
    }
    throw incomplete(
        "weeksOfMonth",
        "the twice-monthly cadence names no days: set weeksOfMonth (e.g. [1, 3]) and dayOfWeek,"
            + " or daysOfMonth (e.g. [1, 15])");
  }

  private static void pair(List<Integer> values, String name) {
    if (values.size() != 2 || values.get(0).equals(values.get(1))) {
      throw invalid(
          name,
          values.toString(),
          "the twice-monthly cadence has " + name + " " + values + "; give two different values");
    }
  }

  private static int positive(Optional<Integer> value, String name, CadenceKind kind) {
    if (value.isEmpty()) {
      throw incomplete(name, "the " + kind.code() + " cadence does not say " + name);
    }
    if (value.get() < 1) {
      throw invalid(
          name,
          String.valueOf(value.get()),
          "the cadence has " + name + " " + value.get() + "; it must be at least 1");
    }
    return value.get();
  }

  private static int weekOfMonth(int week, String name) {
    if (week < 1 || week > 5) {
      throw invalid(
          name,
          String.valueOf(week),
          "the cadence names week " + week + " of the month; use 1 to 4, or 5 for the last");
    }
    return week;
  }

  private static int dayOfMonth(int day, String name) {
    if (day < 1 || day > 31) {
      throw invalid(
          name, String.valueOf(day), "the cadence names day " + day + " of the month; use 1 to 31");
    }
    return day;
  }

  private static CalendarException incomplete(String name, String message) {
    return new CalendarException(Kind.CADENCE_INCOMPLETE, CADENCE + "/" + name, "", message);
  }

  private static CalendarException invalid(String name, String value, String message) {
    return new CalendarException(Kind.CADENCE_INVALID, CADENCE + "/" + name, value, message);
  }
}
