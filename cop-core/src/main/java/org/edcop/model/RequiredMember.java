package org.edcop.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Someone who must be a member for the purpose to be reached, and why (guide section: Membership).
 * Once the person is on the roster, {@link #getMemberId()} points at them.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface RequiredMember extends Extensible {

  /**
   * Who is needed, e.g. "the district's assessment lead".
   *
   * @return the description
   */
  String getWho();

  /**
   * Why the purpose needs them.
   *
   * @return the reason, if recorded
   */
  Optional<String> getReason();

  /**
   * The roster entry of this person once they have joined.
   *
   * @return the member id, if on the roster
   */
  Optional<MemberId> getMemberId();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableRequiredMember.Builder builder() {
    return ImmutableRequiredMember.builder();
  }
}
