package org.edcop.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.ImmutableMeeting;
import org.edcop.model.Meeting;
import org.edcop.testing.SamplePlans;
import org.junit.jupiter.api.Test;

/** SEQUENCE across exports, participants on request, stable output, location. */
class ICalendarExportTest {

  private static final CommunityOfPractice PLAN = SamplePlans.systemLeaders().getPlan();

  private static List<String> values(String ics, String property) {
    List<String> values = new ArrayList<>();
    Matcher m =
        Pattern.compile("(?m)^" + property + "[:;]([^\r\n]*)").matcher(ics.replace("\r\n ", ""));
    while (m.find()) {
      values.add(m.group(1));
    }
    return values;
  }

  @Test
  void sameInputSameTextAndDtstampFromTheClock() {
    Clock clock = Clock.fixed(Instant.parse("2026-08-01T12:00:00Z"), ZoneOffset.UTC);
    String first = ICalendarExport.defaults().withClock(clock).export(PLAN).getText();
    String second = ICalendarExport.defaults().withClock(clock).export(PLAN).getText();
    assertThat(first).isEqualTo(second);
    assertThat(first).startsWith("BEGIN:VCALENDAR\r\n").contains("\r\nEND:VCALENDAR");
    assertThat(values(first, "DTSTAMP")).containsOnly("20260801T120000Z");
    assertThat(values(first, "LOCATION")).isNotEmpty();
  }

  @Test
  void sequenceGrowsOnlyForMeetingsThatChanged() {
    String first = ICalendarExport.defaults().export(PLAN).getText();
    assertThat(values(first, "SEQUENCE")).containsOnly("0");

    List<Meeting> meetings = new ArrayList<>(PLAN.getPractice().getMeetings());
    Meeting moved = meetings.get(1);
    meetings.set(
        1,
        ImmutableMeeting.copyOf(moved)
            .withStart(moved.getStart().get().plusHours(1))
            .withEnd(moved.getEnd().get().plusHours(1)));
    Meeting retitled = meetings.get(2);
    meetings.set(2, ImmutableMeeting.copyOf(retitled).withTitle("A new title"));
    CommunityOfPractice changed = Plans.withMeetings(PLAN, meetings);

    String second = ICalendarExport.defaults().withPrevious(first).export(changed).getText();
    List<String> sequences = values(second, "SEQUENCE");
    assertThat(sequences.get(0)).isEqualTo("0");
    assertThat(sequences.get(1)).isEqualTo("1");
    assertThat(sequences.get(2)).isEqualTo("1");
    assertThat(sequences.subList(3, sequences.size())).containsOnly("0");

    // a third export of the same plan keeps the numbers; another change bumps again
    String third = ICalendarExport.defaults().withPrevious(second).export(changed).getText();
    assertThat(values(third, "SEQUENCE")).isEqualTo(sequences);
    List<Meeting> again = new ArrayList<>(meetings);
    again.set(1, ImmutableMeeting.copyOf(meetings.get(1)).withTitle("Moved again"));
    String fourth =
        ICalendarExport.defaults()
            .withPrevious(third)
            .export(Plans.withMeetings(PLAN, again))
            .getText();
    assertThat(values(fourth, "SEQUENCE").get(1)).isEqualTo("2");
    assertThat(values(fourth, "UID")).isEqualTo(values(first, "UID"));
  }

  @Test
  void organizerAndAttendeesOnlyWhenAskedAndOnlyWithAnEmail() {
    String without = ICalendarExport.defaults().export(PLAN).getText();
    assertThat(without)
        .doesNotContain("ATTENDEE")
        .doesNotContain("ORGANIZER")
        .doesNotContain("mailto:");
    String with = ICalendarExport.defaults().withParticipants(true).export(PLAN).getText();
    long withEmail =
        PLAN.getCommunity().getMembership().getMembers().stream()
            .filter(m -> m.countsAsMember())
            .filter(m -> m.getPerson().getContact().flatMap(c -> c.getEmail()).isPresent())
            .count();
    int events = PLAN.getPractice().getMeetings().size();
    assertThat(withEmail).as("the sample has members with e-mail").isPositive();
    assertThat(values(with, "ORGANIZER")).hasSize(events);
    assertThat(values(with, "ATTENDEE")).hasSize((int) (events * (withEmail - 1)));
    assertThat(values(with, "ATTENDEE")).allMatch(v -> v.contains("CN=") && v.contains("mailto:"));
  }

  @Test
  void meetingsWithoutTimesAreLeftOutAndListed() {
    List<Meeting> meetings = new ArrayList<>(PLAN.getPractice().getMeetings());
    meetings.add(Meeting.builder().id("later").addTopic("To be scheduled").build());
    meetings.add(
        Meeting.builder()
            .id("backwards")
            .start(OffsetDateTime.parse("2027-01-01T10:00:00-07:00"))
            .end(OffsetDateTime.parse("2027-01-01T09:00:00-07:00"))
            .build());
    CalendarFile file = ICalendarExport.defaults().export(Plans.withMeetings(PLAN, meetings));
    assertThat(file.getLeftOut()).containsExactly("later", "backwards");
    assertThat(file.getEventCount()).isEqualTo(PLAN.getPractice().getMeetings().size());
  }
}
