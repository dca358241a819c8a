package org.edcop.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A participating leader's connection of the community's work to their own practice (guide section:
 * Connection to Professional Practice): what they learned, how it will change their practice, how
 * they reflect, and the competencies of a professional standard it relates to.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Reflection extends Extensible {

  /**
   * The member who reflects.
   *
   * @return the member id
   */
  MemberId getMemberId();

  /**
   * What the leader learned.
   *
   * @return the new learning, if written
   */
  Optional<String> getNewLearning();

  /**
   * How the learning will translate into practice.
   *
   * @return the application, if written
   */
  Optional<String> getApplication();

  /**
   * Self-reflective practices the leader will use, e.g. a learning journal.
   *
   * @return the practices, as listed
   */
  List<String> getSelfReflectivePractices();

  /**
   * The competencies this reflection relates to.
   *
   * @return the competency references, as listed
   */
  List<CompetencyRef> getCompetencies();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableReflection.Builder builder() {
    return ImmutableReflection.builder();
  }
}
