package org.edcop.model;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One dated change of a member's participation tier (guide section: Membership: tiers change over
 * time).
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface TierChange extends Extensible {

  /**
   * The day the new tier took effect.
   *
   * @return the date
   */
  @Value.Parameter
  LocalDate getEffectiveOn();

  /**
   * The tier from that day on.
   *
   * @return the tier
   */
  @Value.Parameter
  ParticipationTier getTier();

  /**
   * Creates a tier change.
   *
   * @param effectiveOn the day it took effect
   * @param tier the new tier
   * @return the change
   */
  static ImmutableTierChange of(LocalDate effectiveOn, ParticipationTier tier) {
    return ImmutableTierChange.of(effectiveOn, tier);
  }
}
