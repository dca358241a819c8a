package org.edcop.model;

import org.immutables.value.Value;

/**
 * The identifier of a member within one community's roster (guide section: Membership). Leaders,
 * facilitators, norm agreements, attendance and reflections refer to members by it. Unique within a
 * plan; the validator reports duplicates and references that do not resolve.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface MemberId extends Comparable<MemberId> {

  /**
   * The identifier text.
   *
   * @return the id, as chosen by the user's system
   */
  @Value.Parameter
  String getValue();

  /**
   * Creates a member id.
   *
   * @param value the identifier text
   * @return the id
   */
  static ImmutableMemberId of(String value) {
    return ImmutableMemberId.of(value);
  }

  @Override
  default int compareTo(MemberId other) {
    return getValue().compareTo(other.getValue());
  }
}
