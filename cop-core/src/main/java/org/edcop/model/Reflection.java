package org.edcop.model;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
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
  @Value.Redacted
  Optional<String> getNewLearning();

  /**
   * How the learning will translate into practice.
   *
   * @return the application, if written
   */
  @Value.Redacted
  Optional<String> getApplication();

  /**
   * Self-reflective practices the leader will use, e.g. a learning journal.
   *
   * @return the practices, as listed
   */
  @Value.Redacted
  List<String> getSelfReflectivePractices();

  /**
   * The competencies this reflection relates to.
   *
   * @return the competency references, as listed
   */
  List<CompetencyRef> getCompetencies();

  /**
   * Whether the author keeps this reflection to themselves. Exports (learning records, badges) and
   * shared copies of a plan leave private reflections out unless a caller asks for them; {@code
   * org.edcop.privacy.Redaction} removes them for every profile.
   *
   * @return {@code true} when only the author may read it
   * @since 0.2.0
   */
  @Value.Default
  default boolean isPrivateToAuthor() {
    return false;
  }

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
  static ImmutableReflection.Builder builder() {
    return ImmutableReflection.builder();
  }
}
