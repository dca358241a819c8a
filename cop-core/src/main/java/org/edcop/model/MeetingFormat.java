package org.edcop.model;

/**
 * Where meetings take place (guide section: Launch).
 *
 * @since 0.1.0
 */
public enum MeetingFormat implements Vocabulary {
  /** Everyone meets at a place. */
  IN_PERSON,
  /** Everyone meets on an online platform. */
  VIRTUAL,
  /** Some meet at a place, others join online. */
  HYBRID
}
