package org.edcop.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.edcop.running.internal.Dates;
import org.junit.jupiter.api.Test;

/**
 * The meeting columns' start days are the days {@link Dates#localDate} gives, in every zone the JDK
 * knows, before and after the zone's last listed transition (where the columns work out a year's
 * transitions from the zone's yearly rules themselves), at the transitions and a second either
 * side, in time order and out of it.
 */
class StartDaysTest {

  @Test
  void startDaysAreTheZonesCalendarDaysInEveryZone() {
    long seed = new Random().nextLong();
    for (String name : new TreeSet<>(ZoneId.getAvailableZoneIds())) {
      ZoneId zone = ZoneId.of(name);
      Random r = new Random(seed ^ name.hashCode());
      List<Long> seconds = new ArrayList<>();
      for (int year : new int[] {2020, 2037, 2099, 2100, 2101, 2400, 3943}) {
        addYear(seconds, zone.getRules(), year, r);
      }
      check(zone, seconds, seed);
      // out of order: the kept offset must not be trusted for an earlier instant
      java.util.Collections.shuffle(seconds, r);
      check(zone, seconds, seed);
    }
  }

  @Test
  void eachZoneUsesItsOwnYearlyRulesWhateverZoneCameBefore() {
    // the zones' facts are kept from one plan to the next: zones with different yearly rules
    // (north,
    // south, none) by turns, past their listed transitions, where the yearly rules decide
    long seed = new Random().nextLong();
    Random r = new Random(seed);
    for (String name :
        List.of(
            "America/Edmonton",
            "Australia/Sydney",
            "Europe/Paris",
            "Africa/Abidjan",
            "America/Santiago",
            "Australia/Sydney",
            "America/Edmonton")) {
      ZoneId zone = ZoneId.of(name);
      List<Long> seconds = new ArrayList<>();
      for (int year : new int[] {2099, 2100, 2400}) {
        addYear(seconds, zone.getRules(), year, r);
      }
      check(zone, seconds, seed);
    }
  }

  /**
   * Instants through a year in time order, with each of its transitions and a second either side.
   */
  private static void addYear(List<Long> seconds, ZoneRules rules, int year, Random r) {
    long second = LocalDate.of(year, 1, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC) - 86_400;
    long end = second + 368L * 86_400;
    List<Long> transitions = new ArrayList<>();
    for (ZoneOffsetTransitionRule rule : rules.getTransitionRules()) {
      ZoneOffsetTransition t = rule.createTransition(year);
      transitions.add(t.toEpochSecond());
    }
    ZoneOffsetTransition listed = rules.nextTransition(Instant.ofEpochSecond(second));
    if (listed != null) {
      transitions.add(listed.toEpochSecond());
    }
    while (second < end) {
      seconds.add(second);
      for (long t : transitions) {
        if (t > second && t <= second + 3 * 86_400L) {
          seconds.add(t - 1);
          seconds.add(t);
          seconds.add(t + 1);
        }
      }
      second += 1 + r.nextInt(3 * 86_400);
    }
  }

  private static void check(ZoneId zone, List<Long> seconds, long seed) {
    PlanIndex.MeetingColumns.Days days = new PlanIndex.MeetingColumns.Days(zone);
    for (long second : seconds) {
      OffsetDateTime at =
          OffsetDateTime.ofInstant(Instant.ofEpochSecond(second), ZoneOffset.ofHours(5));
      assertThat(days.of(at.toEpochSecond(), at.getNano(), at.getOffset()))
          .as("seed %d, zone %s, %s", seed, zone, at)
          .isEqualTo(Dates.localDate(at, zone).toEpochDay());
    }
  }
}
