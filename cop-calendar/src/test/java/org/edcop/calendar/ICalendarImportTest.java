package org.edcop.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.ZoneId;
import java.util.List;
import org.edcop.calendar.CalendarException.Kind;
import org.edcop.model.Meeting;
import org.junit.jupiter.api.Test;

/** Import of calendars written elsewhere, and the typed errors for what cannot be a meeting. */
class ICalendarImportTest {

  private static final ZoneId EDMONTON = ZoneId.of("America/Edmonton");

  private static String calendar(String... eventLines) {
    StringBuilder text =
        new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n");
    text.append("BEGIN:VEVENT\r\n");
    for (String line : eventLines) {
      text.append(line).append("\r\n");
    }
    text.append("END:VEVENT\r\nEND:VCALENDAR\r\n");
    return text.toString();
  }

  @Test
  void foreignEventsBecomeMeetingsInThePlansZone() {
    String ics =
        calendar(
                "UID:abc@example.org",
                "DTSTAMP:20260801T000000Z",
                "DTSTART:20261110T223000Z",
                "DURATION:PT1H30M",
                "SUMMARY:Book club",
                "DESCRIPTION:Chapter 3\\n\\nBring questions")
            .replace(
                "END:VEVENT\r\n",
                "END:VEVENT\r\nBEGIN:VEVENT\r\nUID:def@example.org\r\nDTSTAMP:20260801T000000Z\r\n"
                    + "DTSTART:20261110T160000\r\nSUMMARY:Same day\r\nEND:VEVENT\r\n");
    List<Meeting> meetings = ICalendarImport.read(ics, EDMONTON);
    assertThat(meetings).hasSize(2);
    Meeting first = meetings.get(0);
    assertThat(first.getId()).isEqualTo("meeting-2026-11-10");
    assertThat(first.getStart().get().toString()).isEqualTo("2026-11-10T15:30-07:00");
    assertThat(first.getEnd().get().toString()).isEqualTo("2026-11-10T17:00-07:00");
    assertThat(first.getTitle()).contains("Book club");
    assertThat(first.getTopics()).containsExactly("Chapter 3", "Bring questions");
    Meeting floating = meetings.get(1);
    assertThat(floating.getId()).isEqualTo("meeting-2026-11-10-2");
    assertThat(floating.getStart().get().toString()).isEqualTo("2026-11-10T16:00-07:00");
    assertThat(floating.getEnd()).isEmpty();
  }

  @Test
  void anAllDayEventIsNotAMeeting() {
    CalendarException e =
        catchThrowableOfType(
            CalendarException.class,
            () ->
                ICalendarImport.read(
                    calendar(
                        "UID:pd@example.org",
                        "DTSTAMP:20260801T000000Z",
                        "DTSTART;VALUE=DATE:20261009",
                        "SUMMARY:PD day"),
                    EDMONTON));
    assertThat(e.getKind()).isEqualTo(Kind.ICS_UNMAPPABLE);
    assertThat(e.getMessage()).contains("UID pd@example.org").contains("20261009").contains("time");
  }

  @Test
  void anEventWithoutStartIsNotAMeeting() {
    CalendarException e =
        catchThrowableOfType(
            CalendarException.class,
            () ->
                ICalendarImport.read(
                    calendar("UID:x", "DTSTAMP:20260801T000000Z", "SUMMARY:No time"), EDMONTON));
    assertThat(e.getKind()).isEqualTo(Kind.ICS_UNMAPPABLE);
    assertThat(e.getMessage()).contains("VEVENT 1").contains("DTSTART");
  }

  @Test
  void aSeriesBecomesOneMeetingPerOccurrenceWithExceptionsAndChangedInstances() {
    String series =
        calendar(
                "UID:series@example.org",
                "DTSTAMP:20260801T000000Z",
                "DTSTART;TZID=America/Edmonton:20260908T153000",
                "DTEND;TZID=America/Edmonton:20260908T170000",
                "RRULE:FREQ=MONTHLY;BYDAY=2TU;COUNT=5",
                "EXDATE;TZID=America/Edmonton:20261110T153000",
                "SUMMARY:Network meeting")
            .replace(
                "END:VEVENT\r\n",
                "END:VEVENT\r\nBEGIN:VEVENT\r\nUID:series@example.org\r\n"
                    + "DTSTAMP:20260801T000000Z\r\n"
                    + "RECURRENCE-ID;TZID=America/Edmonton:20261013T153000\r\n"
                    + "DTSTART;TZID=America/Edmonton:20261014T153000\r\n"
                    + "DTEND;TZID=America/Edmonton:20261014T170000\r\n"
                    + "SUMMARY:Moved a day\r\nEND:VEVENT\r\n");
    List<Meeting> meetings = ICalendarImport.read(series, EDMONTON);
    assertThat(meetings)
        .extracting(m -> m.getId() + " " + m.getStart().get() + " " + m.getTitle().orElse(""))
        .containsExactly(
            "meeting-2026-09-08 2026-09-08T15:30-06:00 Network meeting",
            "meeting-2026-12-08 2026-12-08T15:30-07:00 Network meeting",
            "meeting-2027-01-12 2027-01-12T15:30-07:00 Network meeting",
            "meeting-2026-10-14 2026-10-14T15:30-06:00 Moved a day");
    assertThat(meetings.get(1).getEnd().get().toString()).isEqualTo("2026-12-08T17:00-07:00");
  }

  @Test
  void anEndlessSeriesIsReadForTwoYears() {
    List<Meeting> meetings =
        ICalendarImport.read(
            calendar(
                "UID:weekly",
                "DTSTAMP:20260801T000000Z",
                "DTSTART;TZID=America/Edmonton:20260902T153000",
                "DURATION:PT1H",
                "RRULE:FREQ=WEEKLY"),
            EDMONTON);
    assertThat(meetings.get(0).getId()).isEqualTo("meeting-2026-09-02");
    assertThat(meetings.get(meetings.size() - 1).getStart().get().toLocalDate())
        .isBefore(java.time.LocalDate.of(2028, 9, 2))
        .isAfter(java.time.LocalDate.of(2028, 8, 25));
    assertThat(meetings).hasSize(105);
    assertThat(meetings)
        .allSatisfy(
            m ->
                assertThat(m.getStart().get().atZoneSameInstant(EDMONTON).toLocalTime())
                    .hasToString("15:30"));
  }

  @Test
  void textThatIsNotICalendarOrHasNoEvent() {
    CalendarException garbage =
        catchThrowableOfType(
            CalendarException.class, () -> ICalendarImport.read("hello\r\nworld\r\n", EDMONTON));
    assertThat(garbage.getKind()).isEqualTo(Kind.ICS_UNREADABLE);
    assertThat(garbage.getMessage()).contains("line").doesNotContain("\n");

    CalendarException empty =
        catchThrowableOfType(
            CalendarException.class,
            () ->
                ICalendarImport.read(
                    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nEND:VCALENDAR\r\n",
                    EDMONTON));
    assertThat(empty.getKind()).isEqualTo(Kind.ICS_UNMAPPABLE);
    assertThat(empty.getMessage()).contains("no event");
  }
}
