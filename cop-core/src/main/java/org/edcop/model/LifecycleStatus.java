package org.edcop.model;

/**
 * Where a community is in its life: being planned, running, or closed (guide: Launch; Results &amp;
 * Celebration).
 *
 * @since 0.1.0
 */
public enum LifecycleStatus implements Vocabulary {
  /** Being planned; not yet launched. */
  PLANNING,
  /** Launched and meeting. */
  LAUNCHED,
  /** Its work is finished and it has been reviewed. */
  CLOSED
}
