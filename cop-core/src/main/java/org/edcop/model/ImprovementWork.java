package org.edcop.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Continuous-improvement work on one problem of practice (21CSLA): the problem it addresses, its
 * aim, its measures and its inquiry cycles.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface ImprovementWork extends Extensible {

  /**
   * The id of the domain's problem of practice this work addresses.
   *
   * @return the problem id
   */
  String getProblemOfPracticeId();

  /**
   * What the work aims to improve, by how much and by when.
   *
   * @return the aim, if set
   */
  Optional<Aim> getAim();

  /**
   * Outcome, process and balancing measures.
   *
   * @return the measures, as listed
   */
  List<Measure> getMeasures();

  /**
   * The inquiry cycles, in the order they were run.
   *
   * @return the cycles
   */
  List<InquiryCycle> getCycles();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableImprovementWork.Builder builder() {
    return ImmutableImprovementWork.builder();
  }
}
