package org.edcop.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.DateProperty;
import org.edcop.model.Cadence;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.Meeting;
import org.edcop.testing.SamplePlans;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The export parses back with ical4j to the same meetings (start, end, zone, UID), and the import
 * turns it back into the plan's meetings.
 */
class ICalendarRoundTripTest {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-08-01T12:00:00Z"), ZoneOffset.UTC);

  static CommunityOfPractice scheduled(String zone) {
    CommunityOfPractice plan =
        Plans.plan(Cadence.monthlyOn(2, DayOfWeek.WEDNESDAY), zone, LocalDate.of(2026, 9, 1));
    List<Meeting> meetings =
        Schedules.expand(
                plan,
                LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 6, 30),
                ScheduleOptions.defaults())
            .getMeetings();
    return Plans.withMeetings(plan, meetings);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"America/Edmonton", "America/Los_Angeles", "Europe/Paris"})
  void exportParsesBackToTheSameMeetings(String zone) throws Exception {
    CommunityOfPractice plan = scheduled(zone);
    CalendarFile file = ICalendarExport.defaults().withClock(CLOCK).export(plan);
    assertThat(file.getLeftOut()).isEmpty();

    Calendar parsed = new CalendarBuilder().build(new StringReader(file.getText()));
    parsed.validate();
    assertThat(
            parsed.<net.fortuna.ical4j.model.component.CalendarComponent>getComponents("VTIMEZONE"))
        .hasSize(1);
    List<VEvent> events = parsed.getComponents("VEVENT");
    List<Meeting> meetings = plan.getPractice().getMeetings();
    assertThat(events).hasSize(meetings.size());
    assertThat(file.getEventCount()).isEqualTo(meetings.size());
    for (int i = 0; i < events.size(); i++) {
      VEvent event = events.get(i);
      Meeting meeting = meetings.get(i);
      Property start = event.getProperty(Property.DTSTART).orElseThrow();
      Property end = event.getProperty(Property.DTEND).orElseThrow();
      assertThat(start.<TzId>getParameter(Parameter.TZID).orElseThrow().getValue()).isEqualTo(zone);
      assertThat(end.<TzId>getParameter(Parameter.TZID).orElseThrow().getValue()).isEqualTo(zone);
      ZonedDateTime startTime = (ZonedDateTime) ((DateProperty<?>) start).getDate();
      ZonedDateTime endTime = (ZonedDateTime) ((DateProperty<?>) end).getDate();
      assertThat(startTime.toInstant()).isEqualTo(meeting.getStart().orElseThrow().toInstant());
      assertThat(endTime.toInstant()).isEqualTo(meeting.getEnd().orElseThrow().toInstant());
      assertThat(startTime.toLocalTime()).isEqualTo(Plans.AT);
      assertThat(startTime.getOffset()).isEqualTo(meeting.getStart().orElseThrow().getOffset());
      assertThat(event.getProperty(Property.UID).orElseThrow().getValue())
          .isEqualTo(plan.getId() + "." + meeting.getId() + "@cop.edcop");
      assertThat(event.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("0");
      assertThat(event.getProperty(Property.DTSTAMP).orElseThrow().getValue())
          .isEqualTo("20260801T120000Z");
      assertThat(event.getProperty(Property.ATTENDEE)).isEmpty();
      assertThat(event.getProperty(Property.ORGANIZER)).isEmpty();
    }

    List<Meeting> back = ICalendarImport.read(file.getText(), ZoneId.of(zone));
    assertThat(back)
        .extracting(Meeting::getId)
        .containsExactlyElementsOf(meetings.stream().map(Meeting::getId).toList());
    assertThat(back)
        .extracting(Meeting::getStart)
        .containsExactlyElementsOf(meetings.stream().map(Meeting::getStart).toList());
    assertThat(back)
        .extracting(Meeting::getEnd)
        .containsExactlyElementsOf(meetings.stream().map(Meeting::getEnd).toList());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"system-leaders", "site-leaders-equity", "assessment-change"})
  void samplePlansKeepTitlesTopicsQuestionsAndResources(String name) {
    CommunityOfPractice plan = SamplePlans.named(name).getPlan();
    String ics = ICalendarExport.defaults().withClock(CLOCK).export(plan).getText();
    List<Meeting> back = ICalendarImport.read(ics, plan.getTimeZone());
    List<Meeting> timed =
        plan.getPractice().getMeetings().stream().filter(m -> m.length().isPresent()).toList();
    assertThat(back).hasSize(timed.size());
    for (int i = 0; i < timed.size(); i++) {
      Meeting original = timed.get(i);
      Meeting read = back.get(i);
      assertThat(read.getId()).isEqualTo(original.getId());
      assertThat(read.getStart().get().toInstant())
          .isEqualTo(original.getStart().get().toInstant());
      assertThat(read.getTitle())
          .isEqualTo(original.getTitle().or(() -> java.util.Optional.of(plan.getName())));
      assertThat(read.getTopics()).isEqualTo(original.getTopics());
      assertThat(read.getGuidingQuestions()).isEqualTo(original.getGuidingQuestions());
      assertThat(read.getResources()).isEqualTo(original.getResources());
    }
  }
}
