package org.edcop.records;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.CompetencyRef;
import org.edcop.model.Meeting;
import org.edcop.model.Member;
import org.edcop.model.Reflection;

/**
 * Computes learning records from a plan as of a day under a credit policy; see docs/records.md for
 * the arithmetic. Configure once and reuse: instances are immutable and thread-safe.
 *
 * <pre>{@code
 * List<LearningRecord> records =
 *     LearningRecords.builder().policy(policy).asOf(LocalDate.of(2026, 6, 30)).build().of(plan);
 * }</pre>
 *
 * <p>Only roster members count: transactional participants (who contribute but are not members) get
 * no record, nor do ids in the attendance that resolve to nobody. Meetings without both a start and
 * an end have no length and are left out.
 *
 * @since 0.2.0
 */
public final class LearningRecords {

  private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

  private final CreditPolicy policy;
  private final LocalDate asOf;
  private final boolean includePrivateReflections;
  private final Function<Member, MembershipPeriod> periods;

  private LearningRecords(Builder builder) {
    this.policy = builder.policy;
    this.asOf = Objects.requireNonNull(builder.asOf, "asOf");
    this.includePrivateReflections = builder.includePrivateReflections;
    this.periods = builder.periods;
    List<CreditPolicy.Problem> problems = policy.problems();
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("the credit policy is not usable: " + problems.get(0));
    }
  }

  /**
   * Starts a configuration: the default policy, private reflections left out, membership periods
   * from {@link MembershipPeriod#fromMember}; the as-of day must be set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The records of one plan, one per roster member who counts as a member, in roster order.
   *
   * @param plan the plan
   * @return the records
   */
  public List<LearningRecord> of(CommunityOfPractice plan) {
    ZoneId zone = plan.getTimeZone();
    List<Meeting> meetings = new ArrayList<>();
    for (Meeting meeting : plan.getPractice().meetingsInTimeOrder()) {
      // a meeting whose attendance nobody recorded tells nothing about anyone: left out
      if (meeting.length().isPresent() && !meeting.getAttendance().isEmpty()) {
        meetings.add(meeting);
      }
    }
    List<LearningRecord> records = new ArrayList<>();
    for (Member member : plan.getCommunity().getMembership().getMembers()) {
      if (member.countsAsMember()) {
        records.add(record(plan, zone, meetings, member));
      }
    }
    return List.copyOf(records);
  }

  private LearningRecord record(
      CommunityOfPractice plan, ZoneId zone, List<Meeting> meetings, Member member) {
    MembershipPeriod period = Objects.requireNonNull(periods.apply(member), "membership period");
    int held = 0;
    boolean toCome = false;
    List<AttendedMeeting> attended = new ArrayList<>();
    Duration learning = Duration.ZERO;
    for (Meeting meeting : meetings) {
      LocalDate day = meeting.getStart().get().atZoneSameInstant(zone).toLocalDate();
      LocalDate ended = meeting.getEnd().get().atZoneSameInstant(zone).toLocalDate();
      boolean there = meeting.getAttendance().contains(member.getId());
      boolean inPeriod = period.contains(day);
      if (ended.isAfter(asOf)) {
        toCome |= inPeriod;
        continue;
      }
      if (!inPeriod && !there) {
        continue;
      }
      held++;
      if (there) {
        Duration length = meeting.length().get();
        learning = learning.plus(length);
        attended.add(
            AttendedMeeting.builder()
                .meetingId(meeting.getId())
                .title(meeting.getTitle())
                .date(day)
                .length(length)
                .build());
      }
    }
    CompletionStatus status;
    if (toCome) {
      status = CompletionStatus.IN_PROGRESS;
    } else if (!attended.isEmpty()
        && policy
                .getMinimumAttendanceShare()
                .multiply(BigDecimal.valueOf(held))
                .compareTo(BigDecimal.valueOf(attended.size()))
            <= 0) {
      status = CompletionStatus.COMPLETED;
    } else {
      status = CompletionStatus.NOT_COMPLETED;
    }
    Duration credited = status == CompletionStatus.COMPLETED ? credited(attended) : Duration.ZERO;
    Optional<BigDecimal> share =
        held == 0
            ? Optional.empty()
            : Optional.of(
                BigDecimal.valueOf(attended.size())
                    .divide(BigDecimal.valueOf(held), 4, RoundingMode.HALF_UP));
    return LearningRecord.builder()
        .communityId(plan.getId())
        .communityName(plan.getName())
        .authority(plan.getAuthority())
        .memberId(member.getId())
        .name(member.getPerson().getName())
        .externalId(member.getPerson().getExternalId())
        .tier(member.getTier())
        .asOf(asOf)
        .period(period)
        .meetingsHeld(held)
        .meetingsAttended(attended)
        .attendanceShare(share)
        .learningTime(learning)
        .creditedTime(credited)
        .credits(credits(credited))
        .status(status)
        .competencies(competencies(plan, member))
        .build();
  }

  /** The attended time the caps let through, meeting by meeting in time order. */
  private Duration credited(List<AttendedMeeting> attended) {
    Optional<Duration> communityCap = policy.getMaxHoursPerCommunity().map(LearningRecords::hours);
    Optional<Duration> yearCap = policy.getMaxHoursPerYear().map(LearningRecords::hours);
    Duration total = Duration.ZERO;
    Map<Integer, Duration> byYear = new HashMap<>();
    for (AttendedMeeting meeting : attended) {
      Duration allowed = meeting.getLength();
      if (communityCap.isPresent()) {
        allowed = min(allowed, communityCap.get().minus(total));
      }
      int year = schoolYear(meeting.getDate());
      Duration inYear = byYear.getOrDefault(year, Duration.ZERO);
      if (yearCap.isPresent()) {
        allowed = min(allowed, yearCap.get().minus(inYear));
      }
      total = total.plus(allowed);
      byYear.put(year, inYear.plus(allowed));
    }
    return total;
  }

  /**
   * The year a day counts in: the calendar year in which its district year started.
   *
   * @param day a day
   * @return e.g. 2025 for 2026-03-10 when years start in July
   */
  int schoolYear(LocalDate day) {
    return day.minusMonths(policy.getYearStartMonth() - 1L).getYear();
  }

  /** Credit for a credited time: a whole number of increments, rounded as the policy says. */
  private BigDecimal credits(Duration credited) {
    BigDecimal seconds = BigDecimal.valueOf(credited.getSeconds());
    BigDecimal perIncrement =
        policy.getHoursPerCredit().multiply(policy.getCreditIncrement()).multiply(SECONDS_PER_HOUR);
    BigDecimal increments = seconds.divide(perIncrement, 0, policy.getRounding().roundingMode());
    BigDecimal increment = policy.getCreditIncrement();
    return increments
        .multiply(increment)
        .setScale(Math.max(0, increment.stripTrailingZeros().scale()), RoundingMode.UNNECESSARY);
  }

  private List<CompetencyRef> competencies(CommunityOfPractice plan, Member member) {
    Set<CompetencyRef> cited = new LinkedHashSet<>();
    for (Reflection reflection : plan.getPractice().getReflections()) {
      if (reflection.getMemberId().equals(member.getId())
          && (includePrivateReflections || !reflection.isPrivateToAuthor())) {
        for (CompetencyRef ref : reflection.getCompetencies()) {
          cited.add(CompetencyRef.of(ref.getFrameworkId(), ref.getCompetencyId()));
        }
      }
    }
    return List.copyOf(cited);
  }

  private static Duration hours(BigDecimal hours) {
    return Duration.ofSeconds(
        hours.multiply(SECONDS_PER_HOUR).setScale(0, RoundingMode.DOWN).longValueExact());
  }

  private static Duration min(Duration a, Duration b) {
    Duration smaller = a.compareTo(b) <= 0 ? a : b;
    return smaller.isNegative() ? Duration.ZERO : smaller;
  }

  /**
   * Configures {@link LearningRecords}.
   *
   * @since 0.2.0
   */
  public static final class Builder {
    private CreditPolicy policy = CreditPolicy.defaults();
    private LocalDate asOf;
    private boolean includePrivateReflections;
    private Function<Member, MembershipPeriod> periods = MembershipPeriod::fromMember;

    private Builder() {}

    /**
     * The district's credit policy.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder policy(CreditPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * The day the records are for: meetings that end after it have not been held.
     *
     * @param asOf the day
     * @return this builder
     */
    public Builder asOf(LocalDate asOf) {
      this.asOf = Objects.requireNonNull(asOf, "asOf");
      return this;
    }

    /**
     * Whether competencies cited only in reflections their authors keep private count (the default
     * is no).
     *
     * @param include {@code true} to count them
     * @return this builder
     */
    public Builder includePrivateReflections(boolean include) {
      this.includePrivateReflections = include;
      return this;
    }

    /**
     * Where the membership period of a member comes from (the default reads tier history).
     *
     * @param periods the period of each roster entry
     * @return this builder
     */
    public Builder membershipPeriods(Function<Member, MembershipPeriod> periods) {
      this.periods = Objects.requireNonNull(periods, "periods");
      return this;
    }

    /**
     * Builds the calculator.
     *
     * @return the calculator
     * @throws NullPointerException if the as-of day is not set
     * @throws IllegalArgumentException naming the first problem of an unusable policy
     */
    public LearningRecords build() {
      return new LearningRecords(this);
    }
  }
}
