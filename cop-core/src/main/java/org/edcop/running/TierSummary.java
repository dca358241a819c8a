package org.edcop.running;

import java.util.OptionalDouble;
import org.edcop.model.ParticipationTier;

/**
 * Attendance of one participation tier as of a date: how many people hold the tier and their mean
 * attendance rates (over members for whom some meeting counted).
 *
 * @param tier the tier
 * @param members the people on the roster with this tier who had joined by the as-of date
 * @param meanRate the mean of their yearly rates, empty if no meeting counted for any of them
 * @param meanRecentRate the mean of their recent rates, empty likewise
 * @since 0.2.0
 */
public record TierSummary(
    ParticipationTier tier, int members, OptionalDouble meanRate, OptionalDouble meanRecentRate) {}
