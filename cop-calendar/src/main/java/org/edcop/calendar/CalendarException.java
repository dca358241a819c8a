package org.edcop.calendar;

import java.util.Objects;

/**
 * A schedule, district calendar or iCalendar file that cannot be used, with the kind of problem,
 * the offending value and where it is. The message is one line a person can act on; it names the
 * value.
 *
 * @since 0.2.0
 */
public final class CalendarException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * The kinds of problem.
   *
   * @since 0.2.0
   */
  public enum Kind {
    /** The until-date comes before the from-date. */
    INVALID_RANGE,
    /** The range asks for more meetings than the limit allows. */
    RANGE_TOO_LONG,
    /** The cadence, within the range and outside the closures, yields no meeting. */
    NO_MEETING,
    /** The plan has no cadence, or it lacks what the expansion needs (a day, a time, a length). */
    CADENCE_INCOMPLETE,
    /** A cadence attribute is out of range (e.g. a day of the month of 32). */
    CADENCE_INVALID,
    /** A time zone the JDK (or, for export, ical4j) does not know. */
    UNKNOWN_ZONE,
    /** A district calendar document that does not parse or does not fit the format. */
    CLOSURES_UNREADABLE,
    /** An iCalendar file that does not parse. */
    ICS_UNREADABLE,
    /** An iCalendar event that cannot become a meeting (no start time, an all-day event...). */
    ICS_UNMAPPABLE
  }

  private final Kind kind;
  private final String where;
  private final String value;

  /**
   * Creates the exception.
   *
   * @param kind the kind of problem
   * @param where where the value is (a JSON Pointer, an iCalendar line or property, an option)
   * @param value the offending value as written, or an empty string
   * @param message the one-line message, naming the value
   */
  public CalendarException(Kind kind, String where, String value, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.kind = Objects.requireNonNull(kind, "kind");
    this.where = Objects.requireNonNull(where, "where");
    this.value = Objects.requireNonNull(value, "value");
  }

  /**
   * The kind of problem.
   *
   * @return the kind
   */
  public Kind getKind() {
    return kind;
  }

  /**
   * Where the offending value is: a JSON Pointer into the plan or the district calendar, an
   * iCalendar property, or an option name.
   *
   * @return the location, possibly empty
   */
  public String getWhere() {
    return where;
  }

  /**
   * The offending value as written.
   *
   * @return the value, possibly empty
   */
  public String getValue() {
    return value;
  }
}
