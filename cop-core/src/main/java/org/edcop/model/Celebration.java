package org.edcop.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How progress is reflected on and celebrated (guide section: Results &amp; Celebration).
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Celebration extends Extensible {

  /**
   * The celebration.
   *
   * @return the description
   */
  String getDescription();

  /**
   * When it takes place.
   *
   * @return the date, if set
   */
  Optional<LocalDate> getOn();

  /**
   * Creates a celebration.
   *
   * @param description what it is
   * @return the celebration
   */
  static ImmutableCelebration of(String description) {
    return builder().description(description).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableCelebration.Builder builder() {
    return ImmutableCelebration.builder();
  }
}
