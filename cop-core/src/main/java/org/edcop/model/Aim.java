package org.edcop.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The aim of improvement work (21CSLA continuous improvement): what will improve, by how much, by
 * when.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Aim extends Extensible {

  /**
   * The aim in a sentence.
   *
   * @return the statement
   */
  String getStatement();

  /**
   * The measure that shows progress.
   *
   * @return the measure, if named
   */
  Optional<String> getMeasure();

  /**
   * The target value of the measure, e.g. "from 18% to 12%".
   *
   * @return the target, if set
   */
  Optional<String> getTarget();

  /**
   * The date by which the target is to be reached.
   *
   * @return the date, if set
   */
  Optional<LocalDate> getBy();

  /**
   * What was reached, recorded once the date has come, e.g. "chronic absence down to 13%".
   *
   * @return the result, if recorded
   * @since 0.2.0
   */
  Optional<String> getResult();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableAim.Builder builder() {
    return ImmutableAim.builder();
  }
}
