package org.edcop.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * The community's norms (guide section: Norms): the norms themselves, how they were developed, the
 * authority values they align with, their current version, and members' agreements.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Norms extends Extensible {

  /**
   * The norms.
   *
   * @return the norms, as listed
   */
  List<Norm> getNorms();

  /**
   * The process used to develop the norms with members.
   *
   * @return the process, if recorded
   */
  Optional<String> getDevelopmentProcess();

  /**
   * The school authority's values the norms align with.
   *
   * @return the alignment, if stated
   */
  Optional<String> getValuesAlignment();

  /**
   * The current version of the norms; agreements to older versions no longer count.
   *
   * @return the version, 1 unless set
   */
  @Value.Default
  default int getVersion() {
    return 1;
  }

  /**
   * Members' agreements to versions of the norms.
   *
   * @return the agreements, as recorded
   */
  List<NormAgreement> getAgreements();

  /**
   * The topics covered by at least one norm.
   *
   * @return an unmodifiable set, in vocabulary order
   */
  default Set<NormTopic> topicsCovered() {
    EnumSet<NormTopic> covered = EnumSet.noneOf(NormTopic.class);
    getNorms().forEach(norm -> covered.addAll(norm.getTopics()));
    return java.util.Collections.unmodifiableSet(covered);
  }

  /**
   * The members who agreed to the current version.
   *
   * @return an unmodifiable sorted set of member ids
   */
  default Set<MemberId> agreedToCurrentVersion() {
    TreeSet<MemberId> agreed = new TreeSet<>();
    for (NormAgreement agreement : getAgreements()) {
      if (agreement.getVersion() == getVersion()) {
        agreed.add(agreement.getMemberId());
      }
    }
    return java.util.Collections.unmodifiableSet(agreed);
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableNorms.Builder builder() {
    return ImmutableNorms.builder();
  }
}
