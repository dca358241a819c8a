package org.edcop.model;

import java.util.Optional;
import java.util.SortedMap;
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
  @Value.Redacted
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
   * Properties this version does not define, kept as read; redacted from {@code toString()} because
   * a system may store personal data there (a mobile number, a pronoun).
   *
   * @return raw JSON values by property name
   * @since 0.2.0
   */
  @Override
  @Value.Redacted
  @Value.NaturalOrder
  SortedMap<String, String> getUnknownProperties();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableRequiredMember.Builder builder() {
    return ImmutableRequiredMember.builder();
  }
}
