package org.edcop.running;

import org.edcop.model.MemberId;
import org.edcop.model.ParticipationTier;

/**
 * A tier change the figures suggest and a person confirms (or not). Roles in a community ebb and
 * flow over time, as the planning guide stresses: a core member may step back for a term, an
 * occasional one may become a regular. A suggestion only points this out; it never changes the
 * plan. To accept it, add a dated {@link org.edcop.model.TierChange} to the member and set the new
 * tier.
 *
 * @param member the member
 * @param from the tier the member holds
 * @param to the tier suggested
 * @param reason why, in plain English (e.g. "missed 3 of the last 4 meetings")
 * @param recentHeld meetings in the member's recent window
 * @param recentAttended of those, the ones attended
 * @since 0.2.0
 */
public record SuggestedTierChange(
    MemberId member,
    ParticipationTier from,
    ParticipationTier to,
    String reason,
    int recentHeld,
    int recentAttended) {}
