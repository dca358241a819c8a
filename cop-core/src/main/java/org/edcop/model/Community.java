package org.edcop.model;

import org.immutables.value.Value;

/**
 * The community element (Wenger-Trayner's second defining element): the people and their
 * relationships, as the guide's Membership, Leadership and Norms sections plan them.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Community extends Extensible {

  /**
   * Who belongs (guide section: Membership).
   *
   * @return the membership
   */
  @Value.Default
  default Membership getMembership() {
    return Membership.builder().build();
  }

  /**
   * Who leads and how (guide section: Leadership).
   *
   * @return the leadership
   */
  @Value.Default
  default Leadership getLeadership() {
    return Leadership.builder().build();
  }

  /**
   * How members agree to work together (guide section: Norms).
   *
   * @return the norms
   */
  @Value.Default
  default Norms getNorms() {
    return Norms.builder().build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableCommunity.Builder builder() {
    return ImmutableCommunity.builder();
  }
}
