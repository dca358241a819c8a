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
 * PlanWire}: codes, dates and member ids are text, converted by {@link PracticeRecordsMapping}.
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
  @JsonPropertyOrder({"description", "owner", "dueOn", "status"})
  public record ActionItem(
      @JsonProperty("description") String description,
      @JsonProperty("owner") String owner,
      @JsonProperty("dueOn") String dueOn,
      @JsonProperty("status") String status,
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
  @JsonPropertyOrder({"title", "link", "kind", "tags", "contributor", "addedOn", "legacy"})
  public record SharedResource(
      @JsonProperty("title") String title,
      @JsonProperty("link") String link,
      @JsonProperty("kind") String kind,
      @JsonProperty("tags") List<String> tags,
      @JsonProperty("contributor") String contributor,
      @JsonProperty("addedOn") String addedOn,
      @JsonProperty("legacy") Boolean legacy,
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
  @JsonPropertyOrder({"author", "toldOn", "narrative", "cycles", "purposeTypes", "evidence"})
  public record ValueStory(
      @JsonProperty("author") String author,
      @JsonProperty("toldOn") String toldOn,
      @JsonProperty("narrative") String narrative,
      @JsonProperty("cycles") List<String> cycles,
      @JsonProperty("purposeTypes") List<String> purposeTypes,
      @JsonProperty("evidence") List<String> evidence,
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
  @JsonPropertyOrder({"receivedOn", "method", "summary"})
  public record FeedbackReceived(
      @JsonProperty("receivedOn") String receivedOn,
      @JsonProperty("method") String method,
      @JsonProperty("summary") String summary,
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
  @JsonPropertyOrder({"decidedOn", "outcome", "reason"})
  public record RenewalDecision(
      @JsonProperty("decidedOn") String decidedOn,
      @JsonProperty("outcome") String outcome,
      @JsonProperty("reason") String reason,
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
    "recentMeetings",
    "driftMinimumMeetings",
    "driftAbsenceShare",
    "driftAttendanceShare"
  })
  public record ParticipationThresholds(
      @JsonProperty("recentMeetings") Integer recentMeetings,
      @JsonProperty("driftMinimumMeetings") Integer driftMinimumMeetings,
      @JsonProperty("driftAbsenceShare") Double driftAbsenceShare,
      @JsonProperty("driftAttendanceShare") Double driftAttendanceShare,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}
}
