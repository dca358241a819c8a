package org.edcop.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A way member feedback is gathered along the way, and when (guide section: Results &amp;
 * Celebration).
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface FeedbackMethod extends Extensible {

  /**
   * The method, e.g. "exit ticket after each meeting".
   *
   * @return the description
   */
  String getDescription();

  /**
   * When or how often it runs.
   *
   * @return the schedule, if set
   */
  Optional<String> getSchedule();

  /**
   * Creates a feedback method.
   *
   * @param description the method
   * @param schedule when it runs
   * @return the method
   */
  static ImmutableFeedbackMethod of(String description, String schedule) {
    return builder().description(description).schedule(schedule).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableFeedbackMethod.Builder builder() {
    return ImmutableFeedbackMethod.builder();
  }
}
