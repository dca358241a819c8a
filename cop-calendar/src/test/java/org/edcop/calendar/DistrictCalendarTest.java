package org.edcop.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.edcop.calendar.CalendarException.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The district calendar's JSON form: what reads, and the typed errors for what does not. */
class DistrictCalendarTest {

  @Test
  void readsSingleDaysAndRanges() {
    DistrictCalendar calendar =
        DistrictCalendar.read(
            "{\"name\":\"NLSD 2026-27\",\"closures\":["
                + "{\"date\":\"2026-10-12\",\"reason\":\"Thanksgiving\"},"
                + "{\"from\":\"2026-12-21\",\"until\":\"2027-01-01\",\"reason\":\"Winter break\"},"
                + "{\"date\":\"2027-02-12\"}]}");
    assertThat(calendar.getName()).contains("NLSD 2026-27");
    assertThat(calendar.getClosures())
        .containsExactly(
            Closure.on(LocalDate.of(2026, 10, 12), "Thanksgiving"),
            Closure.between(LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 1), "Winter break"),
            Closure.on(LocalDate.of(2027, 2, 12), null));
    assertThat(calendar.closureOn(LocalDate.of(2027, 1, 1))).isPresent();
    assertThat(calendar.closureOn(LocalDate.of(2027, 1, 2))).isEmpty();
    assertThat(calendar.closureOn(LocalDate.of(2026, 12, 20))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "not JSON | {\"closures\": [ | | not valid JSON",
        "not an object | [] | | not a JSON object",
        "no closures | {\"name\":\"x\"} | /closures | no 'closures' array",
        "unknown property | {\"closures\":[],\"closure\":[]} | /closure | unknown property 'closure'",
        "misspelt until | {\"closures\":[{\"from\":\"2026-12-21\",\"untill\":\"2027-01-01\"}]}"
            + " | /closures/0/untill | unknown property 'untill'",
        "bad date | {\"closures\":[{\"date\":\"2026-02-30\"}]} | /closures/0/date | '2026-02-30'",
        "number date | {\"closures\":[{\"date\":20261012}]} | /closures/0/date | 20261012",
        "range backwards | {\"closures\":[{\"from\":\"2027-01-01\",\"until\":\"2026-12-21\"}]}"
            + " | /closures/0/until | ends on 2026-12-21",
        "half a range | {\"closures\":[{\"from\":\"2027-01-01\"}]} | /closures/0 | both 'from'",
        "both forms | {\"closures\":[{\"date\":\"2027-01-01\",\"from\":\"2027-01-01\"}]}"
            + " | /closures/0 | both 'date'",
        "duplicate key | {\"closures\":[],\"closures\":[]} | | Duplicate field",
        "trailing content | {\"closures\":[]} [] | | after its closing brace"
      })
  void badDocumentsAreTypedErrorsNamingThePlace(
      String name, String json, String where, String fragment) {
    CalendarException e =
        catchThrowableOfType(CalendarException.class, () -> DistrictCalendar.read(json));
    assertThat(e).as(name).isNotNull();
    assertThat(e.getKind()).isEqualTo(Kind.CLOSURES_UNREADABLE);
    if (where != null) {
      assertThat(e.getWhere()).isEqualTo(where);
    }
    assertThat(e.getMessage()).contains(fragment).doesNotContain("\n");
  }
}
