package org.edcop.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Period;
import org.junit.jupiter.api.Test;

/** The cadence factories of 0.2 and the nominal gap between meetings. */
class CadenceTest {

  @Test
  void factoriesSetTheKindAndOnlyTheirAttributes() {
    assertThat(Cadence.weekly(DayOfWeek.MONDAY))
        .isEqualTo(
            Cadence.builder()
                .kind(CadenceKind.EVERY_N_WEEKS)
                .intervalWeeks(1)
                .dayOfWeek(DayOfWeek.MONDAY)
                .build());
    assertThat(Cadence.monthlyOnLast(DayOfWeek.THURSDAY))
        .isEqualTo(Cadence.monthlyOn(5, DayOfWeek.THURSDAY));
    Cadence byDay = Cadence.monthlyOnDay(15);
    assertThat(byDay.getKind()).isEqualTo(CadenceKind.MONTHLY);
    assertThat(byDay.getDayOfMonth()).contains(15);
    assertThat(byDay.getWeekOfMonth()).isEmpty();
    Cadence months = Cadence.everyMonths(2, 1, DayOfWeek.FRIDAY);
    assertThat(months.getKind()).isEqualTo(CadenceKind.EVERY_N_MONTHS);
    assertThat(months.getIntervalMonths()).contains(2);
    assertThat(Cadence.everyMonthsOnDay(3, 31).getDayOfMonth()).contains(31);
    Cadence twice = Cadence.twiceMonthlyOn(1, 3, DayOfWeek.TUESDAY);
    assertThat(twice.getKind()).isEqualTo(CadenceKind.TWICE_MONTHLY);
    assertThat(twice.getWeeksOfMonth()).containsExactly(1, 3);
    assertThat(Cadence.twiceMonthlyOnDays(1, 15).getDaysOfMonth()).containsExactly(1, 15);
    assertThat(twice.getStartTime()).isEmpty();
  }

  @Test
  void nominalGapForEveryKind() {
    assertThat(Cadence.everyWeeks(3).nominalGap()).contains(Period.ofWeeks(3));
    assertThat(Cadence.weekly(DayOfWeek.MONDAY).nominalGap()).contains(Period.ofDays(7));
    assertThat(Cadence.monthlyOn(2, DayOfWeek.TUESDAY).nominalGap()).contains(Period.ofMonths(1));
    assertThat(Cadence.monthlyOnDay(1).nominalGap()).contains(Period.ofMonths(1));
    assertThat(Cadence.everyMonthsOnDay(3, 1).nominalGap()).contains(Period.ofMonths(3));
    assertThat(Cadence.twiceMonthlyOnDays(1, 15).nominalGap()).contains(Period.ofDays(15));
    assertThat(Cadence.everyWeeks(0).nominalGap()).isEmpty();
    assertThat(Cadence.builder().kind(CadenceKind.EVERY_N_WEEKS).build().nominalGap()).isEmpty();
    assertThat(Cadence.builder().kind(CadenceKind.EVERY_N_MONTHS).build().nominalGap()).isEmpty();
  }
}
