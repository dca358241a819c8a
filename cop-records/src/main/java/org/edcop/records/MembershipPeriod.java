package org.edcop.records;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.edcop.model.Member;
import org.edcop.model.TierChange;
import org.immutables.value.Value;

/**
 * The days a member belonged to the community, both ends included, for deciding which meetings
 * their attendance share counts (a member who joined late is not expected at earlier meetings; one
 * who left, not at later ones).
 *
 * @since 0.2.0
 */
@Value.Immutable
public interface MembershipPeriod {

  /**
   * The first day of membership.
   *
   * @return the day, or empty when the member was there from the start
   */
  Optional<LocalDate> getJoinedOn();

  /**
   * The last day of membership.
   *
   * @return the day, or empty while the member still belongs
   */
  Optional<LocalDate> getLeftOn();

  /**
   * Whether a day falls within the period.
   *
   * @param day a day
   * @return {@code true} between the join day and the leave day, both included
   */
  default boolean contains(LocalDate day) {
    return getJoinedOn().map(join -> !day.isBefore(join)).orElse(true)
        && getLeftOn().map(left -> !day.isAfter(left)).orElse(true);
  }

  /**
   * A period from explicit days.
   *
   * @param joinedOn the first day, or null when unknown
   * @param leftOn the last day, or null while the member belongs
   * @return the period
   */
  static MembershipPeriod of(LocalDate joinedOn, LocalDate leftOn) {
    return ImmutableMembershipPeriod.builder()
        .joinedOn(Optional.ofNullable(joinedOn))
        .leftOn(Optional.ofNullable(leftOn))
        .build();
  }

  /**
   * The period the model records: the member's dated status history when it has one (joined on the
   * first change to {@code joined}; left on the latest change when that change is {@code left} or
   * {@code declined}), otherwise the earliest day of the tier history, with no leave day.
   *
   * @param member a roster entry
   * @return the period
   */
  static MembershipPeriod fromMember(Member member) {
    LocalDate joined =
        member
            .joinedOn()
            .orElseGet(
                () ->
                    member.getTierHistory().stream()
                        .map(TierChange::getEffectiveOn)
                        .min(Comparator.naturalOrder())
                        .orElse(null));
    LocalDate left = null;
    org.edcop.model.StatusChange latest = null;
    for (org.edcop.model.StatusChange change : member.getStatusHistory()) {
      if (latest == null || !change.getEffectiveOn().isBefore(latest.getEffectiveOn())) {
        latest = change;
      }
    }
    if (latest != null
        && (latest.getStatus() == org.edcop.model.MembershipStatus.LEFT
            || latest.getStatus() == org.edcop.model.MembershipStatus.DECLINED)) {
      left = latest.getEffectiveOn();
    }
    return of(joined, left);
  }
}
