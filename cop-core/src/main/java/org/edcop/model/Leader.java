package org.edcop.model;

import java.util.Set;
import org.immutables.value.Value;

/**
 * A member who leads, with the duties they hold (guide section: Leadership).
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Leader extends Extensible {

  /**
   * The member who leads.
   *
   * @return the member id
   */
  MemberId getMemberId();

  /**
   * The leadership duties this leader holds.
   *
   * @return the duties, in vocabulary order
   */
  Set<LeadershipDuty> getDuties();

  /**
   * Creates a leader.
   *
   * @param memberId the member who leads
   * @param duties the duties they hold
   * @return the leader
   */
  static ImmutableLeader of(MemberId memberId, LeadershipDuty... duties) {
    return builder().memberId(memberId).addDuties(duties).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableLeader.Builder builder() {
    return ImmutableLeader.builder();
  }
}
