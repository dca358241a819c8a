package org.edcop.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * How the community is led (guide section: Leadership): the structure, the leaders and their
 * duties, how the structure is communicated to members, and how leaders are supported.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Leadership extends Extensible {

  /**
   * The leadership structure.
   *
   * @return the structure, if decided
   */
  Optional<LeadershipStructure> getStructure();

  /**
   * For shared leadership, how the role rotates among members.
   *
   * @return the rotation, if described
   */
  Optional<String> getRotation();

  /**
   * The leaders, each a member with duties.
   *
   * @return the leaders, as listed
   */
  List<Leader> getLeaders();

  /**
   * How the structure is communicated to members.
   *
   * @return the description, if recorded
   */
  Optional<String> getCommunication();

  /**
   * How leaders are supported in their role.
   *
   * @return the description, if recorded
   */
  Optional<String> getSupport();

  /**
   * The duties held by at least one leader.
   *
   * @return an unmodifiable set, in vocabulary order
   */
  default Set<LeadershipDuty> dutiesCovered() {
    EnumSet<LeadershipDuty> covered = EnumSet.noneOf(LeadershipDuty.class);
    getLeaders().forEach(leader -> covered.addAll(leader.getDuties()));
    return java.util.Collections.unmodifiableSet(covered);
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableLeadership.Builder builder() {
    return ImmutableLeadership.builder();
  }
}
