package org.edcop.validation;

import java.time.Duration;
import java.util.SortedMap;
import java.util.SortedSet;
import org.edcop.running.ParticipationThresholds;
import org.edcop.validation.internal.Thresholds;
import org.immutables.value.Value;

/**
 * How a district tunes validation, by rule id: rules switched off, severities raised or lowered,
 * and the thresholds some rules use. Immutable; {@link #defaults()} documents every default.
 * Applies to built-in and custom rules alike.
 *
 * @since 0.1.0
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
   * collaborative-plan.meeting-length-mismatch}). Default 15 minutes.
   *
   * @return the tolerance
   */
  @Value.Default
  default Duration getMeetingLengthTolerance() {
    return Duration.ofMinutes(15);
  }

  /**
   * How far the gap between consecutive meetings may differ from the planned cadence (rule {@code
   * collaborative-plan.meeting-spacing-mismatch}). Default 3 days.
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
   * How many days ahead the next meeting must be ready: a time, a topic and a facilitator (rule
   * {@code collaborative-plan.next-meeting-unprepared}). Default 7.
   *
   * @return days, 0 to 365
   * @since 0.2.0
   */
  @Value.Default
  default int getNextMeetingWithinDays() {
    return 7;
  }

  /**
   * After how many past meetings an equity-centred community must have named a problem of practice
   * (rule {@code purpose.problem-of-practice-overdue}). Default 2.
   *
   * @return meetings, 0 to 100
   * @since 0.2.0
   */
  @Value.Default
  default int getProblemOfPracticeAfterMeetings() {
    return 2;
  }

  /**
   * How many weeks after an inquiry cycle starts its study must be recorded (rule {@code
   * improvement.study-overdue}). Default 8.
   *
   * @return weeks, 1 to 104
   * @since 0.2.0
   */
  @Value.Default
  default int getStudyWithinWeeks() {
    return 8;
  }

  /**
   * How many planned meetings in a row may be skipped between two meetings (a holiday, a closure)
   * before the gap is a spacing finding (rule {@code collaborative-plan.meeting-spacing-mismatch}).
   * Default 1: one skipped period is fine, two are not.
   *
   * @return periods, 0 to 12
   * @since 0.2.0
   */
  @Value.Default
  default int getMaxSkippedPeriods() {
    return 1;
  }

  /**
   * The fewest meetings a sustained series has (rule {@code
   * collaborative-plan.meeting-spacing-mismatch}, variant {@code short}). Default 0: not asked; the
   * {@code 21csla-cohort} preset asks for 4.
   *
   * @return meetings, 0 to 100
   * @since 0.2.0
   */
  @Value.Default
  default int getSustainedSeriesMeetings() {
    return 0;
  }

  /**
   * The fewest months a sustained series spans from its first meeting to its last (rule {@code
   * collaborative-plan.meeting-spacing-mismatch}, variant {@code short}). Default 0: not asked; the
   * {@code 21csla-cohort} preset asks for 3.
   *
   * @return months, 0 to 36
   * @since 0.2.0
   */
  @Value.Default
  default int getSustainedSeriesMonths() {
    return 0;
  }

  /**
   * The tiers whose members each record a reflection on their professional practice by close (rule
   * {@code professional-practice.reflection-missing}). Default core and active. Transactional
   * participants are never asked.
   *
   * @return the tiers, in tier order
   * @since 0.2.0
   */
  @Value.Default
  default java.util.Set<org.edcop.model.ParticipationTier> getReflectionTiers() {
    return java.util.EnumSet.of(
        org.edcop.model.ParticipationTier.CORE, org.edcop.model.ParticipationTier.ACTIVE);
  }

  /**
   * Rejects thresholds no policy can mean: a core share outside 0..1 (or NaN), a negative
   * tolerance, a negative floor or a ceiling below the floor, a count of days, meetings or weeks
   * outside its range, a blank rule id.
   *
   * @throws ValidationInputException naming the setting and the value
   */
  @Value.Check
  default void check() {
    double share = getMaxCoreShare();
    if (!(share >= 0.0 && share <= 1.0)) {
      throw new ValidationInputException(
          "maxCoreShare", String.valueOf(share), "it must be between 0 and 1");
    }
    if (getMeetingLengthTolerance().isNegative()) {
      throw new ValidationInputException(
          "meetingLengthTolerance",
          getMeetingLengthTolerance().toString(),
          "it must not be negative");
    }
    if (getSpacingTolerance().isNegative()) {
      throw new ValidationInputException(
          "spacingTolerance", getSpacingTolerance().toString(), "it must not be negative");
    }
    if (getIdealSizeFloor() < 0) {
      throw new ValidationInputException(
          "idealSizeFloor", String.valueOf(getIdealSizeFloor()), "it must be 0 or more");
    }
    if (getIdealSizeCeiling() < getIdealSizeFloor()) {
      throw new ValidationInputException(
          "idealSizeCeiling",
          String.valueOf(getIdealSizeCeiling()),
          "it must be at least idealSizeFloor (" + getIdealSizeFloor() + ")");
    }
    Thresholds.require("nextMeetingWithinDays", getNextMeetingWithinDays(), 0, 365);
    Thresholds.require(
        "problemOfPracticeAfterMeetings", getProblemOfPracticeAfterMeetings(), 0, 100);
    Thresholds.require("studyWithinWeeks", getStudyWithinWeeks(), 1, 104);
    Thresholds.require("maxSkippedPeriods", getMaxSkippedPeriods(), 0, 12);
    Thresholds.require("sustainedSeriesMeetings", getSustainedSeriesMeetings(), 0, 100);
    Thresholds.require("sustainedSeriesMonths", getSustainedSeriesMonths(), 0, 36);
    if (getReflectionTiers().contains(org.edcop.model.ParticipationTier.TRANSACTIONAL)) {
      throw new ValidationInputException(
          "reflectionTiers",
          "transactional",
          "transactional participants are not members and record no reflection");
    }
    for (String id : getDisabledRules()) {
      if (id.isBlank()) {
        throw new ValidationInputException("disabledRules", "'" + id + "'", "a rule id is blank");
      }
    }
    for (String id : getSeverityOverrides().keySet()) {
      if (id.isBlank()) {
        throw new ValidationInputException(
            "severityOverrides", "'" + id + "'", "a rule id is blank");
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
   * The names of the presets shipped with cop.
   *
   * @return the preset names, sorted
   * @since 0.2.0
   */
  static java.util.List<String> presetNames() {
    return org.edcop.validation.internal.Presets.NAMES;
  }

  /**
   * A policy preset shipped as data (documented in {@code docs/rules.md}): {@code
   * cass-system-leaders} for a community of system leaders following the CASS guide, {@code
   * 21csla-cohort} for a small, sustained, role-alike 21CSLA equity cohort.
   *
   * @param name the preset's name
   * @return the policy
   * @throws ValidationInputException if no preset has that name (the message lists the names)
   * @since 0.2.0
   */
  static ValidationPolicy preset(String name) {
    return org.edcop.validation.internal.Presets.load(java.util.Objects.requireNonNull(name));
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
