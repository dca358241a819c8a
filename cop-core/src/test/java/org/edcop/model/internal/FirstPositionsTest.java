package org.edcop.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The flat first-position table shared by the roster index, the meetings' ids and ArraySet. */
class FirstPositionsTest {

  /** 2^blocks texts of "Aa"/"BB" blocks: every one has the same hash code. */
  private static List<String> colliding(int count, int blocks) {
    List<String> texts = new ArrayList<>(count);
    for (int bits = 0; bits < count; bits++) {
      StringBuilder text = new StringBuilder();
      for (int block = 0; block < blocks; block++) {
        text.append((bits >> block & 1) == 0 ? "Aa" : "BB");
      }
      texts.add(text.toString());
    }
    return texts;
  }

  @Test
  void firstPositionWinsLikeAMapsPutIfAbsentOnSeededRandomKeys() {
    long seed = Long.getLong("cop.seed", System.nanoTime());
    try {
      Random random = new Random(seed);
      for (int round = 0; round < 200; round++) {
        int size = random.nextInt(round % 10 == 0 ? 5_000 : 60);
        int pool = 1 + random.nextInt(Math.max(1, size * 2));
        String[] keys = new String[size];
        FirstPositions table = new FirstPositions(keys);
        Map<String, Integer> expected = new HashMap<>();
        for (int i = 0; i < size; i++) {
          String key = "k" + random.nextInt(pool);
          Integer earlier = expected.putIfAbsent(key, i);
          keys[i] = new String(key.toCharArray());
          assertThat(table.putIfAbsent(i))
              .as("putIfAbsent %s", key)
              .isEqualTo(earlier == null ? -1 : earlier);
        }
        for (int probe = 0; probe < pool + 5; probe++) {
          String key = "k" + probe;
          assertThat(table.get(key)).as("get %s", key).isEqualTo(expected.getOrDefault(key, -1));
        }
        assertThat(table.usesMap()).isFalse();
      }
    } catch (AssertionError e) {
      throw new AssertionError("seed " + seed + " (repeat with -Dcop.seed=" + seed + ")", e);
    }
  }

  @Test
  void keysThatShareOneHashCodeMoveTheTableToItsMap() {
    List<String> texts = colliding(4_096, 12);
    String[] keys = new String[2 * texts.size()];
    FirstPositions table = new FirstPositions(keys);
    for (int i = 0; i < 40; i++) {
      keys[i] = texts.get(i);
      assertThat(table.putIfAbsent(i)).isEqualTo(-1);
    }
    // forty colliding keys still fit within the longest probe
    assertThat(table.usesMap()).isFalse();
    assertThat(table.get(texts.get(39))).isEqualTo(39);
    assertThat(table.get(texts.get(40))).isEqualTo(-1);
    for (int i = 40; i < texts.size(); i++) {
      keys[i] = texts.get(i);
      assertThat(table.putIfAbsent(i)).isEqualTo(-1);
    }
    assertThat(table.usesMap()).isTrue();
    for (int i = 0; i < texts.size(); i++) {
      assertThat(table.get(new String(texts.get(i).toCharArray()))).isEqualTo(i);
      // an equal key at a later position: the first position is kept
      keys[texts.size() + i] = new String(texts.get(i).toCharArray());
      assertThat(table.putIfAbsent(texts.size() + i)).isEqualTo(i);
    }
    assertThat(table.get("AaAaAaAaAaAaAaAaAaAaAaAz")).isEqualTo(-1);
  }

  @Test
  void aKeyIsComparedOnlyWhenTheHashesAreEqualAndRepeatsKeepTheFirstPosition() {
    Object[] keys = {"a", "b", "a", "c", "b", "a"};
    FirstPositions table = new FirstPositions(keys);
    int[] answers = new int[keys.length];
    for (int i = 0; i < keys.length; i++) {
      answers[i] = table.putIfAbsent(i);
    }
    assertThat(answers).containsExactly(-1, -1, 0, -1, 1, 0);
    assertThat(table.get("c")).isEqualTo(3);
    assertThat(table.get("d")).isEqualTo(-1);
  }

  @Test
  void aHundredThousandCollidingKeysWithinAGenerousBound() {
    List<String> texts = colliding(100_000, 17);
    // a regression bound, not a speed test: linear probing alone would be quadratic here
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          FirstPositions table = new FirstPositions(texts.toArray());
          for (int i = 0; i < texts.size(); i++) {
            assertThat(table.putIfAbsent(i)).isEqualTo(-1);
          }
          for (int i = 0; i < texts.size(); i++) {
            assertThat(table.get(texts.get(i))).isEqualTo(i);
          }
        });
  }
}
