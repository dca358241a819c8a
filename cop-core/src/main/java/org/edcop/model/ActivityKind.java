package org.edcop.model;

/**
 * Kinds of meeting activity (guide sections: Launch, Collaborative Plan).
 *
 * @since 0.1.0
 */
public enum ActivityKind implements Vocabulary {
  /** Standing agenda items. */
  STANDING_AGENDA,
  /** A guest speaker. */
  GUEST_SPEAKER,
  /** A content presentation. */
  CONTENT_PRESENTATION,
  /** Breakout discussions. */
  BREAKOUT_DISCUSSION,
  /** Discussion of a shared reading. */
  READING_DISCUSSION,
  /** Work on an inquiry cycle. */
  INQUIRY_WORK,
  /** Working through a problem of practice together. */
  PROBLEM_SOLVING,
  /** Another kind of activity, described in the meeting's topics. */
  OTHER
}
