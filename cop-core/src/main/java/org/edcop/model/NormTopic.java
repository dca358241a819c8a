package org.edcop.model;

/**
 * What a community's norms should cover (guide section: Norms).
 *
 * @since 0.1.0
 */
public enum NormTopic implements Vocabulary {
  /** Every member has a role and a voice. */
  ROLE_AND_VOICE,
  /** How the community stays on track with its purpose. */
  STAYING_ON_PURPOSE,
  /** How conflict and disagreement are handled. */
  CONFLICT,
  /** How decisions or recommendations are made. */
  DECISIONS,
  /** How shared resources and knowledge are gathered. */
  SHARING_KNOWLEDGE,
  /** How new members are invited. */
  INVITING_MEMBERS,
  /** How the community decides that its purpose is achieved. */
  PURPOSE_ACHIEVED
}
