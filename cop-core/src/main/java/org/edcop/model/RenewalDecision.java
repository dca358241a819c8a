package org.edcop.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A decision taken at an annual review about the community's future: continue, refocus or close, on
 * a day, with the reason (guide section: Norms: the community agrees how it decides that its
 * purpose is achieved; this records the outcome of applying that norm).
 *
 * @since 0.2.0
 */
@Value.Immutable
public interface RenewalDecision extends Extensible {

  /**
   * The day of the decision.
   *
   * @return the date
   */
  LocalDate getDecidedOn();

  /**
   * What was decided.
   *
   * @return the outcome
   */
  RenewalOutcome getOutcome();

  /**
   * Why.
   *
   * @return the reason, if recorded
   */
  Optional<String> getReason();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableRenewalDecision.Builder builder() {
    return ImmutableRenewalDecision.builder();
  }
}
