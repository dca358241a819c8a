package org.edcop.running;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.edcop.model.MemberId;
import org.edcop.model.ParticipationTier;

/**
 * How one person on the roster has taken part as of a date (guide section: Membership: levels of
 * participation). Only meetings held by the as-of date with attendance recorded count, and only
 * those held while the person had joined (see {@link Participation}).
 *
 * @param member the member's id
 * @param tier the member's current tier
 * @param recentHeld meetings in the member's recent window (at most the policy's window size)
 * @param recentAttended of those, the ones the member attended
 * @param held every meeting of the year the member could have attended
 * @param attended of those, the ones the member attended
 * @param absenceStreak meetings missed in a row since the member last attended (all of them if the
 *     member never attended)
 * @param lastAttended the id of the last meeting attended, if any
 * @param lastAttendedOn the day of that meeting, if any
 * @param learningTime the summed length of the held meetings the member attended
 * @since 0.2.0
 */
public record MemberParticipation(
    MemberId member,
    ParticipationTier tier,
    int recentHeld,
    int recentAttended,
    int held,
    int attended,
    int absenceStreak,
    Optional<String> lastAttended,
    Optional<LocalDate> lastAttendedOn,
    Duration learningTime) {

  /**
   * The attendance rate over the year.
   *
   * @return attended / held, empty when no meeting counted for the member
   */
  public OptionalDouble rate() {
    return held == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) attended / held);
  }

  /**
   * The attendance rate over the recent window.
   *
   * @return recentAttended / recentHeld, empty when the window is empty
   */
  public OptionalDouble recentRate() {
    return recentHeld == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) recentAttended / recentHeld);
  }
}
