package org.edcop.records;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A district's rules for turning time in a community of practice into professional learning credit:
 * the attendance share that counts as completed, caps on credited hours per community and per year,
 * and the credit unit and its rounding. A policy is data: the JSON facades read it from a file
 * (schema {@code credit-policy.schema.json}) and reject a negative cap or a share above one with an
 * error naming the value. Builders accept any value; {@link #problems()} lists the values no
 * district can mean.
 *
 * @since 0.2.0
 */
@Value.Immutable
public interface CreditPolicy {

  /**
   * The share of the meetings held during a member's period that they must attend to complete,
   * between 0 and 1; e.g. 0.75 for three meetings out of four.
   *
   * @return the minimum share; 0.75 unless set
   */
  @Value.Default
  default BigDecimal getMinimumAttendanceShare() {
    return new BigDecimal("0.75");
  }

  /**
   * The most hours credited for one community, whatever its length.
   *
   * @return the cap, if the district has one
   */
  Optional<BigDecimal> getMaxHoursPerCommunity();

  /**
   * The most hours credited per year (starting in {@link #getYearStartMonth()}) for one community.
   *
   * @return the cap, if the district has one
   */
  Optional<BigDecimal> getMaxHoursPerYear();

  /**
   * The month (1 to 12) the district's year starts in, for the yearly cap.
   *
   * @return the month; 7 (July, the school year) unless set
   */
  @Value.Default
  default int getYearStartMonth() {
    return 7;
  }

  /**
   * How many hours of learning make one credit (1 when the district credits hours).
   *
   * @return the hours per credit; 1 unless set
   */
  @Value.Default
  default BigDecimal getHoursPerCredit() {
    return BigDecimal.ONE;
  }

  /**
   * The district's unit: credit is granted in whole multiples of it, e.g. 0.25 credit.
   *
   * @return the increment; 0.25 unless set
   */
  @Value.Default
  default BigDecimal getCreditIncrement() {
    return new BigDecimal("0.25");
  }

  /**
   * How credit is rounded to the increment.
   *
   * @return the rounding; down unless set
   */
  @Value.Default
  default CreditRounding getRounding() {
    return CreditRounding.DOWN;
  }

  /**
   * The values no district can mean, in property order, empty for a usable policy: a share outside
   * 0..1, a negative cap, a month outside 1..12, hours per credit or an increment that is not
   * positive. The JSON readers report the first one as a typed error at its property; {@link
   * LearningRecords} refuses a policy that has one.
   *
   * @return the problems
   */
  default List<Problem> problems() {
    List<Problem> problems = new ArrayList<>();
    BigDecimal share = getMinimumAttendanceShare();
    if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
      problems.add(
          new Problem(
              "minimumAttendanceShare",
              "the share " + share.toPlainString() + " is not between 0 and 1"));
    }
    getMaxHoursPerCommunity()
        .filter(cap -> cap.signum() < 0)
        .ifPresent(
            cap ->
                problems.add(
                    new Problem(
                        "maxHoursPerCommunity",
                        "the cap " + cap.toPlainString() + " hours is negative")));
    getMaxHoursPerYear()
        .filter(cap -> cap.signum() < 0)
        .ifPresent(
            cap ->
                problems.add(
                    new Problem(
                        "maxHoursPerYear",
                        "the cap " + cap.toPlainString() + " hours is negative")));
    if (getYearStartMonth() < 1 || getYearStartMonth() > 12) {
      problems.add(
          new Problem(
              "yearStartMonth", "the month " + getYearStartMonth() + " is not between 1 and 12"));
    }
    if (getHoursPerCredit().signum() <= 0) {
      problems.add(
          new Problem(
              "hoursPerCredit",
              "the value " + getHoursPerCredit().toPlainString() + " must be more than 0"));
    }
    if (getCreditIncrement().signum() <= 0) {
      problems.add(
          new Problem(
              "creditIncrement",
              "the value " + getCreditIncrement().toPlainString() + " must be more than 0"));
    }
    return List.copyOf(problems);
  }

  /**
   * One value of a policy that no district can mean.
   *
   * @param property the property's name (Java and JSON), e.g. {@code maxHoursPerCommunity}
   * @param detail what is wrong, naming the value
   * @since 0.2.0
   */
  record Problem(String property, String detail) {
    @Override
    public String toString() {
      return property + ": " + detail;
    }
  }

  /**
   * The policy with every default: 75 % attendance, no caps, hours as credit in quarters, rounded
   * down, years from July.
   *
   * @return the default policy
   */
  static CreditPolicy defaults() {
    return builder().build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableCreditPolicy.Builder builder() {
    return ImmutableCreditPolicy.builder();
  }
}
