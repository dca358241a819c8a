package org.edcop.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.edcop.model.Cadence;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.Meeting;
import org.edcop.model.MemberId;
import org.junit.jupiter.api.Test;

/** Merging keeps what the plan has and adds only what is new. */
class MergeTest {

  private static final LocalDate FROM = LocalDate.of(2026, 9, 1);
  private static final LocalDate UNTIL = LocalDate.of(2026, 12, 31);

  private final CommunityOfPractice base =
      Plans.plan(Cadence.monthlyOn(2, DayOfWeek.TUESDAY), "America/Edmonton", FROM);

  private final List<Meeting> generated =
      Schedules.expand(base, FROM, UNTIL, ScheduleOptions.defaults()).getMeetings();

  @Test
  void existingMeetingsMatchedByIdOrByDayKeepTheirTopicsAndAttendance() {
    Meeting sameId =
        Meeting.builder()
            .id("meeting-2026-10-13")
            .start(OffsetDateTime.parse("2026-10-14T09:00:00-06:00"))
            .end(OffsetDateTime.parse("2026-10-14T10:30:00-06:00"))
            .addTopic("Moved by the convener")
            .addAttendance(MemberId.of("m1"))
            .build();
    Meeting sameDay =
        Meeting.builder()
            .id("kickoff")
            .start(OffsetDateTime.parse("2026-09-08T16:00:00-06:00"))
            .end(OffsetDateTime.parse("2026-09-08T17:30:00-06:00"))
            .addTopic("Welcome")
            .build();
    Meeting untimed = Meeting.builder().id("to-be-decided").addTopic("Celebration").build();
    CommunityOfPractice plan = Plans.withMeetings(base, List.of(untimed, sameId, sameDay));

    MergeResult result = Schedules.merge(plan, generated);

    assertThat(result.getMatched())
        .extracting(Meeting::getId)
        .containsExactly("meeting-2026-09-08", "meeting-2026-10-13");
    assertThat(result.getAdded())
        .extracting(Meeting::getId)
        .containsExactly("meeting-2026-11-10", "meeting-2026-12-08");
    List<Meeting> merged = result.getPlan().getPractice().getMeetings();
    assertThat(merged)
        .extracting(Meeting::getId)
        .containsExactly(
            "kickoff",
            "meeting-2026-10-13",
            "meeting-2026-11-10",
            "meeting-2026-12-08",
            "to-be-decided");
    assertThat(merged).contains(sameId, sameDay, untimed);
    // everything but the meetings is the plan as it was
    assertThat(Plans.withMeetings(result.getPlan(), List.of()))
        .isEqualTo(Plans.withMeetings(plan, List.of()));
  }

  @Test
  void mergingTwiceAddsNothingTheSecondTime() {
    MergeResult first = Schedules.merge(Plans.withMeetings(base, List.of()), generated);
    MergeResult second = Schedules.merge(first.getPlan(), generated);
    assertThat(first.getAdded()).hasSize(generated.size());
    assertThat(second.getAdded()).isEmpty();
    assertThat(second.getPlan()).isEqualTo(first.getPlan());
  }
}
