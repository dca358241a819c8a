package org.edcop.json.format.internal;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The wire record of a validation policy document: the thresholds, disabled rules and severity
 * overrides a district applies. Policies keep no unknown properties: the lenient reader ignores
 * them, the strict one rejects them.
 */
public final class PolicyWire {

  private PolicyWire() {}

  /**
   * The wire form of {@link org.edcop.validation.ValidationPolicy}.
   *
   * @param schemaVersion the {@code schemaVersion} property
   * @param disabledRules the {@code disabledRules} property
   * @param severityOverrides the {@code severityOverrides} property
   * @param maxCoreShare the {@code maxCoreShare} property
   * @param meetingLengthTolerance the {@code meetingLengthTolerance} property
   * @param spacingTolerance the {@code spacingTolerance} property
   * @param idealSizeFloor the {@code idealSizeFloor} property
   * @param idealSizeCeiling the {@code idealSizeCeiling} property
   * @param nextMeetingWithinDays the {@code nextMeetingWithinDays} property
   * @param problemOfPracticeAfterMeetings the {@code problemOfPracticeAfterMeetings} property
   * @param studyWithinWeeks the {@code studyWithinWeeks} property
   * @param participation the {@code participation} property
   * @param maxSkippedPeriods the {@code maxSkippedPeriods} property
   * @param sustainedSeriesMeetings the {@code sustainedSeriesMeetings} property
   * @param sustainedSeriesMonths the {@code sustainedSeriesMonths} property
   * @param reflectionTiers the {@code reflectionTiers} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    "schemaVersion",
    "disabledRules",
    "severityOverrides",
    "maxCoreShare",
    "meetingLengthTolerance",
    "spacingTolerance",
    "idealSizeFloor",
    "idealSizeCeiling",
    "nextMeetingWithinDays",
    "problemOfPracticeAfterMeetings",
    "studyWithinWeeks",
    "participation",
    "maxSkippedPeriods",
    "sustainedSeriesMeetings",
    "sustainedSeriesMonths",
    "reflectionTiers"
  })
  public record ValidationPolicy(
      @JsonProperty("schemaVersion") Integer schemaVersion,
      @JsonProperty("disabledRules") List<String> disabledRules,
      @JsonProperty("severityOverrides") Map<String, String> severityOverrides,
      @JsonProperty("maxCoreShare") java.math.BigDecimal maxCoreShare,
      @JsonProperty("meetingLengthTolerance") String meetingLengthTolerance,
      @JsonProperty("spacingTolerance") String spacingTolerance,
      @JsonProperty("idealSizeFloor") Integer idealSizeFloor,
      @JsonProperty("idealSizeCeiling") Integer idealSizeCeiling,
      @JsonProperty("nextMeetingWithinDays") Integer nextMeetingWithinDays,
      @JsonProperty("problemOfPracticeAfterMeetings") Integer problemOfPracticeAfterMeetings,
      @JsonProperty("studyWithinWeeks") Integer studyWithinWeeks,
      @JsonProperty("participation") PracticeRecordsWire.ParticipationThresholds participation,
      @JsonProperty("maxSkippedPeriods") Integer maxSkippedPeriods,
      @JsonProperty("sustainedSeriesMeetings") Integer sustainedSeriesMeetings,
      @JsonProperty("sustainedSeriesMonths") Integer sustainedSeriesMonths,
      @JsonProperty("reflectionTiers") List<String> reflectionTiers,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}
}
