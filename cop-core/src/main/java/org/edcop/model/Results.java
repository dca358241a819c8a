package org.edcop.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How the community will know it succeeded and how it marks that (guide section: Results &amp;
 * Celebration): feedback methods, evidence planned and collected, criteria for the purpose being
 * achieved, the legacy, and celebrations.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Results extends Extensible {

  /**
   * How member feedback is gathered along the way.
   *
   * @return the methods, as listed
   */
  List<FeedbackMethod> getFeedbackMethods();

  /**
   * Evidence planned in advance, ideally for every purpose type.
   *
   * @return the planned evidence
   */
  List<Evidence> getPlannedEvidence();

  /**
   * Evidence collected so far.
   *
   * @return the collected evidence
   */
  List<Evidence> getCollectedEvidence();

  /**
   * How the community will know its purpose is achieved.
   *
   * @return the criteria, if stated
   */
  Optional<String> getSuccessCriteria();

  /**
   * The legacy and with whom it is shared.
   *
   * @return the legacy, if planned
   */
  Optional<Legacy> getLegacy();

  /**
   * How progress is celebrated.
   *
   * @return the celebrations, as listed
   */
  List<Celebration> getCelebrations();

  /**
   * Feedback received from members along the way.
   *
   * @return the feedback, as listed
   * @since 0.2.0
   */
  List<FeedbackReceived> getFeedbackReceived();

  /**
   * Stories of the value taking part created.
   *
   * @return the stories, as listed
   * @since 0.2.0
   */
  List<ValueStory> getValueStories();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableResults.Builder builder() {
    return ImmutableResults.builder();
  }
}
