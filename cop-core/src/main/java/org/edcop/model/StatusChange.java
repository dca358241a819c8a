package org.edcop.model;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One dated change of a person's membership status (guide section: Membership): invited on a day,
 * joined, declined or left.
 *
 * @since 0.2.0
 */
@Value.Immutable
public interface StatusChange extends Extensible {

  /**
   * The day the status took effect.
   *
   * @return the date
   */
  @Value.Parameter
  LocalDate getEffectiveOn();

  /**
   * The status from that day on.
   *
   * @return the status
   */
  @Value.Parameter
  MembershipStatus getStatus();

  /**
   * Creates a status change.
   *
   * @param effectiveOn the day it took effect
   * @param status the new status
   * @return the change
   */
  static ImmutableStatusChange of(LocalDate effectiveOn, MembershipStatus status) {
    return ImmutableStatusChange.of(effectiveOn, status);
  }
}
