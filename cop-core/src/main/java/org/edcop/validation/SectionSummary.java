package org.edcop.validation;

import java.util.List;
import org.immutables.value.Value;

/**
 * How far one guide section of a plan is at the stage validated: whether it is complete, how many
 * findings of each severity it has, and its open planning questions.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface SectionSummary {

  /**
   * The section.
   *
   * @return the section
   */
  Section getSection();

  /**
   * Whether the section has no finding at all at the stage validated.
   *
   * @return {@code true} when complete
   */
  default boolean isComplete() {
    return getErrors() == 0 && getWarnings() == 0 && getInfos() == 0;
  }

  /**
   * Number of error findings.
   *
   * @return the count
   */
  int getErrors();

  /**
   * Number of warning findings.
   *
   * @return the count
   */
  int getWarnings();

  /**
   * Number of info findings (open planning questions).
   *
   * @return the count
   */
  int getInfos();

  /**
   * The messages of the section's info findings: the planning questions still open.
   *
   * @return the questions, in report order
   */
  List<String> getOpenQuestions();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableSectionSummary.Builder builder() {
    return ImmutableSectionSummary.builder();
  }
}
