package org.edcop.json.format.internal;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The wire record of a credit policy document. Like validation policies, credit policies keep no
 * unknown properties: a misspelt cap must never be ignored.
 */
public final class CreditPolicyWire {

  private CreditPolicyWire() {}

  /**
   * The wire form of {@link org.edcop.records.CreditPolicy}.
   *
   * @param schemaVersion the {@code schemaVersion} property
   * @param minimumAttendanceShare the {@code minimumAttendanceShare} property
   * @param maxHoursPerCommunity the {@code maxHoursPerCommunity} property
   * @param maxHoursPerYear the {@code maxHoursPerYear} property
   * @param yearStartMonth the {@code yearStartMonth} property
   * @param hoursPerCredit the {@code hoursPerCredit} property
   * @param creditIncrement the {@code creditIncrement} property
   * @param rounding the {@code rounding} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    "schemaVersion",
    "minimumAttendanceShare",
    "maxHoursPerCommunity",
    "maxHoursPerYear",
    "yearStartMonth",
    "hoursPerCredit",
    "creditIncrement",
    "rounding"
  })
  public record CreditPolicy(
      @JsonProperty("schemaVersion") Integer schemaVersion,
      @JsonProperty("minimumAttendanceShare") BigDecimal minimumAttendanceShare,
      @JsonProperty("maxHoursPerCommunity") BigDecimal maxHoursPerCommunity,
      @JsonProperty("maxHoursPerYear") BigDecimal maxHoursPerYear,
      @JsonProperty("yearStartMonth") Integer yearStartMonth,
      @JsonProperty("hoursPerCredit") BigDecimal hoursPerCredit,
      @JsonProperty("creditIncrement") BigDecimal creditIncrement,
      @JsonProperty("rounding") String rounding,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}
}
