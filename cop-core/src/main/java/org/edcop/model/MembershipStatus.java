package org.edcop.model;

/**
 * Where a person stands with the community on a given day (guide section: Membership: how people
 * are invited, and who takes part over time). A person who declined or left no longer counts in the
 * headcount, the tier shares or the norm agreements from that day on; the dated history keeps the
 * record.
 *
 * @since 0.2.0
 */
public enum MembershipStatus implements Vocabulary {
  /** Asked to join; counted as a prospective member until they answer. */
  INVITED,
  /** Took up the invitation and takes part. */
  JOINED,
  /** Turned the invitation down; not counted from that day. */
  DECLINED,
  /** Was a member and has left; not counted from that day. */
  LEFT;

  /**
   * Whether a person with this status counts as part of the community.
   *
   * @return {@code true} for {@link #INVITED} and {@link #JOINED}
   */
  public boolean counts() {
    return this == INVITED || this == JOINED;
  }
}
