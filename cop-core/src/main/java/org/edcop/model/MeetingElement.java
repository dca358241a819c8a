package org.edcop.model;

/**
 * Elements a meeting can include beyond its topics (guide sections: Collaborative Plan, Results
 * &amp; Celebration).
 *
 * @since 0.1.0
 */
public enum MeetingElement implements Vocabulary {
  /** Members give feedback. */
  FEEDBACK,
  /** Members reflect on progress. */
  REFLECTION,
  /** Progress is celebrated. */
  CELEBRATION
}
