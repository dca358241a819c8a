package org.edcop.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One plan-do-study-act inquiry cycle (21CSLA continuous improvement): the question and the
 * prediction made before acting, what was done, what was learned against the prediction, and the
 * decision to adopt, adapt or abandon the change.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface InquiryCycle extends Extensible {

  /**
   * The cycle's id, unique within its improvement work.
   *
   * @return the id
   */
  String getId();

  /**
   * Plan: the question the cycle asks.
   *
   * @return the question, if written
   */
  Optional<String> getQuestion();

  /**
   * Plan: what members predict will happen.
   *
   * @return the prediction, if written
   */
  Optional<String> getPrediction();

  /**
   * Do: what was carried out.
   *
   * @return the description, if the cycle has been run
   */
  Optional<String> getDone();

  /**
   * Study: what was learned, compared with the prediction.
   *
   * @return the study, if written
   */
  Optional<String> getStudy();

  /**
   * Act: the decision about the change.
   *
   * @return the decision, if taken
   */
  Optional<CycleDecision> getDecision();

  /**
   * The day the cycle started.
   *
   * @return the date, if started
   */
  Optional<LocalDate> getStartedOn();

  /**
   * The day the cycle was completed; a completed cycle should record its study and decision.
   *
   * @return the date, if completed
   */
  Optional<LocalDate> getCompletedOn();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableInquiryCycle.Builder builder() {
    return ImmutableInquiryCycle.builder();
  }
}
