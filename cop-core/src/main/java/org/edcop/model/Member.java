package org.edcop.model;

import java.util.List;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * One entry of the roster (guide section: Membership): the person, their current participation tier
 * with its dated history, and whether they hold decision-making authority for the community's
 * purpose.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Member extends Extensible {

  /**
   * The member's id, unique within the plan.
   *
   * @return the id
   */
  MemberId getId();

  /**
   * Who the member is.
   *
   * @return the person
   */
  Person getPerson();

  /**
   * The current participation tier.
   *
   * @return the tier
   */
  ParticipationTier getTier();

  /**
   * Earlier tier changes, oldest first as recorded.
   *
   * @return the history; empty when the tier never changed
   */
  List<TierChange> getTierHistory();

  /**
   * Whether this member can make (or formally informs) the decision the community's purpose leads
   * to.
   *
   * @return {@code true} for a decision-maker
   */
  @Value.Default
  default boolean isDecisionMaker() {
    return false;
  }

  /**
   * Whether this person counts as a member: transactional participants do not.
   *
   * @return {@code false} for transactional participants
   */
  default boolean countsAsMember() {
    return getTier() != ParticipationTier.TRANSACTIONAL;
  }

  /**
   * Creates a member with an id, a person and a tier.
   *
   * @param id the member id
   * @param person the person
   * @param tier the participation tier
   * @return the member
   */
  static ImmutableMember of(MemberId id, Person person, ParticipationTier tier) {
    return builder().id(id).person(person).tier(tier).build();
  }

  /**
   * Properties this version does not define, kept as read; redacted from {@code toString()} because
   * a system may store personal data there (a mobile number, a pronoun).
   *
   * @return raw JSON values by property name
   * @since 0.2.0
   */
  @Override
  @Value.Redacted
  @Value.NaturalOrder
  SortedMap<String, String> getUnknownProperties();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableMember.Builder builder() {
    return ImmutableMember.builder();
  }
}
