package org.edcop.running;

import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * Who came to one meeting held by the as-of date (guide section: Collaborative Plan).
 *
 * @param meetingId the meeting's id
 * @param date the day it was held, in the plan's time zone
 * @param recorded whether attendance was recorded (a meeting with nobody listed counts as not
 *     recorded and is left out of every rate)
 * @param expected the members proper (core, active, occasional, peripheral) who had joined by that
 *     day
 * @param attended of those, the ones who attended
 * @param others attendees who were not expected: transactional participants, people not yet joined
 *     or already gone
 * @since 0.2.0
 */
public record MeetingTurnout(
    String meetingId, LocalDate date, boolean recorded, int expected, int attended, int others) {

  /**
   * The share of expected members who attended.
   *
   * @return attended / expected; empty when not recorded or nobody was expected
   */
  public OptionalDouble rate() {
    return !recorded || expected == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) attended / expected);
  }
}
