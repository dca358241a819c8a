package org.edcop.json.format.internal;

import static org.edcop.json.format.internal.JsonPointers.child;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.edcop.json.format.CopJsonException;
import org.edcop.json.format.CopJsonException.Kind;
import org.edcop.json.format.CopJsonFormat;
import org.edcop.validation.CopValidator;
import org.edcop.validation.RenamedRules;
import org.edcop.validation.Rule;
import org.edcop.validation.Severity;
import org.edcop.validation.ValidationInputException;
import org.edcop.validation.ValidationPolicy;

/**
 * Maps a validation policy between the model and its wire record. Values equal to the default
 * policy's are left out, so a policy file lists only what a district changed.
 */
public final class PolicyMapping {

  private static final ValidationPolicy DEFAULTS = ValidationPolicy.defaults();

  private final WireIn in;

  private PolicyMapping() {
    // a policy is configuration: a misspelt property is never ignored, in either mode (the
    // reader refuses it, WireDocument.POLICY)
    this.in = new WireIn();
  }

  /**
   * Converts a policy read from JSON into the model.
   *
   * @param wire the wire record of the whole document
   * @param strict ignored: unknown properties are always rejected in a policy
   * @return the policy
   * @throws CopJsonException if a value is null, of an unknown code or out of range, or a property
   *     is unknown
   */
  public static ValidationPolicy toModel(PolicyWire.ValidationPolicy wire, boolean strict) {
    return new PolicyMapping().policy(wire, JsonPointers.ROOT);
  }

  /**
   * Converts a policy into its wire record.
   *
   * @param policy the policy
   * @return the wire record of the whole document
   */
  public static PolicyWire.ValidationPolicy toWire(ValidationPolicy policy) {
    Map<String, String> overrides = new TreeMap<>();
    policy
        .getSeverityOverrides()
        .forEach((rule, severity) -> overrides.put(rule, WireOut.code(severity)));
    return new PolicyWire.ValidationPolicy(
        CopJsonFormat.SCHEMA_VERSION,
        policy.getDisabledRules().isEmpty() ? null : new ArrayList<>(policy.getDisabledRules()),
        overrides.isEmpty() ? null : overrides,
        WireOut.unlessDefault(
            policy.getMaxCoreShare(), DEFAULTS.getMaxCoreShare(), BigDecimal::valueOf),
        WireOut.unlessDefault(
            policy.getMeetingLengthTolerance(),
            DEFAULTS.getMeetingLengthTolerance(),
            Duration::toString),
        WireOut.unlessDefault(
            policy.getSpacingTolerance(), DEFAULTS.getSpacingTolerance(), Duration::toString),
        WireOut.unlessDefault(policy.getIdealSizeFloor(), DEFAULTS.getIdealSizeFloor(), v -> v),
        WireOut.unlessDefault(policy.getIdealSizeCeiling(), DEFAULTS.getIdealSizeCeiling(), v -> v),
        WireOut.unlessDefault(
            policy.getNextMeetingWithinDays(), DEFAULTS.getNextMeetingWithinDays(), v -> v),
        WireOut.unlessDefault(
            policy.getProblemOfPracticeAfterMeetings(),
            DEFAULTS.getProblemOfPracticeAfterMeetings(),
            v -> v),
        WireOut.unlessDefault(policy.getStudyWithinWeeks(), DEFAULTS.getStudyWithinWeeks(), v -> v),
        WireOut.unlessDefault(
            policy.getParticipation(), DEFAULTS.getParticipation(), PolicyMapping::participation),
        WireOut.unlessDefault(
            policy.getMaxSkippedPeriods(), DEFAULTS.getMaxSkippedPeriods(), v -> v),
        WireOut.unlessDefault(
            policy.getSustainedSeriesMeetings(), DEFAULTS.getSustainedSeriesMeetings(), v -> v),
        WireOut.unlessDefault(
            policy.getSustainedSeriesMonths(), DEFAULTS.getSustainedSeriesMonths(), v -> v),
        WireOut.unlessDefault(
            policy.getReflectionTiers(),
            DEFAULTS.getReflectionTiers(),
            tiers -> tiers.isEmpty() ? new ArrayList<String>() : WireOut.codes(tiers)),
        null);
  }

