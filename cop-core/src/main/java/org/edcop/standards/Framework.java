package org.edcop.standards;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A professional standard for educational leaders, as an ordered list of competencies: for example
 * Alberta's Leadership Quality Standard or California's CPSEL. A plan's {@link
 * org.edcop.model.CompetencyRef} names a framework by {@link #getId()} and one of its competencies
 * by {@link Competency#getId()}.
 *
 * <p>Competency ids must be unique within a framework; {@code build()} refuses a framework that
 * repeats one, because a reference to it could not be resolved.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Framework {

  /**
   * The framework's stable id, lower case with hyphens, e.g. {@code alberta-slqs}.
   *
   * @return the id
   */
  String getId();

  /**
   * The framework's name, e.g. "Superintendent Leadership Quality Standard".
   *
   * @return the name
   */
  String getName();

  /**
   * Where the standard applies, e.g. "Alberta".
   *
   * @return the jurisdiction
   */
  String getJurisdiction();

  /**
   * Who publishes the standard and under what title.
   *
   * @return the source
   */
  String getSource();

  /**
   * Which edition of the standard this is, e.g. {@code 2023}.
   *
   * @return the version
   */
  String getVersion();

  /**
   * The competencies, in the standard's order.
   *
   * @return the competencies
   */
  List<Competency> getCompetencies();

  /**
   * Finds a competency by id.
   *
   * @param competencyId the competency's id
   * @return the competency, if this framework has it
   */
  default Optional<Competency> findCompetency(String competencyId) {
    return getCompetencies().stream().filter(c -> c.getId().equals(competencyId)).findFirst();
  }

  /**
   * Refuses a framework whose competency ids repeat.
   *
   * @throws IllegalArgumentException naming the framework and the repeated id
   */
  @Value.Check
  default void checkCompetencyIdsUnique() {
    Set<String> seen = new HashSet<>();
    for (Competency competency : getCompetencies()) {
      if (!seen.add(competency.getId())) {
        throw new IllegalArgumentException(
            "framework '" + getId() + "' lists competency id '" + competency.getId() + "' twice");
      }
    }
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableFramework.Builder builder() {
    return ImmutableFramework.builder();
  }
}
