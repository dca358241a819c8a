package org.edcop.records;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.edcop.model.CompetencyRef;

/**
 * The columns of the CSV export, in order. Their names are stable: a new version may add columns at
 * the end but never renames, reorders or removes one. docs/records.md lists them; a test keeps that
 * table equal to this enum.
 *
 * @since 0.2.0
 */
public enum LearningRecordColumn {
  /** The plan's id. */
  COMMUNITY_ID("community_id", "the plan's id", LearningRecord::getCommunityId),
  /** The plan's name. */
  COMMUNITY_NAME("community_name", "the plan's name", LearningRecord::getCommunityName),
  /** The school authority. */
  AUTHORITY("authority", "the school authority running the community", r -> r.getAuthority()),
  /** The member's id in the plan. */
  MEMBER_ID("member_id", "the member's id in the plan", r -> r.getMemberId().getValue()),
  /** The member's HR id. */
  EXTERNAL_ID(
      "external_id",
      "the member's id in the HR or learning-management system; empty when not linked",
      r -> r.getExternalId().orElse("")),
  /** The member's name. */
  NAME("name", "the member's name as the plan records it", LearningRecord::getName),
  /** The participation tier. */
  TIER("tier", "the participation tier code, e.g. `active`", r -> r.getTier().code()),
  /** The as-of day. */
  AS_OF("as_of", "the day the record is computed for (ISO 8601)", r -> r.getAsOf().toString()),
  /** First day of membership. */
  JOINED_ON(
      "joined_on",
      "the first day of membership (ISO 8601); empty when from the start",
      r -> r.getPeriod().getJoinedOn().map(Object::toString).orElse("")),
  /** Last day of membership. */
  LEFT_ON(
      "left_on",
      "the last day of membership (ISO 8601); empty while a member",
      r -> r.getPeriod().getLeftOn().map(Object::toString).orElse("")),
  /** Meetings counted. */
  MEETINGS_HELD(
      "meetings_held",
      "meetings held by the as-of day within the member's period, plus any attended outside it",
      r -> Integer.toString(r.getMeetingsHeld())),
  /** Meetings attended. */
  MEETINGS_ATTENDED(
      "meetings_attended",
      "of those, the meetings the member attended",
      r -> Integer.toString(r.getMeetingsAttended().size())),
  /** Attendance share. */
  ATTENDANCE_SHARE(
      "attendance_share",
      "attended / held, 4 decimal places; empty when no meeting was held",
      r -> r.getAttendanceShare().map(BigDecimal::toPlainString).orElse("")),
  /** Learning hours. */
  LEARNING_HOURS(
      "learning_hours",
      "total length of the attended meetings in hours, 2 decimal places (half up)",
      r -> hours(r.getLearningTime())),
  /** Credited hours. */
  CREDITED_HOURS(
      "credited_hours",
      "the hours the policy credits after its caps, before rounding; 0.00 unless completed",
      r -> hours(r.getCreditedTime())),
  /** Credit. */
  CREDITS(
      "credits",
      "the credit granted: credited hours / hours per credit, rounded to the increment",
      r -> r.getCredits().toPlainString()),
  /** Completion status. */
  STATUS("status", "`completed`, `in-progress` or `not-completed`", r -> r.getStatus().code()),
  /** Competencies. */
  COMPETENCIES(
      "competencies",
      "competencies reflected on, as `framework:competency`, separated by `;`",
      r ->
          r.getCompetencies().stream()
              .map(LearningRecordColumn::competency)
              .collect(Collectors.joining(";")));

  private final String header;
  private final String description;
  private final Function<LearningRecord, String> value;

  LearningRecordColumn(String header, String description, Function<LearningRecord, String> value) {
    this.header = header;
    this.description = description;
    this.value = value;
  }

  /**
   * The column's name in the header row.
   *
   * @return e.g. {@code credited_hours}
   */
  public String header() {
    return header;
  }

  /**
   * What the column holds, as documented (Markdown).
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * The column's text for one record.
   *
   * @param record the record
   * @return the cell text, never null
   */
  public String valueOf(LearningRecord record) {
    return value.apply(record);
  }

  private static String hours(Duration time) {
    return BigDecimal.valueOf(time.getSeconds())
        .divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP)
        .toPlainString();
  }

  private static String competency(CompetencyRef ref) {
    return ref.getFrameworkId() + ":" + ref.getCompetencyId();
  }
}
