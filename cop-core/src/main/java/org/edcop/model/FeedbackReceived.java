package org.edcop.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Feedback the community actually received from its members (guide section: Results &amp;
 * Celebration: gather feedback along the way to check the community meets their needs), as opposed
 * to the methods planned for it.
 *
 * @since 0.2.0
 */
@Value.Immutable
public interface FeedbackReceived extends Extensible {

  /**
   * The day it was gathered.
   *
   * @return the date, if recorded
   */
  Optional<LocalDate> getReceivedOn();

  /**
   * How it was gathered, e.g. "exit ticket" (ideally one of the planned feedback methods).
   *
   * @return the method, if recorded
   */
  Optional<String> getMethod();

  /**
   * What members said, in short.
   *
   * @return the summary
   */
  String getSummary();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableFeedbackReceived.Builder builder() {
    return ImmutableFeedbackReceived.builder();
  }
}
