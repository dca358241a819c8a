package org.edcop.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the community leaves behind and how it is shared (guide section: Results &amp; Celebration).
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Legacy extends Extensible {

  /**
   * The legacy, e.g. "a bank of exemplar assessment tasks".
   *
   * @return the description
   */
  String getDescription();

  /**
   * The stakeholders it is shared with.
   *
   * @return the stakeholders, as listed
   */
  List<String> getStakeholders();

  /**
   * How it is communicated to them.
   *
   * @return the description, if recorded
   */
  Optional<String> getCommunication();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableLegacy.Builder builder() {
    return ImmutableLegacy.builder();
  }
}
