package org.edcop.testing;

/**
 * A mistake {@link RandomPlans#generate(long, java.util.Set)} can plant in a generated plan.
 * Dangling references point at ids that start with {@code ghost-}, which the generator never gives
 * to anything. Each planted mistake is added to the plan (a new roster entry, leader, meeting, ...)
 * rather than changing what is there, so the plan's other integrity facts stay true.
 *
 * @since 0.1.0
 */
public enum Mistake {
  /**
   * Adds a second roster entry that reuses the id of an existing member (adding one first if the
   * roster is empty).
   */
  DUPLICATE_MEMBER_ID,
  /** Adds a leader whose member id, {@code ghost-leader}, is not on the roster. */
  DANGLING_LEADER,
  /**
   * Sets the facilitator of a meeting to {@code ghost-facilitator}, adding an unscheduled meeting
   * if there is none.
   */
  DANGLING_FACILITATOR,
  /**
   * Adds {@code ghost-attendee} to a meeting's attendance, adding an unscheduled meeting if there
   * is none.
   */
  DANGLING_ATTENDEE,
  /** Adds an agreement to the current norms by {@code ghost-norm-agreement}. */
  DANGLING_NORM_AGREEMENT,
  /**
   * Adds a required member whose member id, {@code ghost-required-member}, is not on the roster.
   */
  DANGLING_REQUIRED_MEMBER,
  /** Adds a reflection (citing a real competency) by {@code ghost-reflection-member}. */
  DANGLING_REFLECTION_MEMBER,
  /** Sets the ideal size to a range whose minimum is larger than its maximum. */
  SIZE_MIN_OVER_MAX,
  /** Adds a meeting, scheduled after all others, whose end is 30 minutes before its start. */
  MEETING_ENDS_BEFORE_START,
  /**
   * Adds two meetings, scheduled after all others, the second starting 30 minutes into the first.
   */
  OVERLAPPING_MEETINGS,
  /**
   * Adds an unscheduled meeting reusing the id of an existing meeting (adding one first if there is
   * none).
   */
  DUPLICATE_MEETING_ID,
  /**
   * Adds improvement work on the problem of practice {@code ghost-problem}, which the domain does
   * not list.
   */
  DANGLING_PROBLEM_OF_PRACTICE,
  /**
   * Adds a reflection by an existing member (adding one if the roster is empty) citing competency
   * {@code 99} of {@code alberta-lqs} and competency {@code 1} of the unknown framework {@code
   * ghost-standard}.
   */
  UNKNOWN_COMPETENCY
}
