package org.edcop.json.format.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.edcop.model.MemberId;
import org.junit.jupiter.api.Test;

/**
 * The reader's id table gives one id instance per text, whatever buffer and offset the text comes
 * in, keeps the repeat marks per list, and stays right when the texts share their hash codes (the
 * table then looks them up by text).
 */
class IdTableTest {

  private static final long SEED = Long.getLong("cop.seed", System.nanoTime());

  /** Looks a text up from a buffer where it sits among other characters. */
  private static int entry(IdTable table, String text, int padding) {
    char[] buffer = new char[padding + text.length() + 3];
    java.util.Arrays.fill(buffer, 'x');
    text.getChars(0, text.length(), buffer, padding);
    return table.entry(buffer, padding, text.length());
  }

  @Test
  void oneIdPerTextWhateverTheBuffer() {
    Random random = new Random(SEED);
    IdTable table = new IdTable();
    Map<String, MemberId> first = new HashMap<>();
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      texts.add("m-" + Integer.toString(random.nextInt(3_000), 36) + (i % 7 == 0 ? "é" : ""));
    }
    for (String text : texts) {
      MemberId id = table.id(entry(table, text, random.nextInt(5)));
      assertThat(id.getValue()).isEqualTo(text);
      MemberId earlier = first.putIfAbsent(text, id);
      if (earlier != null) {
        assertThat(id).isSameAs(earlier);
      }
    }
    assertThat(table.byTextOnly()).isFalse();
    // a prefix or an extension of a known text is another id
    assertThat(table.id(entry(table, "m-", 0)).getValue()).isEqualTo("m-");
    assertThat(table.id(entry(table, "", 2)).getValue()).isEmpty();
  }

  @Test
  void idsInRosterOrderOrAnyOtherOrderGiveTheSameEntries() {
    IdTable table = new IdTable();
    List<String> roster = new ArrayList<>();
    List<Integer> entries = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      String text = String.format("m-%05d", i);
      roster.add(text);
      entries.add(entry(table, text, i % 3));
    }
    assertThat(entries).doesNotHaveDuplicates();
    Random random = new Random(SEED);
    for (int round = 0; round < 2_000; round++) {
      // a run in roster order from a random start, then one out of order
      int first = random.nextInt(roster.size());
      for (int k = 0; k < 12; k++) {
        int at = (first + k) % roster.size();
        assertThat(entry(table, roster.get(at), random.nextInt(4))).isEqualTo(entries.get(at));
      }
      int any = random.nextInt(roster.size());
      assertThat(entry(table, roster.get(any), 0)).isEqualTo(entries.get(any));
      // the text after the last one found, but one character off: a new id, not that entry
      String near = roster.get((any + 1) % roster.size()).replace('m', 'n');
      assertThat(table.id(entry(table, near, 1)).getValue()).isEqualTo(near);
    }
  }

  @Test
  void marksTellARepeatWithinOneListOnly() {
    IdTable table = new IdTable();
    int a = entry(table, "a", 0);
    int b = entry(table, "b", 1);
    assertThat(table.mark(a, 1)).isTrue();
    assertThat(table.mark(b, 1)).isTrue();
    assertThat(table.mark(entry(table, "a", 4), 1)).isFalse();
    assertThat(table.mark(a, 2)).isTrue();
    assertThat(table.mark(b, 3)).isTrue();
    assertThat(table.mark(b, 3)).isFalse();
  }

  @Test
  void textsSharingAHashCodeMoveToTheMapAndStayDistinct() {
    List<String> colliding = new ArrayList<>();
    for (int i = 0; i < 1 << 9; i++) {
      StringBuilder text = new StringBuilder("id");
      for (int bit = 0; bit < 9; bit++) {
        text.append((i >> bit & 1) == 0 ? "Aa" : "BB");
      }
      colliding.add(text.toString());
    }
    assertThat(colliding.stream().mapToInt(String::hashCode).distinct().count()).isEqualTo(1);
    IdTable table = new IdTable();
    int before = entry(table, "plain", 0);
    List<MemberId> ids = new ArrayList<>();
    for (String text : colliding) {
      ids.add(table.id(entry(table, text, 1)));
    }
    assertThat(table.byTextOnly()).isTrue();
    for (int i = 0; i < colliding.size(); i++) {
      MemberId again = table.id(entry(table, colliding.get(i), 3));
      assertThat(again).isSameAs(ids.get(i));
      assertThat(again.getValue()).isEqualTo(colliding.get(i));
    }
    assertThat(table.id(entry(table, "plain", 2))).isSameAs(table.id(before));
    assertThat(ids.stream().distinct().count()).isEqualTo(colliding.size());
  }

  @Test
  void theFirstRosterPositionOfAnIdIsKeptWhetherOrNotTextsCollide() {
    for (boolean colliding : new boolean[] {false, true}) {
      IdTable table = new IdTable();
      List<String> texts = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        StringBuilder text = new StringBuilder("m-");
        for (int bit = 0; bit < 8; bit++) {
          text.append(
              colliding ? ((i >> bit & 1) == 0 ? "Aa" : "BB") : Integer.toString(i >> bit & 1));
        }
        texts.add(text.toString());
      }
      int unseen = entry(table, "referenced-before-the-roster", 0);
      for (int p = 0; p < texts.size(); p++) {
        table.onRoster(entry(table, texts.get(p), p % 3), p);
      }
      // a repeated roster id keeps its first position
      table.onRoster(entry(table, texts.get(7), 0), 250);
      for (int p = 0; p < texts.size(); p++) {
        assertThat(table.rosterPosition(entry(table, texts.get(p), 1)))
            .as("colliding %s, %s", colliding, texts.get(p))
            .isEqualTo(p);
      }
      assertThat(table.rosterPosition(unseen)).isEqualTo(-1);
      assertThat(table.byTextOnly()).isEqualTo(colliding);
    }
  }
}
