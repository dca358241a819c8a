package org.edcop.json.format.internal;

import static org.edcop.json.format.internal.JsonPointers.child;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import org.edcop.json.format.CopJsonException;
import org.edcop.json.format.CopJsonException.Kind;
import org.edcop.json.format.CopJsonFormat;
import org.edcop.validation.Severity;
import org.edcop.validation.ValidationPolicy;

/**
 * Maps a validation policy between the model and its wire record. Values equal to the default
 * policy's are left out, so a policy file lists only what a district changed.
 */
public final class PolicyMapping {

  private static final ValidationPolicy DEFAULTS = ValidationPolicy.defaults();

  private final WireIn in;

  private PolicyMapping() {
    // a policy is configuration: a misspelt property must never be ignored, in either mode
    this.in = new WireIn(true);
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
        WireOut.unlessDefault(policy.getMaxCoreShare(), DEFAULTS.getMaxCoreShare(), v -> v),
        WireOut.unlessDefault(
            policy.getMeetingLengthTolerance(),
            DEFAULTS.getMeetingLengthTolerance(),
            Duration::toString),
        WireOut.unlessDefault(
            policy.getSpacingTolerance(), DEFAULTS.getSpacingTolerance(), Duration::toString),
        WireOut.unlessDefault(policy.getIdealSizeFloor(), DEFAULTS.getIdealSizeFloor(), v -> v),
        WireOut.unlessDefault(policy.getIdealSizeCeiling(), DEFAULTS.getIdealSizeCeiling(), v -> v),
        WireOut.unlessDefault(
            policy.getParticipation(), DEFAULTS.getParticipation(), PolicyMapping::participation),
        null);
  }

  private ValidationPolicy policy(PolicyWire.ValidationPolicy w, JsonPointers p) {
    in.schemaVersion(w.schemaVersion(), child(p, CopJsonFormat.SCHEMA_VERSION_PROPERTY));
    in.unknown(w.unknownProperties(), p);
    var b =
        ValidationPolicy.builder()
            .disabledRules(
                in.set(w.disabledRules(), child(p, "disabledRules"), PolicyMapping::ruleId));
    if (w.severityOverrides() != null) {
      JsonPointers at = child(p, "severityOverrides");
      for (Map.Entry<String, String> entry : w.severityOverrides().entrySet()) {
        JsonPointers where = child(at, entry.getKey());
        ruleId(entry.getKey(), where);
        if (entry.getValue() == null) {
          throw WireIn.problem(
              Kind.NULL_VALUE, where, "null is not allowed; leave the property out instead");
        }
        b.putSeverityOverride(entry.getKey(), in.code(Severity.class, entry.getValue(), where));
      }
    }
    if (w.maxCoreShare() != null) {
      double share = w.maxCoreShare();
      if (!(share >= 0 && share <= 1)) {
        throw WireIn.problem(
            Kind.INVALID_VALUE,
            child(p, "maxCoreShare"),
            "the share " + share + " is not between 0 and 1");
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
    if (w.participation() != null) {
      b.participation(participation(w.participation(), child(p, "participation")));
    }
    return b.idealSizeFloor(floor).idealSizeCeiling(ceiling).build();
  }

  private static RecordsWire.ParticipationThresholds participation(
      org.edcop.validation.ParticipationThresholds m) {
    org.edcop.validation.ParticipationThresholds d =
        org.edcop.validation.ParticipationThresholds.defaults();
    return new RecordsWire.ParticipationThresholds(
        WireOut.unlessDefault(m.getRecentMeetings(), d.getRecentMeetings(), v -> v),
        WireOut.unlessDefault(m.getDriftMinimumMeetings(), d.getDriftMinimumMeetings(), v -> v),
        WireOut.unlessDefault(m.getDriftAbsenceShare(), d.getDriftAbsenceShare(), v -> v),
        WireOut.unlessDefault(m.getDriftAttendanceShare(), d.getDriftAttendanceShare(), v -> v),
        null);
  }

  private org.edcop.validation.ParticipationThresholds participation(
      RecordsWire.ParticipationThresholds w, JsonPointers p) {
    in.unknown(w.unknownProperties(), p);
    var b = org.edcop.validation.ParticipationThresholds.builder();
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
    return id;
  }

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
