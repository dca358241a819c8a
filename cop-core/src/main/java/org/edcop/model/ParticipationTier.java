package org.edcop.model;

/**
 * How much a person takes part (guide section: Membership). Tiers change over time; a transactional
 * participant contributes as needed but is not counted as a member.
 *
 * @since 0.1.0
 */
public enum ParticipationTier implements Vocabulary {
  /** A small group that energises the community and takes charge. */
  CORE,
  /** Engaged regularly and committed. */
  ACTIVE,
  /** Engages when a topic is relevant to them. */
  OCCASIONAL,
  /** Mostly observes and wants to stay informed. */
  PERIPHERAL,
  /** Contributes as needed; not counted as a member. */
  TRANSACTIONAL
}
