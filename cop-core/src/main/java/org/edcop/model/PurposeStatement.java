package org.edcop.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The three-part purpose statement of the planning guide (guide section: Purpose): who the
 * community is for, the interest or concern they share, and what they commit to learn together how
 * best to do.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface PurposeStatement extends Extensible {

  /**
   * Who the community is for, e.g. "superintendents in rural authorities".
   *
   * @return the audience, if written
   */
  Optional<String> getAudience();

  /**
   * The interest or concern the audience shares.
   *
   * @return the shared interest or concern, if written
   */
  Optional<String> getSharedConcern();

  /**
   * What members commit to learn together how best to do.
   *
   * @return the commitment, if written
   */
  Optional<String> getCommitment();

  /**
   * Whether all three parts are written (non-blank).
   *
   * @return {@code true} when the statement is complete
   */
  default boolean isComplete() {
    return present(getAudience()) && present(getSharedConcern()) && present(getCommitment());
  }

  /**
   * Renders the statement as one English sentence, with "…" for a missing part.
   *
   * @return e.g. "This community of practice is intended for principals who share an interest in
   *     (or concern for) attendance and commit to learning together how best to engage families."
   */
  default String render() {
    return "This community of practice is intended for "
        + part(getAudience())
        + " who share an interest in (or concern for) "
        + part(getSharedConcern())
        + " and commit to learning together how best to "
        + part(getCommitment())
        + ".";
  }

  private static boolean present(Optional<String> value) {
    return value.isPresent() && !value.get().isBlank();
  }

  private static String part(Optional<String> value) {
    return present(value) ? value.get().strip() : "…";
  }

  /**
   * Creates a complete statement.
   *
   * @param audience who it is for
   * @param sharedConcern the shared interest or concern
   * @param commitment what they commit to learn how best to do
   * @return the statement
   */
  static ImmutablePurposeStatement of(String audience, String sharedConcern, String commitment) {
    return builder().audience(audience).sharedConcern(sharedConcern).commitment(commitment).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutablePurposeStatement.Builder builder() {
    return ImmutablePurposeStatement.builder();
  }
}
