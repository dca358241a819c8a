package org.edcop.model;

/**
 * How leadership is organised (guide section: Leadership).
 *
 * @since 0.1.0
 */
public enum LeadershipStructure implements Vocabulary {
  /** One person leads. */
  SINGLE_LEADER,
  /** A team of several people leads. */
  LEADERSHIP_TEAM,
  /** Leadership is shared among members, usually by rotation. */
  SHARED
}
