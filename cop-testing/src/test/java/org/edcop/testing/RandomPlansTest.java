package org.edcop.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.Meeting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RandomPlansTest {

  static LongStream seeds() {
    return RandomPlans.seeds(150);
  }

  static Stream<Arguments> mistakesAndSeeds() {
    return Stream.of(Mistake.values())
        .flatMap(m -> RandomPlans.seeds(12).mapToObj(seed -> Arguments.of(m, seed)));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void sameSeedGivesEqualPlanAndIntegrityHolds(long seed) {
    CommunityOfPractice plan = RandomPlans.generate(seed);
    assertThat(RandomPlans.generate(seed)).isEqualTo(plan).hasSameHashCodeAs(plan);
    assertThat(RandomPlans.generate(seed + 1)).isNotEqualTo(plan);
    assertThat(IntegrityFacts.of(plan)).isEmpty();
    assertThat(RandomPlans.generate(seed, Set.of())).isEqualTo(plan);
    assertThat(plan.getCommunity().getMembership().getMembers()).hasSizeLessThanOrEqualTo(40);
    assertThat(plan.getPractice().getMeetings()).hasSizeLessThanOrEqualTo(30);
  }

  @ParameterizedTest(name = "{0}, seed {1}")
  @MethodSource("mistakesAndSeeds")
  void eachMistakeIsPlantedAlone(Mistake mistake, long seed) {
    CommunityOfPractice plan = RandomPlans.generate(seed, EnumSet.of(mistake));
    assertThat(IntegrityFacts.of(plan)).containsExactly(mistake);
    assertThat(RandomPlans.generate(seed, EnumSet.of(mistake))).isEqualTo(plan);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void allMistakesTogether(long seed) {
    assertThat(IntegrityFacts.of(RandomPlans.generate(seed, EnumSet.allOf(Mistake.class))))
        .containsExactlyInAnyOrder(Mistake.values());
  }

  @Test
  void plantingIntoAnEmptyPlanAddsWhatItNeeds() {
    long emptySeed =
        RandomPlans.seeds(2000)
            .filter(
                s -> {
                  CommunityOfPractice p = RandomPlans.generate(s);
                  return p.getCommunity().getMembership().getMembers().isEmpty()
                      && p.getPractice().getMeetings().isEmpty();
                })
            .findFirst()
            .orElseThrow();
    CommunityOfPractice plan = RandomPlans.generate(emptySeed, EnumSet.allOf(Mistake.class));
    assertThat(IntegrityFacts.of(plan)).containsExactlyInAnyOrder(Mistake.values());
  }

  @Test
  void generatedPlansVaryInShapeTextAndOffsets() {
    Set<Integer> memberCounts = new HashSet<>();
    Set<Integer> meetingCounts = new HashSet<>();
    Set<ZoneOffset> offsets = new HashSet<>();
    Set<String> unknownValues = new HashSet<>();
    boolean awkward = false;
    boolean longText = false;
    boolean emptyDomain = false;
    boolean outOfOrder = false;
    for (long seed : RandomPlans.seeds(300).toArray()) {
      CommunityOfPractice plan = RandomPlans.generate(seed);
      memberCounts.add(plan.getCommunity().getMembership().getMembers().size());
      meetingCounts.add(plan.getPractice().getMeetings().size());
      for (Meeting meeting : plan.getPractice().getMeetings()) {
        meeting.getStart().map(OffsetDateTime::getOffset).ifPresent(offsets::add);
        unknownValues.addAll(meeting.getUnknownProperties().values());
      }
      unknownValues.addAll(plan.getUnknownProperties().values());
      String text = plan.toString();
      awkward |= text.contains("${1+1}") || text.contains("🎓") || text.contains("{x}");
      longText |= text.length() > 5000 && text.contains("long long long");
      emptyDomain |= plan.getDomain().equals(org.edcop.model.Domain.builder().build());
      outOfOrder |=
          !plan.getPractice().meetingsInTimeOrder().equals(plan.getPractice().getMeetings());
    }
    assertThat(memberCounts).contains(0).anyMatch(n -> n >= 35);
    assertThat(meetingCounts).contains(0).anyMatch(n -> n >= 25);
    assertThat(offsets).contains(ZoneOffset.UTC, ZoneOffset.of("+05:30")).hasSizeGreaterThan(5);
    assertThat(unknownValues).contains("{\"a\":[1,2.50,\"x\"]}", "\"text\"", "true", "12");
    assertThat(awkward).isTrue();
    assertThat(longText).isTrue();
    assertThat(emptyDomain).isTrue();
    assertThat(outOfOrder).isTrue();
  }

  @Test
  void seedsAreDeterministic() {
    assertThat(RandomPlans.seeds(20).toArray()).isEqualTo(RandomPlans.seeds(20).toArray());
    assertThat(RandomPlans.seeds(20).distinct().count()).isEqualTo(20);
    assertThat(RandomPlans.seeds(0).count()).isZero();
    assertThatThrownBy(() -> RandomPlans.seeds(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "{0} members, {1} meetings")
  @MethodSource("sizes")
  void ofSizeHasExactCountsAndCleanTiming(int members, int meetings) {
    CommunityOfPractice plan = RandomPlans.ofSize(42L, members, meetings);
    assertThat(plan.getCommunity().getMembership().getMembers()).hasSize(members);
    assertThat(plan.getPractice().getMeetings()).hasSize(meetings);
    assertThat(RandomPlans.ofSize(42L, members, meetings)).isEqualTo(plan);
    assertThat(IntegrityFacts.of(plan)).isEmpty();
    List<Meeting> list = plan.getPractice().getMeetings();
    for (int i = 1; i < list.size(); i++) {
      assertThat(list.get(i).getStart().orElseThrow())
          .isAfter(list.get(i - 1).getEnd().orElseThrow());
    }
    if (members >= 10 && meetings >= 1) {
      assertThat(LaunchChecklist.problems(plan)).isEmpty();
    }
  }

  static Stream<Arguments> sizes() {
    return Stream.of(
        Arguments.of(0, 0),
        Arguments.of(1, 1),
        Arguments.of(10, 10),
        Arguments.of(100, 100),
        Arguments.of(1000, 1000),
        Arguments.of(100, 0),
        Arguments.of(0, 50));
  }

  @Test
  void ofSizeTenThousandHasTheRequestedSize() {
    // how fast it is, is measured by cop-benchmarks (JMH), not asserted here
    CommunityOfPractice plan = RandomPlans.ofSize(7L, 10_000, 10_000);
    assertThat(plan.getCommunity().getMembership().getMembers()).hasSize(10_000);
    assertThat(plan.getPractice().getMeetings()).hasSize(10_000);
  }

  @Test
  void ofSizeRejectsNegativeCounts() {
    assertThatThrownBy(() -> RandomPlans.ofSize(1L, -1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("members=-1");
  }
}
