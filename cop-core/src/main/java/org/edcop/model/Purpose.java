package org.edcop.model;

import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Why the community exists (guide section: Purpose): the purpose statement and the kinds of purpose
 * it serves, or a described purpose of the district's own.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Purpose extends Extensible {

  /**
   * The three-part purpose statement.
   *
   * @return the statement; empty parts are open questions
   */
  @Value.Default
  default PurposeStatement getStatement() {
    return PurposeStatement.builder().build();
  }

  /**
   * The kinds of purpose the community serves.
   *
   * @return the purpose types, in vocabulary order
   */
  Set<PurposeType> getTypes();

  /**
   * A purpose outside the eight types, described in the district's words.
   *
   * @return the description, if any
   */
  Optional<String> getCustomPurpose();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutablePurpose.Builder builder() {
    return ImmutablePurpose.builder();
  }
}
