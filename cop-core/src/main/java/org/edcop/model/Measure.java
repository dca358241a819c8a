package org.edcop.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A measure used in improvement work (21CSLA continuous improvement): outcome, process or
 * balancing.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Measure extends Extensible {

  /**
   * What is measured, e.g. "chronic absence rate of grade 3 students".
   *
   * @return the name
   */
  String getName();

  /**
   * Outcome, process or balancing.
   *
   * @return the kind
   */
  MeasureKind getKind();

  /**
   * How and how often it is collected.
   *
   * @return the description, if recorded
   */
  Optional<String> getDescription();

  /**
   * Creates a measure.
   *
   * @param name what is measured
   * @param kind the kind of measure
   * @return the measure
   */
  static ImmutableMeasure of(String name, MeasureKind kind) {
    return builder().name(name).kind(kind).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableMeasure.Builder builder() {
    return ImmutableMeasure.builder();
  }
}
