package org.edcop.model;

/**
 * Where an action item agreed at a meeting stands (guide section: Collaborative Plan: what was
 * decided and who follows up).
 *
 * @since 0.2.0
 */
public enum ActionItemStatus implements Vocabulary {
  /** Still to be done. */
  OPEN,
  /** Done. */
  DONE,
  /** Given up on purpose; no longer owed. */
  DROPPED
}
