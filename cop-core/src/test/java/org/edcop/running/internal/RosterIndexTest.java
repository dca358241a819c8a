package org.edcop.running.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.edcop.model.Member;
import org.edcop.model.MemberId;
import org.edcop.model.ParticipationTier;
import org.edcop.model.Person;
import org.edcop.model.internal.ArraySet;
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

  @Test
  void setsAreResolvedThroughTheirHintsOnlyWhileTheHintsHold() {
    long seed = Long.getLong("cop.seed", System.nanoTime());
    System.out.println("RosterIndexTest hints seed: " + seed);
    Random random = new Random(seed);
    for (int round = 0; round < 300; round++) {
      int size = 1 + random.nextInt(200);
      List<Member> roster = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        if (random.nextInt(12) == 0 && !roster.isEmpty()) {
          // the same instance, or an equal id, listed again
          MemberId earlier = roster.get(random.nextInt(roster.size())).getId();
          roster.add(member(random.nextBoolean() ? earlier : MemberId.of(earlier.getValue())));
        } else {
          roster.add(member("m" + random.nextInt(2 * size)));
        }
      }
      // a set of the roster's own instances, and perhaps one other id: equal but another
      // instance, or not on the roster
      List<MemberId> listed = new ArrayList<>();
      for (int k = random.nextInt(14); k > 0; k--) {
        listed.add(roster.get(random.nextInt(size)).getId());
      }
      int kind = random.nextInt(3);
      if (kind == 1) {
        listed.add(MemberId.of(roster.get(random.nextInt(size)).getId().getValue()));
      } else if (kind == 2) {
        listed.add(MemberId.of("not-" + random.nextInt(9)));
      }
      ArraySet<MemberId> set = ArraySet.copyOf(listed, "id");
      String context = "seed " + seed + ", round " + round;

      RosterIndex index = index(roster);
      assertPositions(index, set, context + ", first call");
      boolean allInstances = true;
      for (MemberId id : set) {
        int first = index.get(id);
        allInstances &= first >= 0 && roster.get(first).getId() == id;
      }
      assertThat(set.positionHints() != null)
          .as("%s: hints left exactly when every id is the roster's instance", context)
          .isEqualTo(allInstances && !set.isEmpty());
      // the next call, the hints read; then a roster shuffled (every hint stale) and one without
      // some of the set's ids
      assertPositions(index(roster), set, context + ", second call");
      List<Member> shuffled = new ArrayList<>(roster);
      Collections.shuffle(shuffled, random);
      assertPositions(index(shuffled), set, context + ", shuffled roster");
      assertPositions(index(roster), set, context + ", back to the first roster");
      List<Member> shorter = new ArrayList<>(roster.subList(0, random.nextInt(size)));
      assertPositions(index(shorter), set, context + ", shorter roster");
      // hints that name nothing sensible are ignored
      if (!set.isEmpty()) {
        int[] wild = new int[set.size()];
        for (int j = 0; j < wild.length; j++) {
          wild[j] = random.nextInt(3 * size) - size;
        }
        set.hintPositions(wild);
        assertPositions(index(roster), set, context + ", wild hints");
      }
    }
  }

  /** {@link RosterIndex#positions} gives {@link RosterIndex#get} of every element, in order. */
  private static void assertPositions(RosterIndex index, ArraySet<MemberId> set, String context) {
    int[] out = new int[set.size() + 2];
    out[0] = 77;
    out[out.length - 1] = 88;
    index.positions(set, out, 1);
    int[] expected = new int[set.size()];
    for (int j = 0; j < expected.length; j++) {
      expected[j] = index.get(set.get(j));
    }
    assertThat(Arrays.copyOfRange(out, 1, out.length - 1)).as(context).isEqualTo(expected);
    assertThat(out[0]).as(context).isEqualTo(77);
    assertThat(out[out.length - 1]).as(context).isEqualTo(88);
  }
}
