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
import net.fortuna.ical4j.model.Period;
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
 *   <li>A recurring event (RRULE, RDATE, EXDATE) becomes one meeting per occurrence, read for
 *       {@link #SERIES_WINDOW} from its first start (an endless series stops there); an instance
 *       changed in the calendar (its own VEVENT with a RECURRENCE-ID) replaces the occurrence.
 *   <li>Ids: the meeting id inside a UID this library exported, otherwise {@code meeting-} and the
 *       start date ({@code -2}, {@code -3} for a second or third meeting that day).
 *   <li>Events with STATUS:CANCELLED are not meetings and are passed over.
 *   <li>What cannot be mapped is an error, never dropped: an all-day event or an event without
 *       DTSTART (no time), a recurrence that cannot be expanded, a document without any event, more
 *       than 5,000 meetings.
 * </ul>
 *
 * @since 0.2.0
 */
public final class ICalendarImport {

  /** How far a recurring series is read from its first meeting: two school years. */
  public static final java.time.Period SERIES_WINDOW = java.time.Period.ofYears(2);

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
    // instances of a series changed in the calendar: their own VEVENT with a RECURRENCE-ID
    Set<String> overrides = new HashSet<>();
    for (VEvent event : events) {
      Optional<Property> recurrenceId = event.getProperty(Property.RECURRENCE_ID);
      if (recurrenceId.isPresent()) {
        String uid = event.getProperty(Property.UID).map(Property::getValue).orElse("");
        overrides.add(uid + " " + instant(recurrenceId.get(), zone));
      }
    }
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
      boolean repeats =
          event.getProperty(Property.RRULE).isPresent()
              || event.getProperty(Property.RDATE).isPresent();
      if (!repeats) {
        meetings.add(meeting(event, start, end, "", uid, ids, zone));
        continue;
      }
      java.time.Duration length =
          end.map(e -> java.time.Duration.between(start, e)).orElse(java.time.Duration.ZERO);
      for (ZonedDateTime occurrence : occurrences(event, start, zone, where, overrides)) {
        Optional<ZonedDateTime> occurrenceEnd =
            end.isPresent() ? Optional.of(occurrence.plus(length)) : Optional.empty();
        meetings.add(meeting(event, occurrence, occurrenceEnd, "series", uid, ids, zone));
        if (meetings.size() > Ical.MAX_EVENTS) {
          throw unmappable(
              where,
              "",
              "the calendar file repeats into more than "
                  + Ical.MAX_EVENTS
                  + " meetings; shorten the series ("
                  + where
                  + ")");
        }
      }
    }
    return meetings;
  }

  private static Meeting meeting(
      VEvent event,
      ZonedDateTime start,
      Optional<ZonedDateTime> end,
      String kind,
      String uid,
      Set<String> ids,
      ZoneId zone) {
    String date = "meeting-" + start.withZoneSameInstant(zone).toLocalDate();
    String id = kind.isEmpty() ? Uids.meetingId(uid).orElse(date) : date;
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

  private static List<ZonedDateTime> occurrences(
      VEvent event, ZonedDateTime start, ZoneId zone, String where, Set<String> overrides) {
    String uid = event.getProperty(Property.UID).map(Property::getValue).orElse("");
    Set<Period<Temporal>> periods;
    try {
      periods = event.calculateRecurrenceSet(new Period<>(start, start.plus(SERIES_WINDOW)));
    } catch (RuntimeException e) {
      String rule = event.getProperty(Property.RRULE).map(Property::getValue).orElse("");
      throw unmappable(
          where, rule, where + " has a recurrence that cannot be expanded (RRULE:" + rule + ")");
    }
    List<ZonedDateTime> starts = new ArrayList<>();
    for (Period<Temporal> period : periods) {
      ZonedDateTime occurrence = toZoned(period.getStart(), zone);
      if (occurrence == null || overrides.contains(uid + " " + occurrence.toInstant())) {
        continue;
      }
      starts.add(occurrence);
      if (starts.size() > Ical.MAX_EVENTS) {
        break;
      }
    }
    starts.sort(java.util.Comparator.comparing(ZonedDateTime::toInstant));
    return starts;
  }

  private static Instant instant(Property property, ZoneId zone) {
    Temporal value;
    try {
      value = ((DateProperty<?>) property).getDate();
    } catch (RuntimeException e) {
      return Instant.MIN;
    }
    ZonedDateTime zoned = toZoned(value, zone);
    return zoned == null ? Instant.MIN : zoned.toInstant();
  }

  private static ZonedDateTime toZoned(Temporal value, ZoneId zone) {
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
    return null;
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
    ZonedDateTime zoned = value == null ? null : toZoned(value, zone);
    if (zoned != null) {
      return zoned;
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
