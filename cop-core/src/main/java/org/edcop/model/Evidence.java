package org.edcop.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A piece of evidence that a purpose was achieved (guide section: Results &amp; Celebration):
 * planned in advance for a purpose type, or collected once it exists.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Evidence extends Extensible {

  /**
   * An id, unique within the plan's evidence, by which a value story cites this evidence.
   *
   * @return the id, if given
   * @since 0.2.0
   */
  Optional<String> getId();

  /**
   * Product, decision, learning and growth, or other.
   *
   * @return the kind
   */
  EvidenceKind getKind();

  /**
   * The purpose type this evidence speaks to.
   *
   * @return the purpose type, if tied to one
   */
  Optional<PurposeType> getPurposeType();

  /**
   * What the evidence is.
   *
   * @return the description
   */
  String getDescription();

  /**
   * When collected evidence was gathered.
   *
   * @return the date, if collected
   */
  Optional<LocalDate> getCollectedOn();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableEvidence.Builder builder() {
    return ImmutableEvidence.builder();
  }
}
