package org.edcop.records;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One meeting a member attended, as it appears in their learning record.
 *
 * @since 0.2.0
 */
@Value.Immutable
public interface AttendedMeeting {

  /**
   * The meeting's id in the plan.
   *
   * @return the id
   */
  String getMeetingId();

  /**
   * The meeting's title.
   *
   * @return the title, if the plan gives one
   */
  Optional<String> getTitle();

  /**
   * The day the meeting started, in the plan's time zone.
   *
   * @return the day
   */
  LocalDate getDate();

  /**
   * How long the meeting lasted.
   *
   * @return the length
   */
  Duration getLength();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableAttendedMeeting.Builder builder() {
    return ImmutableAttendedMeeting.builder();
  }
}
