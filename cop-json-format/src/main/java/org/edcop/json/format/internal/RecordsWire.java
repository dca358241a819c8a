package org.edcop.json.format.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;

/**
 * The wire records of the learning-records export (written only): a document with the format's
 * {@code schemaVersion} and one entry per member per community. Property names are the model's.
 */
public final class RecordsWire {

  private RecordsWire() {}

  /**
   * The export document.
   *
   * @param schemaVersion the {@code schemaVersion} property
   * @param records the {@code records} property
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"schemaVersion", "records"})
  public record LearningRecords(
      @JsonProperty("schemaVersion") Integer schemaVersion,
      @JsonProperty("records") List<LearningRecord> records) {}

  /**
   * The wire form of {@link org.edcop.records.LearningRecord}.
   *
   * @param communityId the {@code communityId} property
   * @param communityName the {@code communityName} property
   * @param authority the {@code authority} property
   * @param memberId the {@code memberId} property
   * @param name the {@code name} property
   * @param externalId the {@code externalId} property
   * @param tier the {@code tier} property
   * @param asOf the {@code asOf} property
   * @param period the {@code period} property
   * @param meetingsHeld the {@code meetingsHeld} property
   * @param meetingsAttended the {@code meetingsAttended} property
   * @param attendanceShare the {@code attendanceShare} property
   * @param learningTime the {@code learningTime} property
   * @param creditedTime the {@code creditedTime} property
   * @param credits the {@code credits} property
   * @param status the {@code status} property
   * @param competencies the {@code competencies} property
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    "communityId",
    "communityName",
    "authority",
    "memberId",
    "name",
    "externalId",
    "tier",
    "asOf",
    "period",
    "meetingsHeld",
    "meetingsAttended",
    "attendanceShare",
    "learningTime",
    "creditedTime",
    "credits",
    "status",
    "competencies"
  })
  public record LearningRecord(
      @JsonProperty("communityId") String communityId,
      @JsonProperty("communityName") String communityName,
      @JsonProperty("authority") String authority,
      @JsonProperty("memberId") String memberId,
      @JsonProperty("name") String name,
      @JsonProperty("externalId") String externalId,
      @JsonProperty("tier") String tier,
      @JsonProperty("asOf") String asOf,
      @JsonProperty("period") MembershipPeriod period,
      @JsonProperty("meetingsHeld") Integer meetingsHeld,
      @JsonProperty("meetingsAttended") List<AttendedMeeting> meetingsAttended,
      @JsonProperty("attendanceShare") BigDecimal attendanceShare,
      @JsonProperty("learningTime") String learningTime,
      @JsonProperty("creditedTime") String creditedTime,
      @JsonProperty("credits") BigDecimal credits,
      @JsonProperty("status") String status,
      @JsonProperty("competencies") List<PlanWire.CompetencyRef> competencies) {}

  /**
   * The wire form of {@link org.edcop.records.MembershipPeriod}.
   *
   * @param joinedOn the {@code joinedOn} property
   * @param leftOn the {@code leftOn} property
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"joinedOn", "leftOn"})
  public record MembershipPeriod(
      @JsonProperty("joinedOn") String joinedOn, @JsonProperty("leftOn") String leftOn) {}

  /**
   * The wire form of {@link org.edcop.records.AttendedMeeting}.
   *
   * @param meetingId the {@code meetingId} property
   * @param title the {@code title} property
   * @param date the {@code date} property
   * @param length the {@code length} property
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"meetingId", "title", "date", "length"})
  public record AttendedMeeting(
      @JsonProperty("meetingId") String meetingId,
      @JsonProperty("title") String title,
      @JsonProperty("date") String date,
      @JsonProperty("length") String length) {}
}
