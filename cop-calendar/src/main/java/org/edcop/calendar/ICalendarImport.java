package org.edcop.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.Duration;
import org.edcop.calendar.CalendarException.Kind;
import org.edcop.calendar.internal.DescriptionText;
import org.edcop.calendar.internal.Ical;
import org.edcop.calendar.internal.Uids;
import org.edcop.model.Meeting;

/**
 * Reads an iCalendar ({@code .ics}) file back into meetings, for conveners who planned in their
 * calendar (guide section: Collaborative Plan).
 *
 * <ul>
 *   <li>Each VEVENT becomes a meeting: DTSTART and DTEND (or DTSTART plus DURATION; neither leaves
 *       the end unset) give its times, with the offsets of the plan's time zone at those instants;
 *       a floating time (no TZID, no {@code Z}) is read in the plan's zone. SUMMARY gives the
 *       title. A DESCRIPTION in the layout the export writes gives back topics, guiding questions
 *       and resources; any other description becomes topics, one per paragraph.
 *   <li>Ids: the meeting id inside a UID this library exported, otherwise {@code meeting-} and the
 *       start date ({@code -2}, {@code -3} for a second or third meeting that day).
 *   <li>Events with STATUS:CANCELLED are not meetings and are passed over.
 *   <li>What cannot be mapped is an error, never dropped: an all-day event or an event without
 *       DTSTART (no time), a recurring event (RRULE or RDATE: export the series as single events),
 *       a document without any event.
 * </ul>
 *
 * @since 0.2.0
 */
public final class ICalendarImport {

  private ICalendarImport() {}

  /**
   * Reads the meetings of an iCalendar document.
   *
   * @param ics the document (UTF-8)
   * @param zone the plan's time zone
   * @return the meetings in document order
   * @throws CalendarException of kind {@link Kind#ICS_UNREADABLE} when the text is not iCalendar,
   *     or {@link Kind#ICS_UNMAPPABLE} naming the event (by number and UID) and the value that
   *     cannot become a meeting
   */
  public static List<Meeting> read(byte[] ics, ZoneId zone) {
    return read(new String(ics, StandardCharsets.UTF_8), zone);
  }

  /**
   * Reads the meetings of an iCalendar document.
   *
   * @param ics the document
   * @param zone the plan's time zone
   * @return the meetings in document order
   * @throws CalendarException as {@link #read(byte[], ZoneId)}
   */
  public static List<Meeting> read(String ics, ZoneId zone) {
    Calendar calendar = Ical.parse(ics, "the calendar file");
    List<VEvent> events = calendar.getComponents("VEVENT");
    if (events.isEmpty()) {
      throw new CalendarException(
          Kind.ICS_UNMAPPABLE, "VCALENDAR", "", "the calendar file has no event (VEVENT)");
    }
    if (events.size() > Ical.MAX_EVENTS) {
      throw new CalendarException(
          Kind.ICS_UNMAPPABLE,
          "VCALENDAR",
          String.valueOf(events.size()),
          "the calendar file has "
              + events.size()
              + " events; at most "
              + Ical.MAX_EVENTS
              + " can be read");
    }
    List<Meeting> meetings = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < events.size(); i++) {
      VEvent event = events.get(i);
      String uid = event.getProperty(Property.UID).map(Property::getValue).orElse("");
      String where = "VEVENT " + (i + 1) + (uid.isEmpty() ? "" : " (UID " + uid + ")");
      if (event
          .getProperty(Property.STATUS)
          .map(p -> "CANCELLED".equalsIgnoreCase(p.getValue()))
          .orElse(false)) {
        continue;
      }
      for (String recurrence : List.of(Property.RRULE, Property.RDATE)) {
        Optional<Property> rule = event.getProperty(recurrence);
        if (rule.isPresent()) {
          throw unmappable(
              where,
              rule.get().getValue(),
              where
                  + " repeats ("
                  + recurrence
                  + ":"
                  + rule.get().getValue()
                  + "); export the series as single events");
        }
      }
      Optional<Property> startProperty = event.getProperty(Property.DTSTART);
      if (startProperty.isEmpty()) {
        throw unmappable(where, "", where + " has no DTSTART, so no time to meet");
      }
      ZonedDateTime start = dateTime(startProperty.get(), zone, where);
      Optional<ZonedDateTime> end =
          event.getProperty(Property.DTEND).map(p -> dateTime(p, zone, where));
      if (end.isEmpty()) {
        Optional<Property> duration = event.getProperty(Property.DURATION);
        if (duration.isPresent()) {
          TemporalAmount amount = ((Duration) duration.get()).getDuration();
          end = Optional.of(start.plus(amount));
        }
      }
      meetings.add(meeting(event, start, end, uid, ids, zone));
    }
    return meetings;
  }

  private static Meeting meeting(
      VEvent event,
      ZonedDateTime start,
      Optional<ZonedDateTime> end,
      String uid,
      Set<String> ids,
      ZoneId zone) {
    String id =
        Uids.meetingId(uid).orElse("meeting-" + start.withZoneSameInstant(zone).toLocalDate());
    String unique = id;
    for (int n = 2; !ids.add(unique); n++) {
      unique = id + "-" + n;
    }
    var builder =
        Meeting.builder()
            .id(unique)
            .start(offset(start, zone))
            .title(
                event
                    .getProperty(Property.SUMMARY)
                    .map(Property::getValue)
                    .filter(s -> !s.isBlank()));
    end.ifPresent(e -> builder.end(offset(e, zone)));
    Optional<String> description =
        event.getProperty(Property.DESCRIPTION).map(Property::getValue).filter(s -> !s.isBlank());
    if (description.isPresent()) {
      Map<String, List<String>> sections = DescriptionText.read(description.get());
      builder.topics(sections.get(DescriptionText.TOPICS));
      builder.guidingQuestions(sections.get(DescriptionText.QUESTIONS));
      builder.resources(sections.get(DescriptionText.RESOURCES));
    }
    return builder.build();
  }

  private static OffsetDateTime offset(ZonedDateTime dateTime, ZoneId zone) {
    return dateTime.toInstant().atZone(zone).toOffsetDateTime();
  }

  private static ZonedDateTime dateTime(Property property, ZoneId zone, String where) {
    Temporal value;
    try {
      value = ((DateProperty<?>) property).getDate();
    } catch (RuntimeException e) {
      value = null;
    }
    if (value instanceof LocalDate) {
      throw unmappable(
          where,
          property.getValue(),
          where
              + " is an all-day event ("
              + property.getName()
              + ":"
              + property.getValue()
              + "); a meeting needs a time of day");
    }
    if (value instanceof ZonedDateTime zoned) {
      return zoned;
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toZonedDateTime();
    }
    if (value instanceof Instant instant) {
      return instant.atZone(zone);
    }
    if (value instanceof LocalDateTime local) {
      return local.atZone(zone);
    }
    throw unmappable(
        where,
        property.getValue(),
        where
            + " has "
            + property.getName()
            + ":"
            + property.getValue()
            + ", which is not a date-time");
  }

  private static CalendarException unmappable(String where, String value, String message) {
    return new CalendarException(Kind.ICS_UNMAPPABLE, where, value, message);
  }
}
