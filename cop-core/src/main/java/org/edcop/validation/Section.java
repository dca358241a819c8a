package org.edcop.validation;

import org.edcop.model.Vocabulary;

/**
 * The part of the plan a finding concerns, following the planning guide's sections in order (plus
 * {@link #COMMUNITY} for the plan's own identity and {@link #IMPROVEMENT} for 21CSLA-style
 * improvement work).
 *
 * @since 0.1.0
 */
public enum Section implements Vocabulary {
  /** The plan itself: id, name, authority, status, dates and time zone. */
  COMMUNITY,
  /** Guide section Purpose: domain, purpose statement and types, problems of practice. */
  PURPOSE,
  /** Guide section Membership. */
  MEMBERSHIP,
  /** Guide section Leadership. */
  LEADERSHIP,
  /** Guide section Norms. */
  NORMS,
  /** Guide section Launch. */
  LAUNCH,
  /** Guide section Collaborative Plan: the meetings and their attendance. */
  COLLABORATIVE_PLAN,
  /** Improvement work: aims, measures and inquiry cycles. */
  IMPROVEMENT,
  /** Guide section Results &amp; Celebration. */
  RESULTS,
  /** Guide section Connection to Professional Practice. */
  PROFESSIONAL_PRACTICE,
  /** Guide section Further Application. */
  FURTHER_APPLICATION
}
