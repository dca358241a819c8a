package org.edcop.records;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.edcop.model.CompetencyRef;
import org.edcop.model.MemberId;
import org.edcop.model.ParticipationTier;
import org.immutables.value.Value;

/**
 * One member's professional learning in one community as of a date: the meetings they attended,
 * their learning time, the credit a district policy grants for it, the competencies they reflected
 * on and whether they completed. The person's name and HR id are redacted from {@code toString()}.
 *
 * @since 0.2.0
 */
@Value.Immutable
public interface LearningRecord {

  /**
   * The plan's id.
   *
   * @return the community id
   */
  String getCommunityId();

  /**
   * The plan's name.
   *
   * @return the community name
   */
  String getCommunityName();

  /**
   * The school authority running the community.
   *
   * @return the authority
   */
  String getAuthority();

  /**
   * The member's id in the plan.
   *
   * @return the member id
   */
  MemberId getMemberId();

  /**
   * The member's name.
   *
   * @return the name
   */
  @Value.Redacted
  String getName();

  /**
   * The member's id in the district's HR or learning-management system.
   *
   * @return the external id, if linked
   */
  @Value.Redacted
  Optional<String> getExternalId();

  /**
   * The member's participation tier.
   *
   * @return the tier
   */
  ParticipationTier getTier();

  /**
   * The day the record is computed for: meetings that ended after it are not held yet.
   *
   * @return the day
   */
  LocalDate getAsOf();

  /**
   * The member's period of membership.
   *
   * @return the period
   */
  MembershipPeriod getPeriod();

  /**
   * The meetings held by the as-of day that count for this member: those within their period, and
   * any they attended outside it.
   *
   * @return the number of meetings
   */
  int getMeetingsHeld();

  /**
   * The meetings held by the as-of day that the member attended, in time order.
   *
   * @return the attended meetings
   */
  List<AttendedMeeting> getMeetingsAttended();

  /**
   * The share of counted meetings attended, exact to 4 decimal places (rounded half up).
   *
   * @return the share, empty when no meeting counts yet
   */
  Optional<BigDecimal> getAttendanceShare();

  /**
   * The total length of the attended meetings.
   *
   * @return the learning time
   */
  Duration getLearningTime();

  /**
   * The learning time that the policy credits, after its caps and before rounding: zero unless
   * completed.
   *
   * @return the credited time
   */
  Duration getCreditedTime();

  /**
   * The credit granted, a whole multiple of the policy's increment.
   *
   * @return the credit
   */
  BigDecimal getCredits();

  /**
   * Whether the member completed.
   *
   * @return the status
   */
  CompletionStatus getStatus();

  /**
   * The competencies the member cited in their reflections, distinct, in the order first cited
   * (private reflections count only when the caller asks for them).
   *
   * @return the competency references
   */
  List<CompetencyRef> getCompetencies();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableLearningRecord.Builder builder() {
    return ImmutableLearningRecord.builder();
  }
}
