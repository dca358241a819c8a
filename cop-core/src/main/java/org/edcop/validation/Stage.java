package org.edcop.validation;

import org.edcop.model.Vocabulary;

/**
 * The lifecycle stage a plan is validated for. Stages are cumulative: each applies the rules of the
 * stages before it. A rule that is not yet due at the requested stage reports as {@link
 * Severity#INFO}, an open planning question, unless it is an integrity rule.
 *
 * @since 0.1.0
 */
public enum Stage implements Vocabulary {
  /** Being planned: only integrity problems are errors; everything else is an open question. */
  DRAFT,
  /**
   * Ready to launch: purpose, membership, leadership, norms, launch plan and meetings are complete.
   */
  LAUNCH,
  /**
   * Running, as of a date: what a convener checks between meetings (attendance recorded, the next
   * meeting ready, newcomers agreed to the norms, nothing overdue). Validated as of a day in the
   * plan's time zone.
   *
   * @since 0.2.0
   */
  RUNNING,
  /** Closing or under review: results, feedback, celebration and reflections are recorded. */
  CLOSE;

  /**
   * Whether validating at this stage applies the rules due at {@code other}.
   *
   * @param other the stage a rule becomes due at
   * @return {@code true} if {@code other} is this stage or an earlier one
   */
  public boolean includes(Stage other) {
    return other.ordinal() <= ordinal();
  }
}
