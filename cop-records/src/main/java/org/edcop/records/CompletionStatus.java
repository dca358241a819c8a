package org.edcop.records;

import org.edcop.model.Vocabulary;

/**
 * Where a member stands with a community as of a date (see docs/records.md).
 *
 * @since 0.2.0
 */
public enum CompletionStatus implements Vocabulary {
  /**
   * Every meeting of the member's period has been held, they attended at least one, and their
   * attendance share reaches the policy's minimum: credit is granted.
   */
  COMPLETED,
  /** Meetings of the member's period are still to come: no credit yet. */
  IN_PROGRESS,
  /** Every meeting of the period has been held, but the attendance share is below the minimum. */
  NOT_COMPLETED
}
