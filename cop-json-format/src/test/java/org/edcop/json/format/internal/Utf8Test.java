package org.edcop.json.format.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.edcop.json.format.CopJsonException;
import org.junit.jupiter.api.Test;

/**
 * The UTF-8 pass, which reads ASCII a word at a time: it finds a bad byte and a surrogate escape at
 * every position a word can put them, and only reports escapes that may be surrogates.
 */
class Utf8Test {

  private static final long SEED = Long.getLong("cop.seed", System.nanoTime());

  @Test
  void findsASurrogateEscapeAtEveryPosition() {
    for (int at = 0; at < 40; at++) {
      String text = "x".repeat(at) + "\\ud83c" + "y".repeat(17);
      assertThat(Utf8.check(bytes(text))).as(text).isTrue();
      String upper = "x".repeat(at) + "\\uDFFF" + "y".repeat(at % 9);
      assertThat(Utf8.check(bytes(upper))).as(upper).isTrue();
    }
  }

  @Test
  void otherEscapesAndPlainTextAreNotReported() {
    for (int at = 0; at < 40; at++) {
      String text = "x".repeat(at) + "\\u00e9 \\n \\uD7FF \\\\ \\uE000" + "y".repeat(at % 11);
      assertThat(Utf8.check(bytes(text))).as(text).isFalse();
    }
    assertThat(Utf8.check(bytes("{\"name\":\"Zoë 🎓 ok\"}"))).isFalse();
  }

  @Test
  void findsABadByteAtEveryPosition() {
    for (int at = 4; at < 40; at++) {
      byte[] json = bytes("{" + "x".repeat(at + 20) + "}");
      json[at] = (byte) 0xFF;
      CopJsonException error = catchThrowableOfType(CopJsonException.class, () -> Utf8.check(json));
      assertThat(error).as("bad byte at %d", at).isNotNull();
      assertThat(error.getMessage()).contains("at byte " + at);
    }
  }

  @Test
  void agreesWithTheJdkDecoderOnRandomBytes() {
    Random random = new Random(SEED);
    for (int i = 0; i < 20_000; i++) {
      byte[] json = new byte[4 + random.nextInt(40)];
      for (int k = 0; k < json.length; k++) {
        json[k] = (byte) (random.nextInt(4) == 0 ? random.nextInt(256) : 'a' + random.nextInt(26));
      }
      json[0] = (byte) 123;
      json[1] = (byte) 97;
      json[2] = (byte) 97;
      json[3] = (byte) 97;
      boolean valid = isUtf8(json);
      boolean refused;
      try {
        Utf8.check(json);
        refused = false;
      } catch (CopJsonException e) {
        refused = true;
      }
      assertThat(refused).as("seed %d, case %d", SEED, i).isEqualTo(!valid);
    }
  }

  private static boolean isUtf8(byte[] json) {
    try {
      StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(json));
      return true;
    } catch (java.nio.charset.CharacterCodingException e) {
      return false;
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
