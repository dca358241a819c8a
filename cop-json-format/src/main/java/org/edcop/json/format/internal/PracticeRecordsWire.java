package org.edcop.json.format.internal;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The wire records of what a running community records (#16): action items of meetings, the
 * resource bank, value stories, feedback received and renewal decisions. Same conventions as {@link
 * PlanWire}: codes, dates and member ids are text. The plan's records are read by {@link
 * PlanReader} and written by {@link PlanWriter}; {@code ParticipationThresholds} belongs to the
 * policy document and goes through {@link PolicyMapping}.
 */
public final class PracticeRecordsWire {

  private PracticeRecordsWire() {}

  /**
   * The wire form of {@link org.edcop.model.ActionItem}.
   *
   * @param description the {@code description} property
   * @param owner the {@code owner} property
   * @param dueOn the {@code dueOn} property
   * @param status the {@code status} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({WireNames.DESCRIPTION, WireNames.OWNER, WireNames.DUE_ON, WireNames.STATUS})
  public record ActionItem(
      @JsonProperty(WireNames.DESCRIPTION) String description,
      @JsonProperty(WireNames.OWNER) String owner,
      @JsonProperty(WireNames.DUE_ON) String dueOn,
      @JsonProperty(WireNames.STATUS) String status,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.model.SharedResource}.
   *
   * @param title the {@code title} property
   * @param link the {@code link} property
   * @param kind the {@code kind} property
   * @param tags the {@code tags} property
   * @param contributor the {@code contributor} property
   * @param addedOn the {@code addedOn} property
   * @param legacy the {@code legacy} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    WireNames.TITLE,
    WireNames.LINK,
    WireNames.KIND,
    WireNames.TAGS,
    WireNames.CONTRIBUTOR,
    WireNames.ADDED_ON,
    WireNames.LEGACY
  })
  public record SharedResource(
      @JsonProperty(WireNames.TITLE) String title,
      @JsonProperty(WireNames.LINK) String link,
      @JsonProperty(WireNames.KIND) String kind,
      @JsonProperty(WireNames.TAGS) List<String> tags,
      @JsonProperty(WireNames.CONTRIBUTOR) String contributor,
      @JsonProperty(WireNames.ADDED_ON) String addedOn,
      @JsonProperty(WireNames.LEGACY) Boolean legacy,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.model.ValueStory}.
   *
   * @param author the {@code author} property
   * @param toldOn the {@code toldOn} property
   * @param narrative the {@code narrative} property
   * @param cycles the {@code cycles} property
   * @param purposeTypes the {@code purposeTypes} property
   * @param evidence the {@code evidence} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    WireNames.AUTHOR,
    WireNames.TOLD_ON,
    WireNames.NARRATIVE,
    WireNames.CYCLES,
    WireNames.PURPOSE_TYPES,
    WireNames.EVIDENCE
  })
  public record ValueStory(
      @JsonProperty(WireNames.AUTHOR) String author,
      @JsonProperty(WireNames.TOLD_ON) String toldOn,
      @JsonProperty(WireNames.NARRATIVE) String narrative,
      @JsonProperty(WireNames.CYCLES) List<String> cycles,
      @JsonProperty(WireNames.PURPOSE_TYPES) List<String> purposeTypes,
      @JsonProperty(WireNames.EVIDENCE) List<String> evidence,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.model.FeedbackReceived}.
   *
   * @param receivedOn the {@code receivedOn} property
   * @param method the {@code method} property
   * @param summary the {@code summary} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({WireNames.RECEIVED_ON, WireNames.METHOD, WireNames.SUMMARY})
  public record FeedbackReceived(
      @JsonProperty(WireNames.RECEIVED_ON) String receivedOn,
      @JsonProperty(WireNames.METHOD) String method,
      @JsonProperty(WireNames.SUMMARY) String summary,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.model.RenewalDecision}.
   *
   * @param decidedOn the {@code decidedOn} property
   * @param outcome the {@code outcome} property
   * @param reason the {@code reason} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({WireNames.DECIDED_ON, WireNames.OUTCOME, WireNames.REASON})
  public record RenewalDecision(
      @JsonProperty(WireNames.DECIDED_ON) String decidedOn,
      @JsonProperty(WireNames.OUTCOME) String outcome,
      @JsonProperty(WireNames.REASON) String reason,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.running.ParticipationThresholds}, the {@code participation}
   * object of a policy document.
   *
   * @param recentMeetings the {@code recentMeetings} property
   * @param driftMinimumMeetings the {@code driftMinimumMeetings} property
   * @param driftAbsenceShare the {@code driftAbsenceShare} property
   * @param driftAttendanceShare the {@code driftAttendanceShare} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    WireNames.RECENT_MEETINGS,
    WireNames.DRIFT_MINIMUM_MEETINGS,
    WireNames.DRIFT_ABSENCE_SHARE,
    WireNames.DRIFT_ATTENDANCE_SHARE
  })
  public record ParticipationThresholds(
      @JsonProperty(WireNames.RECENT_MEETINGS) Integer recentMeetings,
      @JsonProperty(WireNames.DRIFT_MINIMUM_MEETINGS) Integer driftMinimumMeetings,
      @JsonProperty(WireNames.DRIFT_ABSENCE_SHARE) Double driftAbsenceShare,
      @JsonProperty(WireNames.DRIFT_ATTENDANCE_SHARE) Double driftAttendanceShare,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}
}
