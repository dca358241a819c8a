package org.edcop.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.edcop.validation.Finding;
import org.edcop.validation.Section;
import org.edcop.validation.Severity;
import org.junit.jupiter.api.Test;

/** The arguments map of findings: it must behave as the {@code LinkedHashMap} it replaces. */
class ArrayMapTest {

  @Test
  void behavesLikeAnUnmodifiableLinkedHashMapOnSeededRandomInput() {
    long seed = Long.getLong("cop.seed", System.nanoTime());
    try {
      Random random = new Random(seed);
      for (int round = 0; round < 500; round++) {
        int puts = random.nextInt(round % 10 == 0 ? 60 : 8);
        int pool = 1 + random.nextInt(Math.max(1, puts * 2));
        Map<String, String> expected = new LinkedHashMap<>();
        ArrayMap.Builder builder = new ArrayMap.Builder();
        for (int i = 0; i < puts; i++) {
          // repeated keys take the new value and keep their place
          String key = "k" + random.nextInt(pool);
          String value = "v" + random.nextInt(1_000);
          expected.put(key, value);
          builder.put(key, value, "arguments");
        }
        Map<String, String> actual =
            random.nextBoolean() ? builder.build() : ArrayMap.copyOf(expected, "arguments");

        assertThat(actual).containsExactlyEntriesOf(expected);
        assertThat(new ArrayList<>(actual.keySet())).isEqualTo(new ArrayList<>(expected.keySet()));
        assertThat(new ArrayList<>(actual.values())).isEqualTo(new ArrayList<>(expected.values()));
        assertThat(actual.size()).isEqualTo(expected.size());
        assertThat(actual.isEmpty()).isEqualTo(expected.isEmpty());
        assertThat(actual).isEqualTo(expected).hasSameHashCodeAs(expected);
        assertThat(expected).isEqualTo(actual);
        assertThat(actual.toString()).isEqualTo(expected.toString());
        List<String> seen = new ArrayList<>();
        actual.forEach((k, v) -> seen.add(k + "=" + v));
        List<String> wanted = new ArrayList<>();
        expected.forEach((k, v) -> wanted.add(k + "=" + v));
        assertThat(seen).isEqualTo(wanted);
        for (int probe = 0; probe < 20; probe++) {
          // equal keys that are not the same instances, present and absent
          String asked = new String("k" + random.nextInt(pool + 3));
          assertThat(actual.get(asked)).as("get %s", asked).isEqualTo(expected.get(asked));
          assertThat(actual.containsKey(asked)).isEqualTo(expected.containsKey(asked));
        }
        Map<String, String> other = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>(expected.keySet());
        Collections.shuffle(keys, random);
        for (String key : keys) {
          other.put(key, random.nextInt(8) == 0 ? "changed" : expected.get(key));
        }
        Map<String, String> otherActual = ArrayMap.copyOf(other, "arguments");
        assertThat(actual.equals(otherActual)).isEqualTo(expected.equals(other));
        assertThat(otherActual.equals(actual)).isEqualTo(other.equals(expected));
      }
    } catch (AssertionError e) {
      throw new AssertionError("seed " + seed + " (repeat with -Dcop.seed=" + seed + ")", e);
    }
  }

  @Test
  void aMapOfManyEntriesIsHashedNotScanned() {
    // a report read from a hostile document: one finding with 200,000 arguments, put, copied and
    // compared, which scans would make quadratic
    Map<String, String> expected = new LinkedHashMap<>();
    ArrayMap.Builder builder = new ArrayMap.Builder();
    for (int i = 0; i < 200_000; i++) {
      expected.put("k" + i, "v" + i);
      builder.put("k" + i, "v" + i, "arguments");
    }
    builder.put("k7", "again", "arguments");
    expected.put("k7", "again");
    Map<String, String> built = builder.build();
    Map<String, String> copied = ArrayMap.copyOf(expected, "arguments");
    assertThat(built).isNotInstanceOf(ArrayMap.class);
    assertThat(built.equals(copied)).isTrue();
    assertThat(built).isEqualTo(expected).hasSameHashCodeAs(expected);
    assertThat(built.keySet()).containsExactlyElementsOf(expected.keySet());
    assertThatThrownBy(() -> built.put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    // at the limit the map is still an array, one past it not
    ArrayMap.Builder small = new ArrayMap.Builder();
    for (int i = 0; i < ArrayMap.SCAN_LIMIT; i++) {
      small.put("k" + i, "v", "arguments");
    }
    assertThat(small.build()).isInstanceOf(ArrayMap.class).hasSize(ArrayMap.SCAN_LIMIT);
    small.put("one more", "v", "arguments");
    assertThat(small.build()).isNotInstanceOf(ArrayMap.class).hasSize(ArrayMap.SCAN_LIMIT + 1);
    small.clear();
    small.put("a", "b", "arguments");
    assertThat(small.build()).isInstanceOf(ArrayMap.class).containsExactly(Map.entry("a", "b"));
  }

  @Test
  void cannotBeChangedAndRefusesNullsWithTheMapsName() {
    Map<String, String> map = ArrayMap.copyOf(Map.of("member", "m1"), "arguments");
    assertThatThrownBy(() -> map.put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.remove("member"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.entrySet().iterator().next().setValue("m2"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.keySet().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(map).containsExactly(Map.entry("member", "m1"));

    ArrayMap.Builder builder = new ArrayMap.Builder();
    assertThatThrownBy(() -> builder.put(null, "v", "arguments"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("arguments key");
    assertThatThrownBy(() -> builder.put("tier", null, "arguments"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("arguments value for key: tier");
    assertThat(map.get(null)).isNull();
    assertThat(map.containsKey(null)).isFalse();
  }

  @Test
  void aFindingKeepsItsArgumentsInOrderAndCompactWhateverWayTheyAreGiven() {
    Map<String, String> given = new LinkedHashMap<>();
    given.put("member", "m7");
    given.put("name", "Ada");
    given.put("tier", "core");
    Finding built =
        Finding.builder()
            .ruleId("r")
            .severity(Severity.INFO)
            .section(Section.NORMS)
            .path("")
            .message("text")
            .arguments(given)
            .build();
    Finding put =
        Finding.builder()
            .from(built)
            .arguments(Map.of())
            .putArgument("member", "m7")
            .putArgument(Map.entry("name", "Ada"))
            .putAllArguments(Map.of("tier", "core"))
            .build();
    assertThat(built.getArguments()).isInstanceOf(ArrayMap.class).containsExactlyEntriesOf(given);
    assertThat(put).isEqualTo(built).hasSameHashCodeAs(built).hasToString(built.toString());
    assertThat(built.toString()).contains("arguments={member=m7, name=Ada, tier=core}");
    // a copy given the finding's own map keeps it
    assertThat(((org.edcop.validation.ImmutableFinding) built).withArguments(built.getArguments()))
        .isSameAs(built);
    assertThatThrownBy(() -> built.getArguments().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> Finding.builder().putArgument("tier", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("arguments value for key: tier");
  }
}
