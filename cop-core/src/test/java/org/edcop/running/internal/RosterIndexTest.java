package org.edcop.running.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.edcop.model.Member;
import org.edcop.model.MemberId;
import org.edcop.model.ParticipationTier;
import org.edcop.model.Person;
import org.edcop.model.internal.MemberIdHints;
import org.junit.jupiter.api.Test;

class RosterIndexTest {

  private static Member member(String id) {
    return member(MemberId.of(id));
  }

  private static Member member(MemberId id) {
    return Member.builder()
        .id(id)
        .person(Person.of("Member " + id.getValue()))
        .tier(ParticipationTier.ACTIVE)
        .build();
  }

  private static RosterIndex index(List<Member> roster) {
    return fill(new RosterIndex(roster), roster);
  }

  private static RosterIndex fill(RosterIndex index, List<Member> roster) {
    for (int i = 0; i < roster.size(); i++) {
      index.putIfAbsent(roster.get(i).getId(), i);
    }
    return index;
  }

  @Test
  void findsTheFirstPositionByInstanceAndByText() {
    List<Member> roster = List.of(member("a"), member("b"), member("a"), member("c"));
    RosterIndex index = index(roster);

    assertThat(index.get(roster.get(1).getId())).isEqualTo(1);
    // the second "a" is the same text: the first listing wins, for either instance
    assertThat(index.get(roster.get(2).getId())).isZero();
    assertThat(index.get(MemberId.of("a"))).isZero();
    assertThat(index.get(MemberId.of("c"))).isEqualTo(3);
    assertThat(index.contains(MemberId.of("b"))).isTrue();
    assertThat(index.get(MemberId.of("z"))).isEqualTo(-1);
    assertThat(index.contains(MemberId.of("z"))).isFalse();
  }

  @Test
  void idsThatShareOneHashCodeAreAllFoundByText() {
    // "Aa" and "BB" share a hash code, so all 4,096 texts of 12 such blocks share one: past 64
    // probes the index moves its look-ups by text to a map
    List<Member> roster = new ArrayList<>();
    for (int bits = 0; bits < 4_096; bits++) {
      StringBuilder text = new StringBuilder();
      for (int block = 0; block < 12; block++) {
        text.append((bits >> block & 1) == 0 ? "Aa" : "BB");
      }
      roster.add(member(text.toString()));
    }
    roster.add(member(roster.get(7).getId().getValue()));
    RosterIndex index = index(roster);

    for (int i = 0; i < 4_096; i++) {
      String text = roster.get(i).getId().getValue();
      assertThat(index.get(roster.get(i).getId())).isEqualTo(i);
      // an equal id that is not the roster's instance (a plan built in code)
      assertThat(index.get(MemberId.of(new String(text.toCharArray())))).isEqualTo(i);
    }
    assertThat(index.get(roster.get(4_096).getId())).isEqualTo(7);
    assertThat(index.contains(MemberId.of("AaAaAaAaAaAaAaAaAaAaAaAz"))).isFalse();
  }

  @Test
  void seededRandomRostersAgreeWithTheFirstPositionsByText() {
    long seed = new Random().nextLong();
    System.out.println("RosterIndexTest seed: " + seed);
    Random random = new Random(seed);
    for (int round = 0; round < 200; round++) {
      int size = random.nextInt(300);
      List<Member> roster = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        int pick = random.nextInt(10);
        if (pick == 0 && !roster.isEmpty()) {
          // the same instance listed again
          Member earlier = roster.get(random.nextInt(roster.size()));
          roster.add(member(earlier.getId()));
        } else if (pick == 1 && !roster.isEmpty()) {
          // an equal id, another instance
          roster.add(member(roster.get(random.nextInt(roster.size())).getId().getValue()));
        } else {
          roster.add(member("m" + random.nextInt(2 * size + 1)));
        }
      }
      Map<String, Integer> expected = new HashMap<>();
      for (int i = 0; i < size; i++) {
        expected.putIfAbsent(roster.get(i).getId().getValue(), i);
      }
      // one index with memos, one without, and one made after the first over the same ids (whose
      // memos then replace the first one's): all three give the first positions by text
      RosterIndex first = index(roster);
      RosterIndex plain = fill(new RosterIndex(roster, MemberIdHints.NONE), roster);
      RosterIndex later = random.nextBoolean() ? index(roster) : first;
      for (RosterIndex index : List.of(first, plain, later)) {
        for (int i = 0; i < size; i++) {
          MemberId id = roster.get(i).getId();
          int position = expected.get(id.getValue());
          assertThat(index.get(id))
              .as("seed %d, round %d, position %d", seed, round, i)
              .isEqualTo(position);
          assertThat(index.get(MemberId.of(id.getValue()))).isEqualTo(position);
          assertThat(index.contains(id)).isTrue();
        }
        for (int k = 0; k < 20; k++) {
          String text = "m" + random.nextInt(4 * size + 1);
          assertThat(index.get(MemberId.of(text)))
              .as("seed %d, round %d, text %s", seed, round, text)
              .isEqualTo(expected.getOrDefault(text, -1));
        }
      }
    }
  }

  @Test
  void anIdRecordedByOneIndexIsNotFoundByAnotherThatHasNotRecordedIt() {
    List<Member> roster = List.of(member("a"), member("b"));
    RosterIndex index = index(roster);
    // another roster in which the same instance sits elsewhere, and one without it
    List<Member> other = List.of(member("c"), member("d"), roster.get(0));
    RosterIndex otherIndex = index(other);
    RosterIndex without = index(List.of(member("x")));

    assertThat(otherIndex.get(roster.get(0).getId())).isEqualTo(2);
    assertThat(index.get(roster.get(0).getId())).isZero();
    assertThat(index.get(roster.get(1).getId())).isEqualTo(1);
    assertThat(without.get(roster.get(0).getId())).isEqualTo(-1);
    assertThat(without.contains(roster.get(1).getId())).isFalse();
  }
}
