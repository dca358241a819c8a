package org.edcop.running;

import static org.assertj.core.api.Assertions.assertThat;
import static org.edcop.running.ParticipationTest.day;
import static org.edcop.running.ParticipationTest.meeting;
import static org.edcop.running.ParticipationTest.member;
import static org.edcop.running.ParticipationTest.plan;

import java.util.ArrayList;
import java.util.List;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.Meeting;
import org.edcop.model.MemberId;
import org.edcop.model.ParticipationTier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tier drift at and around its thresholds. */
class TierDriftTest {

  /**
   * A plan of {@code held} meetings in which the member {@code x} of the given tier attends the
   * last {@code attended} (the core member {@code k} attends all).
   */
  static CommunityOfPractice plan(ParticipationTier tier, int held, int attended) {
    List<Meeting> meetings = new ArrayList<>();
    for (int n = 0; n < held; n++) {
      meetings.add(n >= held - attended ? meeting(n, "k", "x") : meeting(n, "k"));
    }
    return ParticipationTest.plan(
        List.of(member("k", ParticipationTier.CORE), member("x", tier)), meetings);
  }

  static String drift(CommunityOfPractice plan, int held, ParticipationThresholds thresholds) {
    List<SuggestedTierChange> drift =
        Participation.of(plan, day(held - 1), thresholds).tierDrift().stream()
            .filter(s -> s.member().equals(MemberId.of("x")))
            .toList();
    return drift.isEmpty() ? "none" : drift.get(0).to().code();
  }

  @ParameterizedTest(name = "{0}: attended {2} of {1} -> {3}")
  @CsvSource({
    // default window 4, shares 0.75, minimum 3
    "CORE, 4, 1, active", // missed 3 of 4 = 0.75: at the threshold
    "CORE, 4, 2, none", // missed 2 of 4 = 0.5
    "CORE, 8, 1, active", // window is the last 4: missed 3
    "ACTIVE, 4, 0, occasional",
    "ACTIVE, 4, 2, none",
    "ACTIVE, 3, 0, occasional", // three meetings: the minimum
    "ACTIVE, 2, 0, none", // below the minimum
    "OCCASIONAL, 4, 3, active", // attended 3 of 4 = 0.75
    "OCCASIONAL, 4, 2, none",
    "PERIPHERAL, 4, 4, active",
    "PERIPHERAL, 3, 2, none", // 2 of 3 = 0.67 < 0.75
    "PERIPHERAL, 3, 3, active",
    "TRANSACTIONAL, 4, 4, none",
    "CORE, 4, 4, none",
  })
  void defaults(ParticipationTier tier, int held, int attended, String expected) {
    assertThat(drift(plan(tier, held, attended), held, ParticipationThresholds.defaults()))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "absence share {0}: missed 2 of 4 -> {1}")
  @CsvSource({"0.5, active", "0.51, none", "0.49, active"})
  void theAbsenceShareBoundary(double share, String expected) {
    ParticipationThresholds thresholds =
        ParticipationThresholds.builder().driftAbsenceShare(share).build();
    assertThat(drift(plan(ParticipationTier.CORE, 4, 2), 4, thresholds)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "attendance share {0}: attended 2 of 4 -> {1}")
  @CsvSource({"0.5, active", "0.51, none"})
  void theAttendanceShareBoundary(double share, String expected) {
    ParticipationThresholds thresholds =
        ParticipationThresholds.builder().driftAttendanceShare(share).build();
    assertThat(drift(plan(ParticipationTier.OCCASIONAL, 4, 2), 4, thresholds)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "minimum {0} with 2 meetings -> {1}")
  @CsvSource({"2, occasional", "3, none"})
  void theMinimumMeetingsBoundary(int minimum, String expected) {
    ParticipationThresholds thresholds =
        ParticipationThresholds.builder().driftMinimumMeetings(minimum).build();
    assertThat(drift(plan(ParticipationTier.ACTIVE, 2, 0), 2, thresholds)).isEqualTo(expected);
  }
}
