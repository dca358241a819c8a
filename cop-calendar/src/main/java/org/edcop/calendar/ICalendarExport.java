package org.edcop.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.edcop.calendar.CalendarException.Kind;
import org.edcop.calendar.internal.DescriptionText;
import org.edcop.calendar.internal.Ical;
import org.edcop.calendar.internal.Uids;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.LaunchPlan;
import org.edcop.model.Leader;
import org.edcop.model.LeadershipDuty;
import org.edcop.model.Meeting;
import org.edcop.model.MeetingFormat;
import org.edcop.model.Member;
import org.edcop.model.MemberId;

/**
 * Writes a plan's collaborative plan as an iCalendar (RFC 5545) document with ical4j (guide
 * section: Collaborative Plan).
 *
 * <ul>
 *   <li>One VEVENT per meeting that has a start and a later end (no RRULE series: one event per
 *       meeting says exactly what the plan says, moved and skipped meetings included). Meetings
 *       without times are left out and listed in {@link CalendarFile#getLeftOut()}.
 *   <li>A VTIMEZONE for the plan's zone (ical4j's bundled definitions); DTSTART and DTEND are local
 *       times in that zone with its TZID.
 *   <li>SUMMARY: the meeting's title, or the plan's name. DESCRIPTION: the topics, guiding
 *       questions and resources as bulleted sections. LOCATION: the launch plan's place (in
 *       person), platform (virtual), or both (hybrid).
 *   <li>ORGANIZER and ATTENDEE only when {@link #withParticipants(boolean)} is on (off by default:
 *       e-mail addresses are personal data). The organizer is the meeting's facilitator, else the
 *       leader who sets up meetings, else the first leader, the first of them with an e-mail; the
 *       attendees are the other members proper with an e-mail.
 *   <li>UID: {@code <plan id>.<meeting id>@cop.edcop}, so a new export of the same plan updates the
 *       events a calendar already has instead of adding copies.
 *   <li>SEQUENCE: 0 for a new event. Each event carries {@code X-COP-CONTENT-HASH}, a hash of what
 *       it says (times, summary, description, location, people). Given the previous export ({@link
 *       #withPrevious(String)}), an event whose hash differs from the one with the same UID there
 *       gets that event's SEQUENCE plus one; an unchanged event keeps its SEQUENCE.
 *   <li>DTSTAMP: the export's time, from the clock ({@link #withClock(Clock)}).
 * </ul>
 *
 * @since 0.2.0
 */
public final class ICalendarExport {

  /** The PRODID of exported documents. */
  public static final String PRODUCT_ID = "-//edcop//cop calendar 0.2//EN";

  /** The name of the content-hash property. */
  public static final String HASH_PROPERTY = "X-COP-CONTENT-HASH";

  private static final ICalendarExport DEFAULTS =
      new ICalendarExport(false, null, Clock.systemUTC());

  private final boolean participants;
  private final String previous;
  private final Clock clock;

  private ICalendarExport(boolean participants, String previous, Clock clock) {
    this.participants = participants;
    this.previous = previous;
    this.clock = clock;
  }

  /**
   * No organizer or attendees, no previous export, the system clock.
   *
   * @return the default export
   */
  public static ICalendarExport defaults() {
    return DEFAULTS;
  }

  /**
   * Whether to write ORGANIZER and ATTENDEE from the members' e-mail addresses.
   *
   * @param include true to include them
   * @return a changed copy
   */
  public ICalendarExport withParticipants(boolean include) {
    return new ICalendarExport(include, previous, clock);
  }

  /**
   * The previous export of the same plan, whose SEQUENCE numbers this one continues.
   *
   * @param ics the previous iCalendar text
   * @return a changed copy
   */
  public ICalendarExport withPrevious(String ics) {
    return new ICalendarExport(participants, Objects.requireNonNull(ics, "ics"), clock);
  }

  /**
   * The clock that gives DTSTAMP.
   *
   * @param stampClock the clock
   * @return a changed copy
   */
  public ICalendarExport withClock(Clock stampClock) {
    return new ICalendarExport(participants, previous, Objects.requireNonNull(stampClock, "clock"));
  }

