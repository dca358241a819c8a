package org.edcop.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.edcop.model.MemberId;
import org.junit.jupiter.api.Test;

/**
 * The array-backed set of a meeting's attendance (docs/adr/0008) against the {@code LinkedHashSet}
 * it replaces, and against the {@link Set} contract.
 */
class ArraySetTest {

  private static MemberId id(String text) {
    return MemberId.of(text);
  }

  /** 2^blocks texts of "Aa"/"BB" blocks: every one has the same hash code. */
  private static List<MemberId> colliding(int count, int blocks) {
    List<MemberId> ids = new ArrayList<>(count);
    for (int bits = 0; bits < count; bits++) {
      StringBuilder text = new StringBuilder();
      for (int block = 0; block < blocks; block++) {
        text.append((bits >> block & 1) == 0 ? "Aa" : "BB");
      }
      ids.add(id(text.toString()));
    }
    return ids;
  }

  @Test
  void behavesLikeALinkedHashSetOnSeededRandomInput() {
    long seed = Long.getLong("cop.seed", System.nanoTime());
    try {
      Random random = new Random(seed);
      for (int round = 0; round < 400; round++) {
        // sizes across the scan limit and the table, pools small enough to give repeats
        int size = random.nextInt(round % 10 == 0 ? 2_000 : 40);
        int pool = 1 + random.nextInt(Math.max(1, size * 2));
        List<MemberId> given = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
          given.add(id("m" + random.nextInt(pool)));
        }
        Set<MemberId> expected = Collections.unmodifiableSet(new LinkedHashSet<>(given));
        ArraySet<MemberId> actual = build(random, given);

        assertThat(actual).containsExactlyElementsOf(expected);
        assertThat(actual.size()).isEqualTo(expected.size());
        assertThat(actual.isEmpty()).isEqualTo(expected.isEmpty());
        assertThat(actual.toArray()).containsExactly(expected.toArray());
        assertThat(actual.toArray(new MemberId[0]))
            .containsExactly(expected.toArray(new MemberId[0]));
        assertThat(actual.stream().collect(Collectors.toList())).isEqualTo(List.copyOf(expected));
        assertThat(
                java.util.stream.IntStream.range(0, actual.size())
                    .mapToObj(actual::get)
                    .collect(Collectors.toList()))
            .isEqualTo(List.copyOf(expected));
        assertThat(actual).isEqualTo(expected).hasSameHashCodeAs(expected);
        assertThat(expected).isEqualTo(actual);
        assertThat(actual.toString()).isEqualTo(expected.toString());
        for (int probe = 0; probe < 50; probe++) {
          // equal ids that are not the same instances, present and absent
          MemberId asked = id("m" + random.nextInt(pool + 5));
          assertThat(actual.contains(asked))
              .as("contains %s", asked)
              .isEqualTo(expected.contains(asked));
        }
        List<MemberId> other = new ArrayList<>(given);
        if (!other.isEmpty() && random.nextBoolean()) {
          other.set(random.nextInt(other.size()), id("other"));
        }
        Collections.shuffle(other, random);
        Set<MemberId> otherExpected = new LinkedHashSet<>(other);
        ArraySet<MemberId> otherActual = ArraySet.copyOf(other, "element");
        assertThat(actual.equals(otherActual)).isEqualTo(expected.equals(otherExpected));
        assertThat(otherActual.equals(actual)).isEqualTo(otherExpected.equals(expected));
        assertThat(actual.containsAll(otherActual)).isEqualTo(expected.containsAll(otherExpected));
      }
    } catch (AssertionError e) {
      throw new AssertionError("seed " + seed + " (repeat with -Dcop.seed=" + seed + ")", e);
    }
  }

  /** One of the ways a set is made: the builder, a copy of an iterable, a copy of an array. */
  private static ArraySet<MemberId> build(Random random, List<MemberId> given) {
    switch (random.nextInt(4)) {
      case 0:
        {
          ArraySet.Builder<MemberId> builder = new ArraySet.Builder<>();
          for (MemberId id : given) {
            builder.add(id, "element");
          }
          return builder.build();
        }
      case 1:
        {
          ArraySet.Builder<MemberId> builder = new ArraySet.Builder<>();
          builder.add(id("dropped"), "element");
          builder.clear();
          int half = given.size() / 2;
          builder.addAll(given.subList(0, half), "element");
          // an iterable that is not a collection
          Iterable<MemberId> rest = () -> given.subList(half, given.size()).iterator();
          builder.addAll(rest, "element");
          return builder.build();
        }
      case 2:
        return ArraySet.copyOf(given, "element");
      default:
        return ArraySet.copyOf("element", given.toArray(new MemberId[0]));
    }
  }

  @Test
  void equalsAndHashCodeFollowTheSetContractBothWays() {
    ArraySet<MemberId> set = ArraySet.copyOf(List.of(id("b"), id("a"), id("c")), "element");
    List<Set<MemberId>> equal =
        List.of(
            Set.of(id("a"), id("b"), id("c")),
            new HashSet<>(List.of(id("c"), id("a"), id("b"))),
            new TreeSet<>(List.of(id("c"), id("a"), id("b"))),
            ArraySet.copyOf(List.of(id("c"), id("b"), id("a")), "element"));
    for (Set<MemberId> other : equal) {
      assertThat(set).isEqualTo(other).hasSameHashCodeAs(other);
      assertThat(other).isEqualTo(set);
    }
    List<Object> unequal =
        List.of(
            Set.of(id("a"), id("b"), id("x")),
            Set.of(id("a"), id("b")),
            Set.of(id("a"), id("b"), id("c"), id("d")),
            List.of(id("b"), id("a"), id("c")),
            Set.of("a", "b", "c"));
    for (Object other : unequal) {
      assertThat(set).isNotEqualTo(other);
      assertThat(other).isNotEqualTo(set);
    }
    assertThat(ArraySet.<MemberId>of()).isEqualTo(Set.of()).hasSameHashCodeAs(Set.of());
    assertThat(set).isNotEqualTo(null);
  }

  @Test
  void positionHintsAreNotPartOfTheValueAndMustMatchTheSize() {
    ArraySet<MemberId> set = ArraySet.copyOf(List.of(id("b"), id("a"), id("c")), "element");
    ArraySet<MemberId> same = ArraySet.copyOf(List.of(id("b"), id("a"), id("c")), "element");
    int hash = set.hashCode();
    assertThat(set.positionHints()).isNull();

    int[] hints = {4, 0, 9};
    set.hintPositions(hints);

    assertThat(set.positionHints()).isSameAs(hints);
    assertThat(set).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(set.hashCode()).isEqualTo(hash);
    assertThat(set).containsExactly(id("b"), id("a"), id("c"));
    // a copy of the set is the set itself, hints included
    assertThat(ArraySet.copyOf(set, "element").positionHints()).isSameAs(hints);
    assertThatThrownBy(() -> set.hintPositions(new int[2]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("2 position hints for a set of 3");
    assertThat(set.positionHints()).isSameAs(hints);
  }

  @Test
  void everyMutatorThrowsEvenWhenItWouldChangeNothing() {
    ArraySet<MemberId> set = ArraySet.copyOf(List.of(id("a"), id("b")), "element");
    for (ArraySet<MemberId> s : List.of(set, ArraySet.<MemberId>of())) {
      assertThatThrownBy(() -> s.add(id("a"))).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> s.remove(id("z"))).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> s.addAll(List.of()))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> s.removeAll(List.of()))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> s.retainAll(List.of()))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> s.removeIf(x -> false))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(s::clear).isInstanceOf(UnsupportedOperationException.class);
    }
    Iterator<MemberId> it = set.iterator();
    it.next();
    assertThatThrownBy(it::remove).isInstanceOf(UnsupportedOperationException.class);
    it.next();
    assertThat(it.hasNext()).isFalse();
    assertThatThrownBy(it::next).isInstanceOf(java.util.NoSuchElementException.class);
    assertThat(set).containsExactly(id("a"), id("b"));
  }

  @Test
  void toArrayIsACopyAndTheSharedArrayIsTheSetsOwn() {
    ArraySet<MemberId> set = ArraySet.copyOf(List.of(id("a"), id("b")), "element");
    Object[] copy = set.toArray();
    copy[0] = id("z");
    MemberId[] typed = set.toArray(new MemberId[0]);
    typed[1] = id("z");
    MemberId[] roomy = set.toArray(new MemberId[] {id("1"), id("2"), id("3"), id("4")});
    assertThat(roomy).containsExactly(id("a"), id("b"), null, id("4"));
    assertThat(set).containsExactly(id("a"), id("b"));
    assertThat(set.get(0)).isEqualTo(id("a"));
    assertThat(set.get(1)).isEqualTo(id("b"));
    assertThatThrownBy(() -> set.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> set.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void nullsAreRefusedWithTheGivenMessageAndNeverContained() {
    ArraySet.Builder<MemberId> builder = new ArraySet.Builder<>();
    assertThatThrownBy(() -> builder.add(null, "attendance element"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("attendance element");
    List<MemberId> withNull = Arrays.asList(id("a"), null);
    assertThatThrownBy(() -> builder.addAll(withNull, "attendance element"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("attendance element");
    assertThatThrownBy(() -> ArraySet.copyOf(withNull, "element"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("element");
    assertThatThrownBy(() -> ArraySet.copyOf("element", id("a"), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("element");
    assertThat(ArraySet.copyOf(List.of(id("a")), "element").contains(null)).isFalse();
    assertThat(ArraySet.copyOf(colliding(20, 5), "element").contains(null)).isFalse();
  }

  @Test
  void anArraySetIsNotCopiedAgain() {
    ArraySet<MemberId> set = ArraySet.copyOf(List.of(id("a"), id("b")), "element");
    assertThat(ArraySet.copyOf(set, "element")).isSameAs(set);
  }

  @Test
  void repeatsKeepTheirFirstPlace() {
    List<MemberId> given = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      given.add(id("m" + (i * 7 % 30)));
    }
    ArraySet<MemberId> set = ArraySet.copyOf(given, "element");
    assertThat(set).containsExactlyElementsOf(new LinkedHashSet<>(given)).hasSize(30);
  }

  @Test
  void idsThatShareOneHashCodeAreFoundThroughTheFallback() {
    List<MemberId> ids = colliding(4_096, 12);
    assertThat(ids.stream().mapToInt(MemberId::hashCode).distinct().count()).isEqualTo(1);
    List<MemberId> given = new ArrayList<>(ids);
    given.addAll(ids.subList(0, 100));
    ArraySet<MemberId> set = ArraySet.copyOf(given, "element");
    assertThat(set).containsExactlyElementsOf(ids);
    for (MemberId id : ids) {
      assertThat(set.contains(id(id.getValue()))).isTrue();
    }
    assertThat(set.indexedByHashSet()).isTrue();
    assertThat(set.contains(id("AaAaAaAaAaAaAaAaAaAaAaAz"))).isFalse();
    // twelve blocks, but this text is not among the 4,096 of the set: same hash, absent
    assertThat(ArraySet.copyOf(ids.subList(0, 2_000), "element").contains(ids.get(3_000)))
        .isFalse();
    // a few colliding ids stay in the table
    ArraySet<MemberId> few = ArraySet.copyOf(ids.subList(0, 40), "element");
    for (MemberId id : ids.subList(0, 40)) {
      assertThat(few.contains(id)).isTrue();
    }
    assertThat(few.contains(ids.get(41))).isFalse();
    assertThat(few.indexedByHashSet()).isFalse();
  }

  @Test
  void aHundredThousandCollidingIdsWithinAGenerousBound() {
    List<MemberId> ids = colliding(100_000, 17);
    // a regression bound, not a speed test: a table without its fallback would be quadratic
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          List<MemberId> given = new ArrayList<>(ids);
          given.addAll(ids);
          ArraySet<MemberId> set = ArraySet.copyOf(given, "element");
          assertThat(set).hasSize(100_000);
          for (MemberId id : ids) {
            assertThat(set.contains(id)).isTrue();
          }
          assertThat(set).isEqualTo(new HashSet<>(ids));
        });
  }
}
