package org.edcop.model;

/**
 * Where a community is in its development, after Wenger, McDermott and Snyder's stages of a
 * community of practice. Communities do not move through them on a timetable; the stage is a
 * convener's judgement, recorded when it helps plan the next year.
 *
 * @since 0.2.0
 */
public enum DevelopmentStage implements Vocabulary {
  /** People face similar situations and find each other; the community is still to form. */
  POTENTIAL,
  /** Members come together, find value in sharing and start to build trust. */
  COALESCING,
  /** The community clarifies its focus, role and boundaries and organises its knowledge. */
  MATURING,
  /** The community keeps its relevance and voice as members and topics change. */
  STEWARDSHIP,
  /** The community ends, splits, merges or becomes something else. */
  TRANSFORMATION
}
