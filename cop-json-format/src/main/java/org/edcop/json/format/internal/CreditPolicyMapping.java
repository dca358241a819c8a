package org.edcop.json.format.internal;

import static org.edcop.json.format.internal.JsonPointers.child;

import java.math.BigDecimal;
import java.util.List;
import org.edcop.json.format.CopJsonException.Kind;
import org.edcop.json.format.CopJsonFormat;
import org.edcop.records.CreditPolicy;
import org.edcop.records.CreditRounding;

/**
 * Maps a credit policy between the model and its wire record, checking every value on the way in: a
 * share outside 0..1, a negative cap, a month outside 1..12 or a unit that is not positive is an
 * {@code INVALID_VALUE} error at the property, naming the value. Values equal to the defaults are
 * left out on the way out.
 */
public final class CreditPolicyMapping {

  private static final CreditPolicy DEFAULTS = CreditPolicy.defaults();

  private CreditPolicyMapping() {}

  /**
   * Converts a policy read from JSON into the model.
   *
   * @param w the wire record of the whole document
   * @param strict ignored: unknown properties are always rejected in a policy
   * @return the policy
   * @throws org.edcop.json.format.CopJsonException if a value is out of range, of an unknown code,
   *     or a property is unknown
   */
  public static CreditPolicy toModel(CreditPolicyWire.CreditPolicy w, boolean strict) {
    WireIn in = new WireIn();
    JsonPointers p = JsonPointers.ROOT;
    in.schemaVersion(w.schemaVersion(), child(p, CopJsonFormat.SCHEMA_VERSION_PROPERTY));
    var b = CreditPolicy.builder();
    if (w.minimumAttendanceShare() != null) {
      b.minimumAttendanceShare(w.minimumAttendanceShare());
    }
    if (w.maxHoursPerCommunity() != null) {
      b.maxHoursPerCommunity(w.maxHoursPerCommunity());
    }
    if (w.maxHoursPerYear() != null) {
      b.maxHoursPerYear(w.maxHoursPerYear());
    }
    if (w.yearStartMonth() != null) {
      b.yearStartMonth(w.yearStartMonth());
    }
    if (w.hoursPerCredit() != null) {
      b.hoursPerCredit(w.hoursPerCredit());
    }
    if (w.creditIncrement() != null) {
      b.creditIncrement(w.creditIncrement());
    }
    if (w.rounding() != null) {
      b.rounding(in.code(CreditRounding.class, w.rounding(), child(p, "rounding")));
    }
    CreditPolicy policy = b.build();
    // the model knows which values no district can mean; the first one becomes the error
    List<CreditPolicy.Problem> problems = policy.problems();
    if (!problems.isEmpty()) {
      CreditPolicy.Problem first = problems.get(0);
      throw WireIn.problem(Kind.INVALID_VALUE, child(p, first.property()), first.detail());
    }
    return policy;
  }

  /**
   * Converts a policy into its wire record.
   *
   * @param m the policy
   * @return the wire record of the whole document
   */
  public static CreditPolicyWire.CreditPolicy toWire(CreditPolicy m) {
    return new CreditPolicyWire.CreditPolicy(
        CopJsonFormat.SCHEMA_VERSION,
        differs(m.getMinimumAttendanceShare(), DEFAULTS.getMinimumAttendanceShare()),
        m.getMaxHoursPerCommunity().orElse(null),
        m.getMaxHoursPerYear().orElse(null),
        WireOut.unlessDefault(m.getYearStartMonth(), DEFAULTS.getYearStartMonth(), v -> v),
        differs(m.getHoursPerCredit(), DEFAULTS.getHoursPerCredit()),
        differs(m.getCreditIncrement(), DEFAULTS.getCreditIncrement()),
        WireOut.unlessDefault(m.getRounding(), DEFAULTS.getRounding(), WireOut::code),
        null);
  }

  private static BigDecimal differs(BigDecimal value, BigDecimal defaultValue) {
    return value.compareTo(defaultValue) == 0 ? null : value;
  }
}
