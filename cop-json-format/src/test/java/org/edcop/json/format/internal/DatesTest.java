package org.edcop.json.format.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.function.Function;
import org.edcop.json.format.CopJsonException;
import org.junit.jupiter.api.Test;

/**
 * The quick date readers agree with the formatters on every text: the same value for a text both
 * accept, the same error for a text either refuses. Texts are drawn near the usual shape (digits,
 * separators, fractions and offsets changed one at a time) so that both the quick path and its
 * fallback are reached.
 */
class DatesTest {

  private static final long SEED = Long.getLong("cop.seed", System.nanoTime());

  private static final String[] DATE_TIMES = {
    "2026-09-14T16:00:00-06:00",
    "2026-09-14T16:00:00Z",
    "2026-02-28T23:59:59.123456789+05:30",
    "2024-02-29T00:00:00.5+00:00",
    "0000-01-01T00:00:00-17:45",
    "9999-12-31T23:59:59.000000001+14:00",
  };

  @Test
  void datesAgreeWithTheFormatter() {
    Random random = new Random(SEED);
    WireIn in = new WireIn();
    for (int i = 0; i < 4_000; i++) {
      String text = mutate(random, DATE_TIMES[random.nextInt(DATE_TIMES.length)].substring(0, 10));
      same(text, t -> in.date(t, JsonPointers.ROOT), t -> in.formattedDate(t, JsonPointers.ROOT));
    }
  }

  @Test
  void dateTimesAgreeWithTheFormatter() {
    Random random = new Random(SEED);
    WireIn in = new WireIn();
    for (int i = 0; i < 10_000; i++) {
      String text = mutate(random, DATE_TIMES[random.nextInt(DATE_TIMES.length)]);
      same(
          text,
          t -> in.dateTime(t, JsonPointers.ROOT),
          t -> in.formattedDateTime(t, JsonPointers.ROOT));
    }
  }

  @Test
  void aParsersBufferReadsAsItsText() {
    Random random = new Random(SEED);
    for (int i = 0; i < 10_000; i++) {
      String text = mutate(random, DATE_TIMES[random.nextInt(DATE_TIMES.length)]);
      if (i % 2 == 0) {
        text = text.substring(0, Math.min(10, text.length()));
      }
      // the text among digits and separators that would change the value if read
      String before = "2026-01-01T".substring(0, random.nextInt(11));
      char[] buffer = (before + text + "00:00+01:00").toCharArray();
      int base = before.length();
      int length = text.length();
      assertThat(Dates.date(buffer, base, length))
          .as("'%s' (seed %d)", text, SEED)
          .isEqualTo(Dates.date(text));
      assertThat(Dates.dateTime(buffer, base, length))
          .as("'%s' (seed %d)", text, SEED)
          .isEqualTo(Dates.dateTime(text));
    }
  }

  @Test
  void usualShapesAreRead() {
    WireIn in = new WireIn();
    assertThat(Dates.dateTime("2026-09-14T16:00:00.25-06:00"))
        .hasToString("2026-09-14T16:00:00.250-06:00");
    assertThat(Dates.date("2024-02-29")).hasToString("2024-02-29");
  }

  private static void same(
      String text, Function<String, Object> quick, Function<String, Object> slow) {
    Object expected;
    try {
      expected = slow.apply(text);
    } catch (CopJsonException e) {
      expected = e.getMessage();
    }
    Object actual;
    try {
      actual = quick.apply(text);
    } catch (CopJsonException e) {
      actual = e.getMessage();
    }
    assertThat(actual).as("'%s' (seed %d)", text, SEED).isEqualTo(expected);
  }

  /** The text with up to three characters replaced, inserted or removed. */
  private static String mutate(Random random, String text) {
    String alphabet = "0123456789-:T.Z+ x";
    StringBuilder out = new StringBuilder(text);
    int changes = random.nextInt(4);
    for (int i = 0; i < changes && out.length() > 0; i++) {
      int at = random.nextInt(out.length());
      char c =
          random.nextInt(3) == 0
              ? (char) ('0' + random.nextInt(10))
              : alphabet.charAt(random.nextInt(alphabet.length()));
      switch (random.nextInt(3)) {
        case 0 -> out.setCharAt(at, c);
        case 1 -> out.insert(at, c);
        default -> out.deleteCharAt(at);
      }
    }
    return out.toString();
  }
}
