package org.edcop.model;

import org.immutables.value.Value;

/**
 * A reference to one competency of a professional standard, by framework id and competency id
 * (guide section: Connection to Professional Practice), e.g. {@code alberta-slqs} / {@code 2}. The
 * standards catalog in {@code org.edcop.standards} resolves it.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface CompetencyRef extends Extensible {

  /**
   * The framework's id.
   *
   * @return e.g. {@code alberta-lqs}
   */
  @Value.Parameter
  String getFrameworkId();

  /**
   * The competency's id within the framework.
   *
   * @return e.g. {@code 3}
   */
  @Value.Parameter
  String getCompetencyId();

  /**
   * Creates a reference.
   *
   * @param frameworkId the framework's id
   * @param competencyId the competency's id
   * @return the reference
   */
  static ImmutableCompetencyRef of(String frameworkId, String competencyId) {
    return ImmutableCompetencyRef.of(frameworkId, competencyId);
  }
}
