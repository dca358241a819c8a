package org.edcop.running;

import org.immutables.value.Value;

/**
 * The thresholds of participation figures and tier drift (rule {@code membership.tier-drift} and
 * {@link Participation}), part of a {@link org.edcop.validation.ValidationPolicy}. The recent
 * window is the last {@link #getRecentMeetings()} meetings a member could have attended; the year
 * is every meeting held by the as-of date.
 *
 * <p>Drift compares a member's recent attendance with their tier: a core or active member who
 * missed at least {@link #getDriftAbsenceShare()} of the window, or an occasional or peripheral
 * member who attended at least {@link #getDriftAttendanceShare()} of it, gets a suggestion. No
 * suggestion is made on fewer than {@link #getDriftMinimumMeetings()} meetings.
 *
 * @since 0.2.0
 */
@Value.Immutable
public interface ParticipationThresholds {

  /**
   * How many of a member's most recent meetings make the recent window. Default 4.
   *
   * @return a count of at least 1
   */
  @Value.Default
  default int getRecentMeetings() {
    return 4;
  }

  /**
   * The fewest meetings in a member's window before drift is judged. Default 3.
   *
   * @return a count between 1 and {@link #getRecentMeetings()}
   */
  @Value.Default
  default int getDriftMinimumMeetings() {
    return 3;
  }

  /**
   * The share of the window a core or active member must have missed to be suggested a lower tier.
   * Default 0.75.
   *
   * @return a share between 0 and 1
   */
  @Value.Default
  default double getDriftAbsenceShare() {
    return 0.75;
  }

  /**
   * The share of the window an occasional or peripheral member must have attended to be suggested
   * the active tier. Default 0.75.
   *
   * @return a share between 0 and 1
   */
  @Value.Default
  default double getDriftAttendanceShare() {
    return 0.75;
  }

  /**
   * Rejects thresholds no policy can mean: a window below 1, a minimum outside 1..window, a share
   * outside 0..1 or NaN.
   *
   * @throws IllegalArgumentException naming the setting and the value
   */
  @Value.Check
  default void check() {
    if (getRecentMeetings() < 1) {
      throw new IllegalArgumentException(
          "recentMeetings must be at least 1, but was: " + getRecentMeetings());
    }
    if (getDriftMinimumMeetings() < 1 || getDriftMinimumMeetings() > getRecentMeetings()) {
      throw new IllegalArgumentException(
          "driftMinimumMeetings must be between 1 and recentMeetings ("
              + getRecentMeetings()
              + "), but was: "
              + getDriftMinimumMeetings());
    }
    checkShare("driftAbsenceShare", getDriftAbsenceShare());
    checkShare("driftAttendanceShare", getDriftAttendanceShare());
  }

  private static void checkShare(String name, double share) {
    if (!(share >= 0.0 && share <= 1.0)) {
      throw new IllegalArgumentException(name + " must be between 0 and 1, but was: " + share);
    }
  }

  /**
   * The thresholds with every default.
   *
   * @return the default thresholds
   */
  static ParticipationThresholds defaults() {
    return builder().build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableParticipationThresholds.Builder builder() {
    return ImmutableParticipationThresholds.builder();
  }
}
