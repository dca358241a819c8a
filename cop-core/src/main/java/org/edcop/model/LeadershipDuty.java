package org.edcop.model;

/**
 * The leadership duties the guide lists, each of which someone should hold (guide section:
 * Leadership).
 *
 * @since 0.1.0
 */
public enum LeadershipDuty implements Vocabulary {
  /** Schedules and sets up meetings. */
  SET_UP_MEETINGS,
  /** Crafts guiding questions or topics. */
  CRAFT_GUIDING_QUESTIONS,
  /** Facilitates note-taking and gathering of knowledge. */
  FACILITATE_KNOWLEDGE_GATHERING,
  /** Clarifies members' roles and responsibilities. */
  CLARIFY_ROLES,
  /** Convenes the community. */
  CONVENE_COMMUNITY,
  /** Keeps the community on track with its purpose. */
  KEEP_ON_PURPOSE,
  /** Facilitates decision-making where it is needed. */
  FACILITATE_DECISIONS,
  /** Liaises with other leaders. */
  LIAISE_WITH_LEADERS
}
