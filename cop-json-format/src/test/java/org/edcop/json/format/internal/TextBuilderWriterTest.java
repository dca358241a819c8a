package org.edcop.json.format.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The writer's string holds every character written, in order, however far its buffer grew. */
class TextBuilderWriterTest {

  private static final long SEED = Long.getLong("cop.seed", System.nanoTime());

  @Test
  void keepsEveryCharacterAcrossGrowth() {
    Random random = new Random(SEED);
    for (int expected : new int[] {0, 100, 50_000, 5_000_000}) {
      TextBuilderWriter out = new TextBuilderWriter(expected);
      StringBuilder reference = new StringBuilder();
      while (reference.length() < 300_000) {
        String piece = piece(random);
        switch (random.nextInt(3)) {
          case 0 -> out.write(piece.toCharArray(), 0, piece.length());
          case 1 -> out.write(piece, 0, piece.length());
          default -> {
            for (int i = 0; i < piece.length(); i++) {
              out.write(piece.charAt(i));
            }
          }
        }
        reference.append(piece);
      }
      assertThat(out.length()).as("seed %d", SEED).isEqualTo(reference.length());
      assertThat(out.toString()).as("seed %d", SEED).isEqualTo(reference.toString());
    }
  }

  @Test
  void aKeptBufferStartsEmptyForTheNextText() {
    TextBuilderWriter first = TextBuilderWriter.open(0);
    first.write("a longer first text", 0, 19);
    assertThat(first.toString()).isEqualTo("a longer first text");
    first.release();
    TextBuilderWriter second = TextBuilderWriter.open(0);
    second.write("next", 0, 4);
    assertThat(second.length()).isEqualTo(4);
    assertThat(second.toString()).isEqualTo("next");
    second.release();
  }

  private static String piece(Random random) {
    StringBuilder piece = new StringBuilder();
    int length = random.nextInt(10) == 0 ? 9_000 + random.nextInt(9_000) : random.nextInt(40);
    for (int i = 0; i < length; i++) {
      // mostly ASCII, sometimes wider characters (a string that cannot be Latin-1)
      piece.append(
          random.nextInt(50) == 0
              ? (char) (0x100 + random.nextInt(0xD000))
              : (char) (32 + random.nextInt(95)));
    }
    return piece.toString();
  }
}
