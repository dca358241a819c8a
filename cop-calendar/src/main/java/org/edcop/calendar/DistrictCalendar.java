package org.edcop.calendar;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.edcop.calendar.internal.ClosuresReader;

/**
 * A school authority's calendar of days without meetings: closures, breaks,
 * professional-development days, as single days and ranges. Schedule expansion skips them (or moves
 * the meeting, see {@link ScheduleOptions#withMoveSkipped(boolean)}).
 *
 * <p>Build one in code with {@link #of(String, List)}, or read the small JSON document described in
 * {@code docs/calendar.md} with {@link #read(byte[])}:
 *
 * <pre>{@code
 * {
 *   "name": "Northern Lights SD 2026-27",
 *   "closures": [
 *     { "date": "2026-10-12", "reason": "Thanksgiving" },
 *     { "from": "2026-12-21", "until": "2027-01-01", "reason": "Winter break" }
 *   ]
 * }
 * }</pre>
 *
 * @since 0.2.0
 */
public final class DistrictCalendar {

  /** The most closures a document may list. */
  public static final int MAX_CLOSURES = 10_000;

  private static final DistrictCalendar EMPTY = new DistrictCalendar(null, List.of());

  private final String name;
  private final List<Closure> closures;

  private DistrictCalendar(String name, List<Closure> closures) {
    this.name = name;
    this.closures = List.copyOf(closures);
  }

  /**
   * A calendar with no closures.
   *
   * @return the empty calendar
   */
  public static DistrictCalendar empty() {
    return EMPTY;
  }

  /**
   * A calendar with the given closures.
   *
   * @param name the calendar's name, or null
   * @param closures the closures, in any order
   * @return the calendar
   */
  public static DistrictCalendar of(String name, List<Closure> closures) {
    return new DistrictCalendar(name, Objects.requireNonNull(closures, "closures"));
  }

  /**
   * Reads the JSON form (UTF-8).
   *
   * @param json the document
   * @return the calendar
   * @throws CalendarException of kind {@link CalendarException.Kind#CLOSURES_UNREADABLE} naming the
   *     JSON Pointer and the value when the document does not parse or does not fit the format
   */
  public static DistrictCalendar read(byte[] json) {
    try {
      ClosuresReader.Result result = ClosuresReader.read(json);
      return new DistrictCalendar(result.name(), result.closures());
    } catch (IOException e) {
      throw ClosuresReader.unreadable(e);
    }
  }

  /**
   * Reads the JSON form from text.
   *
   * @param json the document
   * @return the calendar
   * @throws CalendarException as {@link #read(byte[])}
   */
  public static DistrictCalendar read(String json) {
    return read(json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The calendar's name.
   *
   * @return the name, if given
   */
  public Optional<String> getName() {
    return Optional.ofNullable(name);
  }

  /**
   * The closures, as listed.
   *
   * @return the closures
   */
  public List<Closure> getClosures() {
    return closures;
  }

  /**
   * The first listed closure that covers the day.
   *
   * @param date the day
   * @return the closure, or empty when the day is open
   */
  public Optional<Closure> closureOn(java.time.LocalDate date) {
    for (Closure closure : closures) {
      if (closure.covers(date)) {
        return Optional.of(closure);
      }
    }
    return Optional.empty();
  }
}
