package org.edcop.calendar;

import java.util.List;

/**
 * An exported iCalendar document, and the meetings it leaves out.
 *
 * @since 0.2.0
 */
public final class CalendarFile {

  private final String text;
  private final int eventCount;
  private final List<String> leftOut;

  CalendarFile(String text, int eventCount, List<String> leftOut) {
    this.text = text;
    this.eventCount = eventCount;
    this.leftOut = List.copyOf(leftOut);
  }

  /**
   * The iCalendar text, CRLF line ends, folded at 75 octets.
   *
   * @return the text
   */
  public String getText() {
    return text;
  }

  /**
   * How many VEVENTs it holds.
   *
   * @return the number of events
   */
  public int getEventCount() {
    return eventCount;
  }

  /**
   * The ids of the meetings left out because they have no start, no end, or an end that is not
   * after the start.
   *
   * @return the meeting ids, in plan order
   */
  public List<String> getLeftOut() {
    return leftOut;
  }
}
