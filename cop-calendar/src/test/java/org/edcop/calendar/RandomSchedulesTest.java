package org.edcop.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.edcop.model.Cadence;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.Meeting;
import org.junit.jupiter.api.Test;

/**
 * Seeded random cadences, zones, ranges and closures: the invariants of expansion hold for every
 * one. A failure names the seed; {@code -Dcop.calendar.seeds=N} runs more (default 300).
 */
class RandomSchedulesTest {

  private static final List<String> ZONES =
      List.of(
          "America/Edmonton",
          "America/Los_Angeles",
          "Europe/Paris",
          "America/St_Johns",
          "Australia/Lord_Howe",
          "Pacific/Auckland");

  static Cadence cadence(Random random) {
    DayOfWeek day = DayOfWeek.of(1 + random.nextInt(7));
    switch (random.nextInt(7)) {
      case 0:
        return Cadence.everyWeeks(1 + random.nextInt(6), day);
      case 1:
        return Cadence.everyWeeks(1 + random.nextInt(6));
      case 2:
        return Cadence.monthlyOn(1 + random.nextInt(5), day);
      case 3:
        return Cadence.monthlyOnDay(1 + random.nextInt(31));
      case 4:
        return random.nextBoolean()
            ? Cadence.everyMonths(1 + random.nextInt(4), 1 + random.nextInt(5), day)
            : Cadence.everyMonthsOnDay(1 + random.nextInt(4), 1 + random.nextInt(31));
      case 5:
        int first = 1 + random.nextInt(4);
        return Cadence.twiceMonthlyOn(first, first + 1 + random.nextInt(5 - first), day);
      default:
        int a = 1 + random.nextInt(30);
        return Cadence.twiceMonthlyOnDays(a, a + 1 + random.nextInt(31 - a));
    }
  }

  @Test
  void invariantsHoldForRandomSchedules() {
    int seeds = Integer.getInteger("cop.calendar.seeds", 300);
    long base = Long.getLong("cop.calendar.seed", 20261202L);
    int withMeetings = 0;
    for (long seed = base; seed < base + seeds; seed++) {
      try {
        withMeetings += check(new Random(seed)) ? 1 : 0;
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError("seed " + seed + " (-Dcop.calendar.seed=" + seed + "): " + e, e);
      }
    }
    // the generator is not vacuous: most random cases do produce meetings
    assertThat(withMeetings).isGreaterThan(seeds * 9 / 10);
  }

  private static boolean check(Random random) {
    Cadence cadence = cadence(random);
    String zoneId = ZONES.get(random.nextInt(ZONES.size()));
    ZoneId zone = ZoneId.of(zoneId);
    LocalDate launch = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(1500));
    LocalDate from = launch.minusDays(random.nextInt(60));
    LocalDate until = from.plusDays(120 + random.nextInt(500));
    List<Closure> closures = new ArrayList<>();
    for (int i = random.nextInt(6); i > 0; i--) {
      LocalDate first = from.plusDays(random.nextInt(600));
      closures.add(Closure.between(first, first.plusDays(random.nextInt(14)), "c" + i));
    }
    DistrictCalendar district = DistrictCalendar.of("random", closures);
    boolean move = random.nextBoolean();
    CommunityOfPractice plan = Plans.plan(cadence, zoneId, launch);
    ScheduleOptions options =
        ScheduleOptions.defaults().withClosures(district).withMoveSkipped(move);

    GeneratedSchedule schedule;
    try {
      schedule = Schedules.expand(plan, from, until, options);
    } catch (CalendarException e) {
      // only a range that the closures (or the launch date) leave empty may say so
      assertThat(e.getKind())
          .as(cadence + " " + e.getMessage())
          .isEqualTo(CalendarException.Kind.NO_MEETING);
      return false;
    }
    Set<String> ids = new HashSet<>();
    LocalDate previous = null;
    for (Meeting meeting : schedule.getMeetings()) {
      ZonedDateTime start = meeting.getStart().orElseThrow().atZoneSameInstant(zone);
      LocalDate date = start.toLocalDate();
      assertThat(date).isBetween(from, until).isAfterOrEqualTo(launch);
      assertThat(district.closureOn(date)).as("%s is closed", date).isEmpty();
      assertThat(Duration.between(meeting.getStart().get(), meeting.getEnd().get()))
          .isEqualTo(Plans.LENGTH);
      assertThat(meeting.getStart().get().getOffset())
          .isEqualTo(zone.getRules().getOffset(meeting.getStart().get().toInstant()));
      if (zone.getRules().isValidOffset(date.atTime(Plans.AT), start.getOffset())) {
        assertThat(start.toLocalTime()).isEqualTo(Plans.AT);
      }
      assertThat(ids.add(meeting.getId())).as("unique id %s", meeting.getId()).isTrue();
      if (previous != null) {
        assertThat(date).isAfter(previous);
      }
      previous = date;
    }
    // every skipped date was a closed one, and each moved meeting is in the list
    for (SkippedMeeting skipped : schedule.getSkipped()) {
      assertThat(skipped.getClosure().covers(skipped.getDate())).isTrue();
      skipped
          .getMovedTo()
          .ifPresent(to -> assertThat(ids).contains(options.getIdPrefix() + skipped.getDate()));
    }
    if (!move) {
      // the phase does not depend on where the range starts: two halves make the whole
      LocalDate middle =
          from.plusDays(random.nextInt((int) (until.toEpochDay() - from.toEpochDay())));
      List<Meeting> halves = new ArrayList<>();
      halves.addAll(expandOrEmpty(plan, from, middle, options));
      halves.addAll(expandOrEmpty(plan, middle.plusDays(1), until, options));
      assertThat(halves).isEqualTo(schedule.getMeetings());
    }
    // merging is idempotent and keeps what is there
    MergeResult once = Schedules.merge(Plans.withMeetings(plan, List.of()), schedule.getMeetings());
    assertThat(Schedules.merge(once.getPlan(), schedule.getMeetings()).getAdded()).isEmpty();
    return true;
  }

  private static List<Meeting> expandOrEmpty(
      CommunityOfPractice plan, LocalDate from, LocalDate until, ScheduleOptions options) {
    try {
      return Schedules.expand(plan, from, until, options).getMeetings();
    } catch (CalendarException e) {
      assertThat(e.getKind()).isEqualTo(CalendarException.Kind.NO_MEETING);
      return List.of();
    }
  }
}
