package org.edcop.running;

import java.util.List;
import java.util.OptionalDouble;
import org.edcop.model.MemberId;

/**
 * A community's health at a glance, for a convener or a district dashboard.
 *
 * @param membersProper core, active, occasional and peripheral members who had joined (and not
 *     left) by the as-of date
 * @param membersProperActive of those, the ones who attended at least one meeting of their recent
 *     window
 * @param firstQuarterTurnout mean turnout of the first quarter of the meetings held with attendance
 *     (at least one meeting); empty with fewer than two such meetings
 * @param lastQuarterTurnout mean turnout of the last quarter of those meetings; empty likewise
 * @param coreRenewals tier changes into core, effective by the as-of date, of members who held
 *     another tier before
 * @param neverAttended members proper for whom some meeting counted and who attended none, in
 *     roster order
 * @since 0.2.0
 */
public record HealthSummary(
    int membersProper,
    int membersProperActive,
    OptionalDouble firstQuarterTurnout,
    OptionalDouble lastQuarterTurnout,
    int coreRenewals,
    List<MemberId> neverAttended) {

  /**
   * Creates a summary; the list is copied.
   *
   * @param membersProper see the record description
   * @param membersProperActive see the record description
   * @param firstQuarterTurnout see the record description
   * @param lastQuarterTurnout see the record description
   * @param coreRenewals see the record description
   * @param neverAttended see the record description
   */
  public HealthSummary {
    neverAttended = List.copyOf(neverAttended);
  }

  /**
   * The attendance trend: the last quarter's mean turnout minus the first quarter's.
   *
   * @return a difference between -1 and 1 (positive: attendance is rising); empty when either
   *     quarter is
   */
  public OptionalDouble trend() {
    return firstQuarterTurnout.isPresent() && lastQuarterTurnout.isPresent()
        ? OptionalDouble.of(lastQuarterTurnout.getAsDouble() - firstQuarterTurnout.getAsDouble())
        : OptionalDouble.empty();
  }
}