  /**
   * Exports the plan.
   *
   * @param plan the plan
   * @return the document and the meetings left out
   * @throws CalendarException of kind {@link Kind#UNKNOWN_ZONE} when ical4j has no definition of
   *     the plan's zone, or {@link Kind#ICS_UNREADABLE} when the previous export does not parse
   */
  public CalendarFile export(CommunityOfPractice plan) {
    ZoneId zone = plan.getTimeZone();
    TimeZoneRegistry registry = Ical.registry();
    TimeZone timeZone = registry.getTimeZone(zone.getId());
    if (timeZone == null) {
      throw new CalendarException(
          Kind.UNKNOWN_ZONE,
          "/timeZone",
          zone.getId(),
          "ical4j has no definition of the time zone '" + zone.getId() + "'");
    }
    Map<String, Ical.Previous> before = previous == null ? Map.of() : Ical.previousEvents(previous);

    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODUCT_ID));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(new XProperty("X-WR-CALNAME", plan.getName()));
    calendar.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
    calendar.add(timeZone.getVTimeZone());

    List<String> leftOut = new ArrayList<>();
    int events = 0;
    for (Meeting meeting : plan.getPractice().getMeetings()) {
      if (meeting.length().isEmpty()) {
        leftOut.add(meeting.getId());
        continue;
      }
      ZonedDateTime start = meeting.getStart().get().atZoneSameInstant(zone);
      ZonedDateTime end = meeting.getEnd().get().atZoneSameInstant(zone);
      VEvent event = new VEvent(start, end, meeting.getTitle().orElse(plan.getName()));
      // ical4j stamps new events with the current time: the stamp is set last, from our clock
      event.removeAll(Property.DTSTAMP);
      String uid = Uids.of(plan.getId(), meeting.getId());
      event.add(new Uid(uid));
      String description = description(meeting);
      if (!description.isEmpty()) {
        event.add(new Description(description));
      }
      location(plan.getPractice().getLaunchPlan()).ifPresent(l -> event.add(new Location(l)));
      if (participants) {
        people(plan, meeting, event);
      }
      String hash = hash(event);
      Ical.Previous old = before.get(uid);
      int sequence = 0;
      if (old != null) {
        sequence = hash.equals(old.hash()) ? old.sequence() : old.sequence() + 1;
      }
      event.add(new Sequence(sequence));
      event.add(new XProperty(HASH_PROPERTY, hash));
      event.add(new DtStamp(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
      calendar.add(event);
      events++;
    }
    StringWriter text = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, text);
    } catch (IOException | ValidationException e) {
      throw new IllegalStateException("ical4j could not write the calendar", e);
    }
    return new CalendarFile(text.toString(), events, leftOut);
  }

  private static String description(Meeting meeting) {
    Map<String, List<String>> sections = new LinkedHashMap<>();
    sections.put(DescriptionText.TOPICS, meeting.getTopics());
    sections.put(DescriptionText.QUESTIONS, meeting.getGuidingQuestions());
    sections.put(DescriptionText.RESOURCES, meeting.getResources());
    return DescriptionText.write(sections);
  }

  private static Optional<String> location(LaunchPlan launch) {
    Optional<String> place = launch.getPlace().filter(s -> !s.isBlank());
    Optional<String> platform = launch.getPlatform().filter(s -> !s.isBlank());
    MeetingFormat format = launch.getFormat().orElse(null);
    if (format == MeetingFormat.IN_PERSON) {
      return place.or(() -> platform);
    }
    if (format == MeetingFormat.VIRTUAL) {
      return platform.or(() -> place);
    }
    if (place.isPresent() && platform.isPresent()) {
      return Optional.of(place.get() + " / " + platform.get());
    }
    return place.or(() -> platform);
  }

  private static void people(CommunityOfPractice plan, Meeting meeting, VEvent event) {
    List<Member> members = plan.getCommunity().getMembership().getMembers();
    List<MemberId> candidates = new ArrayList<>();
    meeting.getFacilitator().ifPresent(candidates::add);
    List<Leader> leaders = plan.getCommunity().getLeadership().getLeaders();
    for (Leader leader : leaders) {
      if (leader.getDuties().contains(LeadershipDuty.SET_UP_MEETINGS)) {
        candidates.add(leader.getMemberId());
      }
    }
    leaders.forEach(l -> candidates.add(l.getMemberId()));
    Member organizer = null;
    for (MemberId id : candidates) {
      Optional<Member> member = members.stream().filter(m -> m.getId().equals(id)).findFirst();
      if (member.isPresent() && mailto(member.get()).isPresent()) {
        organizer = member.get();
        break;
      }
    }
    if (organizer != null) {
      Organizer property = new Organizer(mailto(organizer).get());
      property.add(new Cn(organizer.getPerson().getName()));
      event.add(property);
    }
    for (Member member : members) {
      if (member == organizer || !member.countsAsMember()) {
        continue;
      }
      Optional<URI> address = mailto(member);
      if (address.isPresent()) {
        Attendee attendee = new Attendee(address.get());
        attendee.add(new Cn(member.getPerson().getName()));
        event.add(attendee);
      }
    }
  }

  private static Optional<URI> mailto(Member member) {
    Optional<String> email =
        member.getPerson().getContact().flatMap(c -> c.getEmail()).filter(e -> e.contains("@"));
    if (email.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new URI("mailto", email.get().strip(), null));
    } catch (java.net.URISyntaxException e) {
      return Optional.empty();
    }
  }

  private static String hash(VEvent event) {
    StringBuilder content = new StringBuilder();
    for (Property property : event.getPropertyList().getAll()) {
      content.append(property.toString());
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(content.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
