package org.edcop.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Who belongs to the community (guide section: Membership): the profile of an ideal member, the
 * people who must be members, the ideal size, how people are invited, and the roster.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Membership extends Extensible {

  /**
   * The profile of an ideal member.
   *
   * @return the profile, if described
   */
  Optional<String> getIdealMemberProfile();

  /**
   * People who must be members for the purpose to be reached.
   *
   * @return the required members, as listed
   */
  List<RequiredMember> getRequiredMembers();

  /**
   * The ideal headcount range (transactional participants not counted).
   *
   * @return the range, if decided
   */
  Optional<SizeRange> getIdealSize();

  /**
   * How people are invited to join.
   *
   * @return the approach, if described
   */
  Optional<String> getInvitationApproach();

  /**
   * What brings the members together: similar roles, a topic or an affinity.
   *
   * @return the cohort type, if recorded
   * @since 0.2.0
   */
  Optional<CohortType> getCohortType();

  /**
   * How the community's recommendations reach a decision-maker who is not a member, e.g. "the
   * cohort presents its recommendations to the superintendent's cabinet each term".
   *
   * @return the route, if recorded
   * @since 0.2.0
   */
  Optional<String> getDecisionRoute();

  /**
   * The roster, including transactional participants.
   *
   * @return the members, as listed
   */
  List<Member> getMembers();

  /**
   * The number of members, transactional participants and people whose latest status is declined or
   * left excluded.
   *
   * @return the headcount
   */
  default int headcount() {
    int count = 0;
    for (Member member : getMembers()) {
      if (member.countsAsMember() && member.currentStatus().counts()) {
        count++;
      }
    }
    return count;
  }

  /**
   * The number of members proper on a day (see {@link Member#isMemberProperOn}).
   *
   * @param date the day
   * @return the headcount on that day
   * @since 0.2.0
   */
  default int headcountOn(java.time.LocalDate date) {
    int count = 0;
    for (Member member : getMembers()) {
      if (member.isMemberProperOn(date)) {
        count++;
      }
    }
    return count;
  }

  /**
   * The roster grouped by participation tier, tiers in vocabulary order, members in roster order.
   * Tiers nobody holds are absent.
   *
   * @return an unmodifiable map from tier to members
   */
  default Map<ParticipationTier, List<Member>> rosterByTier() {
    Map<ParticipationTier, List<Member>> byTier =
        getMembers().stream()
            .collect(
                Collectors.groupingBy(
                    Member::getTier,
                    () -> new EnumMap<>(ParticipationTier.class),
                    Collectors.collectingAndThen(Collectors.toList(), List::copyOf)));
    return Collections.unmodifiableMap(byTier);
  }

  /**
   * Finds the first roster entry with an id.
   *
   * @param id a member id
   * @return the member, if on the roster
   */
  default Optional<Member> findMember(MemberId id) {
    return getMembers().stream().filter(m -> m.getId().equals(id)).findFirst();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableMembership.Builder builder() {
    return ImmutableMembership.builder();
  }
}
