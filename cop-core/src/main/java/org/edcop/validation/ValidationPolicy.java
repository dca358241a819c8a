package org.edcop.validation;

import java.time.Duration;
import java.util.SortedMap;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * How a district tunes validation, by rule id: rules switched off, severities raised or lowered,
 * and the thresholds some rules use. Immutable; {@link #defaults()} documents every default.
 * Applies to built-in and custom rules alike.
 */
@Value.Immutable
public interface ValidationPolicy {

  /**
   * Rules switched off; their findings never appear.
   *
   * @return rule ids, sorted
   */
  @Value.NaturalOrder
  SortedSet<String> getDisabledRules();

  /**
   * Severities that replace a rule's own once the rule is due at the stage validated. Rules not yet
   * due still report as {@link Severity#INFO}; integrity rules are always errors unless overridden
   * here.
   *
   * @return severity by rule id, sorted
   */
  @Value.NaturalOrder
  SortedMap<String, Severity> getSeverityOverrides();

  /**
   * The largest share of the headcount the core group may make up (rule {@code
   * membership.core-too-large}). Default 0.30.
   *
   * @return a share between 0 and 1
   */
  @Value.Default
  default double getMaxCoreShare() {
    return 0.30;
  }

  /**
   * How far a meeting's length may differ from the planned length (rule {@code
   * plan.meeting-length-mismatch}). Default 15 minutes.
   *
   * @return the tolerance
   */
  @Value.Default
  default Duration getMeetingLengthTolerance() {
    return Duration.ofMinutes(15);
  }

  /**
   * How far the gap between consecutive meetings may differ from the planned cadence (rule {@code
   * plan.meeting-spacing-mismatch}). Default 3 days.
   *
   * @return the tolerance
   */
  @Value.Default
  default Duration getSpacingTolerance() {
    return Duration.ofDays(3);
  }

  /**
   * The smallest ideal size a plan may aim for (rule {@code membership.ideal-size-unrealistic}).
   * Default 3.
   *
   * @return the lower bound
   */
  @Value.Default
  default int getIdealSizeFloor() {
    return 3;
  }

  /**
   * The largest ideal size a plan may aim for (rule {@code membership.ideal-size-unrealistic}).
   * Default 150.
   *
   * @return the upper bound
   */
  @Value.Default
  default int getIdealSizeCeiling() {
    return 150;
  }

  /**
   * The thresholds of participation figures and tier drift (rule {@code membership.tier-drift}).
   *
   * @return the thresholds; {@link ParticipationThresholds#defaults()} unless set
   * @since 0.2.0
   */
  @Value.Default
  default ParticipationThresholds getParticipation() {
    return ParticipationThresholds.defaults();
  }

  /**
   * Rejects thresholds no policy can mean: a core share outside 0..1 (or NaN), a negative
   * tolerance, a negative floor or a ceiling below the floor, a blank rule id.
   *
   * @throws IllegalArgumentException naming the setting and the value
   */
  @Value.Check
  default void check() {
    double share = getMaxCoreShare();
    if (!(share >= 0.0 && share <= 1.0)) {
      throw new IllegalArgumentException("maxCoreShare must be between 0 and 1, but was: " + share);
    }
    if (getMeetingLengthTolerance().isNegative()) {
      throw new IllegalArgumentException(
          "meetingLengthTolerance must not be negative, but was: " + getMeetingLengthTolerance());
    }
    if (getSpacingTolerance().isNegative()) {
      throw new IllegalArgumentException(
          "spacingTolerance must not be negative, but was: " + getSpacingTolerance());
    }
    if (getIdealSizeFloor() < 0 || getIdealSizeCeiling() < getIdealSizeFloor()) {
      throw new IllegalArgumentException(
          "idealSizeFloor must be 0 or more and idealSizeCeiling at least the floor, but were: "
              + getIdealSizeFloor()
              + " and "
              + getIdealSizeCeiling());
    }
    for (String id : getDisabledRules()) {
      if (id.isBlank()) {
        throw new IllegalArgumentException("disabledRules must not hold a blank rule id");
      }
    }
    for (String id : getSeverityOverrides().keySet()) {
      if (id.isBlank()) {
        throw new IllegalArgumentException("severityOverrides must not have a blank rule id");
      }
    }
  }

  /**
   * Whether a rule is switched off.
   *
   * @param ruleId a rule id
   * @return {@code true} if disabled
   */
  default boolean isDisabled(String ruleId) {
    return getDisabledRules().contains(ruleId);
  }

  /**
   * The policy with every default.
   *
   * @return the default policy
   */
  static ValidationPolicy defaults() {
    return builder().build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableValidationPolicy.Builder builder() {
    return ImmutableValidationPolicy.builder();
  }
}
