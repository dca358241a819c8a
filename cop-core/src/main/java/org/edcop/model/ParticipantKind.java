package org.edcop.model;

/**
 * Whether a roster entry is a member of the community or someone who serves it from outside the
 * participation tiers (21CSLA: cohorts are facilitated by academy or county staff who are not
 * role-alike members). Facilitators and sponsors may lead and facilitate but are not counted in the
 * headcount, the tier shares or the norm agreements.
 *
 * @since 0.2.0
 */
public enum ParticipantKind implements Vocabulary {
  /** A member of the community, in one of the participation tiers. */
  MEMBER,
  /** Facilitates the community from outside it, e.g. regional-academy or county-office staff. */
  FACILITATOR,
  /** Sponsors the community (e.g. the superintendent who commissioned it) without taking part. */
  SPONSOR
}
