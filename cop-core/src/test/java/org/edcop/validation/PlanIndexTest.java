package org.edcop.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.edcop.validation.Plans.member;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.Meeting;
import org.edcop.model.Member;
import org.edcop.model.MemberId;
import org.edcop.model.ParticipationTier;
import org.edcop.validation.internal.PlanIndex;
import org.junit.jupiter.api.Test;

/**
 * The plan index's member table (identity first, then by text) and its order of meetings by start,
 * compared with plain reference computations (#22).
 */
class PlanIndexTest {

  @Test
  void membersAreFoundByTheSameInstanceAndByAnEqualCopyFirstListingWins() {
    List<Member> roster =
        List.of(
            member("a", ParticipationTier.CORE),
            member("b", ParticipationTier.ACTIVE),
            member("a", ParticipationTier.PERIPHERAL));
    PlanIndex index = PlanIndex.of(withRoster(roster));

    assertThat(index.memberIndex(roster.get(0).getId())).isZero();
    assertThat(index.memberIndex(roster.get(2).getId())).isZero();
    assertThat(index.memberIndex(MemberId.of("a"))).isZero();
    assertThat(index.memberIndex(MemberId.of("b"))).isEqualTo(1);
    assertThat(index.memberIndex(MemberId.of("c"))).isEqualTo(-1);
    assertThat(index.resolves(MemberId.of("c"))).isFalse();
    assertThat(index.member(MemberId.of("a")).orElseThrow().getTier())
        .isEqualTo(ParticipationTier.CORE);
    assertThat(index.distinctMembers()).hasSize(2);
  }

  @Test
  void randomRostersAgreeWithAMapOfFirstListings() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int round = 0; round < 20; round++) {
      int size = random.nextInt(300);
      List<Member> roster = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        roster.add(member("m" + random.nextInt(size + 1), ParticipationTier.ACTIVE));
      }
      Map<String, Integer> first = new HashMap<>();
      for (int i = 0; i < size; i++) {
        first.putIfAbsent(roster.get(i).getId().getValue(), i);
      }
      PlanIndex index = PlanIndex.of(withRoster(roster));
      for (int probe = 0; probe < size + 20; probe++) {
        String value = "m" + random.nextInt(size + 2);
        MemberId id =
            probe < size && random.nextBoolean() ? roster.get(probe).getId() : MemberId.of(value);
        assertThat(index.memberIndex(id))
            .as("seed %d, round %d, id %s", seed, round, id.getValue())
            .isEqualTo(first.getOrDefault(id.getValue(), -1));
      }
    }
  }

  @Test
  void meetingsAreOrderedByInstantThenByListingAndThoseWithoutAStartAreLeftOut() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    CommunityOfPractice base = Plans.complete();
    Meeting template = base.getPractice().getMeetings().get(0);
    List<Meeting> meetings = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      Meeting meeting = Meeting.builder().from(template).id("x" + i).build();
      if (random.nextInt(10) == 0) {
        meeting = Meeting.builder().from(meeting).start(java.util.Optional.empty()).build();
      } else {
        OffsetDateTime at =
            LocalDate.of(2026, 9, 1)
                .atTime(random.nextInt(3) * 8, 0, 0, random.nextInt(2))
                .plusDays(random.nextInt(5))
                .atOffset(ZoneOffset.ofHours(random.nextInt(5) - 2));
        meeting = Meeting.builder().from(meeting).start(at).end(at.plusHours(1)).build();
      }
      meetings.add(meeting);
    }
    CommunityOfPractice plan = Plans.practice(base, p -> p.withMeetings(meetings));

    List<Integer> expected =
        IntStream.range(0, meetings.size())
            .filter(i -> meetings.get(i).getStart().isPresent())
            .boxed()
            .sorted(
                Comparator.<Integer, OffsetDateTime>comparing(
                        i -> meetings.get(i).getStart().orElseThrow(),
                        OffsetDateTime.timeLineOrder())
                    .thenComparing(Comparator.naturalOrder()))
            .collect(Collectors.toList());
    assertThat(PlanIndex.of(plan).meetingsByStart()).as("seed %d", seed).isEqualTo(expected);
  }

  private static CommunityOfPractice withRoster(List<Member> roster) {
    return Plans.membership(Plans.complete(), m -> m.withMembers(roster));
  }
}
