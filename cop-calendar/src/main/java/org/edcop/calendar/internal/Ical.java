package org.edcop.calendar.internal;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Sequence;
import org.edcop.calendar.CalendarException;
import org.edcop.calendar.CalendarException.Kind;

/** ical4j plumbing shared by export and import: the zone registry and parsing with typed errors. */
public final class Ical {

  /** The most VEVENTs an imported document may hold. */
  public static final int MAX_EVENTS = 5_000;

  private Ical() {}

  /**
   * A fresh time-zone registry with ical4j's bundled definitions (no network look-up: ical4j's
   * updates are off unless its configuration turns them on).
   *
   * @return the registry
   */
  public static TimeZoneRegistry registry() {
    return TimeZoneRegistryFactory.getInstance().createRegistry();
  }

  /**
   * Parses iCalendar text.
   *
   * @param text the document
   * @param what how to name it in an error, e.g. {@code the calendar file}
   * @return the calendar
   * @throws CalendarException of kind {@link Kind#ICS_UNREADABLE} naming the line
   */
  public static Calendar parse(String text, String what) {
    try {
      return new CalendarBuilder(registry()).build(new StringReader(text));
    } catch (ParserException e) {
      String detail = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
      throw new CalendarException(
          Kind.ICS_UNREADABLE,
          "line " + e.getLineNo(),
          "",
          what + " is not valid iCalendar (line " + e.getLineNo() + "): " + detail);
    } catch (IOException | RuntimeException e) {
      String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new CalendarException(
          Kind.ICS_UNREADABLE,
          "",
          "",
          what + " is not valid iCalendar: " + detail.lines().findFirst().orElse(""));
    }
  }

  /**
   * What a previous export said about each event.
   *
   * @param sequence its SEQUENCE
   * @param hash its content hash, or null
   */
  public record Previous(int sequence, String hash) {}

  /**
   * The events of a previous export by UID.
   *
   * @param text the previous export
   * @return SEQUENCE and content hash by UID
   */
  public static Map<String, Previous> previousEvents(String text) {
    Calendar calendar = parse(text, "the previous export");
    Map<String, Previous> events = new HashMap<>();
    for (VEvent event : calendar.<VEvent>getComponents("VEVENT")) {
      Optional<Property> uid = event.getProperty(Property.UID);
      if (uid.isEmpty()) {
        continue;
      }
      int sequence =
          event.<Sequence>getProperty(Property.SEQUENCE).map(Sequence::getSequenceNo).orElse(0);
      String hash =
          event
              .getProperty(org.edcop.calendar.ICalendarExport.HASH_PROPERTY)
              .map(Property::getValue)
              .orElse(null);
      events.put(uid.get().getValue(), new Previous(sequence, hash));
    }
    return events;
  }
}