  private ValidationPolicy policy(PolicyWire.ValidationPolicy w, JsonPointers p) {
    in.schemaVersion(w.schemaVersion(), child(p, CopJsonFormat.SCHEMA_VERSION_PROPERTY));
    var b =
        ValidationPolicy.builder()
            .disabledRules(
                in.set(w.disabledRules(), child(p, "disabledRules"), PolicyMapping::ruleId));
    if (w.severityOverrides() != null) {
      JsonPointers at = child(p, "severityOverrides");
      for (Map.Entry<String, String> entry : w.severityOverrides().entrySet()) {
        JsonPointers where = child(at, entry.getKey());
        if (entry.getValue() == null) {
          throw WireIn.problem(
              Kind.NULL_VALUE, where, "null is not allowed; leave the property out instead");
        }
        ruleId(entry.getKey(), where);
        b.putSeverityOverride(entry.getKey(), in.code(Severity.class, entry.getValue(), where));
      }
    }
    if (w.maxCoreShare() != null) {
      BigDecimal exact = w.maxCoreShare();
      if (exact.signum() < 0 || exact.compareTo(BigDecimal.ONE) > 0) {
        throw WireIn.problem(
            Kind.INVALID_VALUE,
            child(p, "maxCoreShare"),
            "the share " + exact + " is not between 0 and 1");
      }
      double share = exact.doubleValue();
      if (BigDecimal.valueOf(share).compareTo(exact) != 0) {
        // 1e-400 would silently become 0: refuse what a double cannot hold
        throw WireIn.problem(
            Kind.INVALID_VALUE,
            child(p, "maxCoreShare"),
            "the share " + exact + " has more digits than can be kept; write at most 15");
      }
      b.maxCoreShare(share);
    }
    if (w.meetingLengthTolerance() != null) {
      b.meetingLengthTolerance(tolerance(w.meetingLengthTolerance(), p, "meetingLengthTolerance"));
    }
    if (w.spacingTolerance() != null) {
      b.spacingTolerance(tolerance(w.spacingTolerance(), p, "spacingTolerance"));
    }
    int floor = DEFAULTS.getIdealSizeFloor();
    int ceiling = DEFAULTS.getIdealSizeCeiling();
    if (w.idealSizeFloor() != null) {
      floor = notNegative(w.idealSizeFloor(), p, "idealSizeFloor");
    }
    if (w.idealSizeCeiling() != null) {
      ceiling = notNegative(w.idealSizeCeiling(), p, "idealSizeCeiling");
    }
    if (ceiling < floor) {
      throw WireIn.problem(
          Kind.INVALID_VALUE,
          child(p, w.idealSizeCeiling() != null ? "idealSizeCeiling" : "idealSizeFloor"),
          "the ideal-size ceiling " + ceiling + " is below the floor " + floor);
    }
    if (w.nextMeetingWithinDays() != null) {
      b.nextMeetingWithinDays(w.nextMeetingWithinDays());
    }
    if (w.problemOfPracticeAfterMeetings() != null) {
      b.problemOfPracticeAfterMeetings(w.problemOfPracticeAfterMeetings());
    }
    if (w.studyWithinWeeks() != null) {
      b.studyWithinWeeks(w.studyWithinWeeks());
    }
    if (w.participation() != null) {
      b.participation(participation(w.participation(), child(p, "participation")));
    }
    if (w.maxSkippedPeriods() != null) {
      b.maxSkippedPeriods(w.maxSkippedPeriods());
    }
    if (w.sustainedSeriesMeetings() != null) {
      b.sustainedSeriesMeetings(w.sustainedSeriesMeetings());
    }
    if (w.sustainedSeriesMonths() != null) {
      b.sustainedSeriesMonths(w.sustainedSeriesMonths());
    }
    if (w.reflectionTiers() != null) {
      b.reflectionTiers(
          in.codes(
              org.edcop.model.ParticipationTier.class,
              w.reflectionTiers(),
              child(p, "reflectionTiers")));
    }
    try {
      return b.idealSizeFloor(floor).idealSizeCeiling(ceiling).build();
    } catch (ValidationInputException e) {
      // the policy's own range checks, reported at the property that holds the value
      throw WireIn.problem(Kind.INVALID_VALUE, child(p, e.getInput()), e.getMessage());
    }
  }

  private static PracticeRecordsWire.ParticipationThresholds participation(
      org.edcop.running.ParticipationThresholds m) {
    org.edcop.running.ParticipationThresholds d =
        org.edcop.running.ParticipationThresholds.defaults();
    return new PracticeRecordsWire.ParticipationThresholds(
        WireOut.unlessDefault(m.getRecentMeetings(), d.getRecentMeetings(), v -> v),
        WireOut.unlessDefault(m.getDriftMinimumMeetings(), d.getDriftMinimumMeetings(), v -> v),
        WireOut.unlessDefault(m.getDriftAbsenceShare(), d.getDriftAbsenceShare(), v -> v),
        WireOut.unlessDefault(m.getDriftAttendanceShare(), d.getDriftAttendanceShare(), v -> v),
        null);
  }

  private org.edcop.running.ParticipationThresholds participation(
      PracticeRecordsWire.ParticipationThresholds w, JsonPointers p) {
    var b = org.edcop.running.ParticipationThresholds.builder();
    if (w.recentMeetings() != null) {
      b.recentMeetings(w.recentMeetings());
    }
    if (w.driftMinimumMeetings() != null) {
      b.driftMinimumMeetings(w.driftMinimumMeetings());
    }
    if (w.driftAbsenceShare() != null) {
      b.driftAbsenceShare(w.driftAbsenceShare());
    }
    if (w.driftAttendanceShare() != null) {
      b.driftAttendanceShare(w.driftAttendanceShare());
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw WireIn.problem(Kind.INVALID_VALUE, p, e.getMessage());
    }
  }

  private static String ruleId(String id, JsonPointers at) {
    if (id.isBlank()) {
      throw WireIn.problem(Kind.INVALID_VALUE, at, "a rule id must not be blank");
    }
    if (!RULE_IDS.contains(id)) {
      throw WireIn.problem(
          Kind.UNKNOWN_CODE,
          at,
          "'"
              + id
              + "' is not the id of a built-in rule"
              + RenamedRules.hint(id)
              + " (see docs/rules.md)");
    }
    return id;
  }

  /** The ids of the built-in rules, the only ones a policy document may name. */
  private static final Set<String> RULE_IDS =
      CopValidator.defaults().getRules().stream()
          .map(Rule::getId)
          .collect(Collectors.toUnmodifiableSet());

  private Duration tolerance(String text, JsonPointers parent, String name) {
    JsonPointers at = child(parent, name);
    Duration value = in.duration(text, at);
    if (value.isNegative()) {
      throw WireIn.problem(Kind.INVALID_VALUE, at, "a tolerance cannot be negative");
    }
    return value;
  }

  private static int notNegative(int value, JsonPointers parent, String name) {
    if (value < 0) {
      throw WireIn.problem(
          Kind.INVALID_VALUE, child(parent, name), "the value " + value + " cannot be negative");
    }
    return value;
  }
}
