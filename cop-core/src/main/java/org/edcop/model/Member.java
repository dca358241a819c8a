package org.edcop.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * One entry of the roster (guide section: Membership): the person, their current participation tier
 * with its dated history, and whether they hold decision-making authority for the community's
 * purpose. A dated status history (invited, joined, declined, left) says from when the person
 * counts; a member without one has been part of the community all along.
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
   * Dated changes of the person's membership status, as recorded (normally oldest first).
   *
   * @return the history; empty for a member who has taken part all along
   * @since 0.2.0
   */
  List<StatusChange> getStatusHistory();

  /**
   * Whether the entry is a member of the community or a facilitator or sponsor outside the tiers.
   *
   * @return the kind; {@link ParticipantKind#MEMBER} unless set
   * @since 0.2.0
   */
  @Value.Default
  default ParticipantKind getKind() {
    return ParticipantKind.MEMBER;
  }

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
   * Whether this person counts as a member: transactional participants, facilitators and sponsors
   * do not.
   *
   * @return {@code false} for transactional participants and for entries of another kind
   */
  default boolean countsAsMember() {
    return getKind() == ParticipantKind.MEMBER && getTier() != ParticipationTier.TRANSACTIONAL;
  }

  /**
   * Whether this entry serves the community from outside the tiers: a facilitator or sponsor.
   *
   * @return {@code true} for a facilitator or sponsor
   * @since 0.2.0
   */
  default boolean isFromOutside() {
    return getKind() != ParticipantKind.MEMBER;
  }

  /**
   * The status on a day: the latest recorded change that took effect on or before it (of two on the
   * same day, the one listed last).
   *
   * @param date the day
   * @return {@link MembershipStatus#JOINED} when there is no history; empty when the history starts
   *     after the day (the person was not yet involved)
   * @since 0.2.0
   */
  default Optional<MembershipStatus> statusOn(LocalDate date) {
    if (getStatusHistory().isEmpty()) {
      return Optional.of(MembershipStatus.JOINED);
    }
    StatusChange latest = null;
    for (StatusChange change : getStatusHistory()) {
      if (!change.getEffectiveOn().isAfter(date)
          && (latest == null || !change.getEffectiveOn().isBefore(latest.getEffectiveOn()))) {
        latest = change;
      }
    }
    return latest == null ? Optional.empty() : Optional.of(latest.getStatus());
  }

  /**
   * The latest status recorded, whatever its date: what a plan looked at without a date says.
   *
   * @return the status of the latest change; {@link MembershipStatus#JOINED} when there is none
   * @since 0.2.0
   */
  default MembershipStatus currentStatus() {
    StatusChange latest = null;
    for (StatusChange change : getStatusHistory()) {
      if (latest == null || !change.getEffectiveOn().isBefore(latest.getEffectiveOn())) {
        latest = change;
      }
    }
    return latest == null ? MembershipStatus.JOINED : latest.getStatus();
  }

  /**
   * The day the person joined: the first change to {@link MembershipStatus#JOINED}.
   *
   * @return the date, if the history records one
   * @since 0.2.0
   */
  default Optional<LocalDate> joinedOn() {
    LocalDate first = null;
    for (StatusChange change : getStatusHistory()) {
      if (change.getStatus() == MembershipStatus.JOINED
          && (first == null || change.getEffectiveOn().isBefore(first))) {
        first = change.getEffectiveOn();
      }
    }
    return Optional.ofNullable(first);
  }

  /**
   * Whether the person is part of the community on a day: invited or joined, and not declined or
   * left by then.
   *
   * @param date the day
   * @return {@code true} if counted on that day
   * @since 0.2.0
   */
  default boolean isCountedOn(LocalDate date) {
    return statusOn(date).map(MembershipStatus::counts).orElse(false);
  }

  /**
   * Whether the person is a member proper on a day: counted on that day and not a transactional
   * participant.
   *
   * @param date the day
   * @return {@code true} for a core, active, occasional or peripheral member counted that day
   * @since 0.2.0
   */
  default boolean isMemberProperOn(LocalDate date) {
    return countsAsMember() && isCountedOn(date);
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
