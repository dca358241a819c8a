package org.edcop.json.format.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The format's pretty form made from compact text, whatever pieces the text arrives in. */
class IndentingWriterTest {

  private static final long SEED = Long.getLong("cop.seed", System.nanoTime());

  @Test
  void objectsAndArraysAreIndentedOneEntryPerLine() {
    assertThat(IndentingWriter.indent("{\"a\":[1,{\"b\":null}],\"c\":\"d\"}"))
        .isEqualTo(
            "{\n  \"a\": [\n    1,\n    {\n      \"b\": null\n    }\n  ],\n  \"c\": \"d\"\n}");
  }

  @Test
  void emptyObjectsAndArraysHoldOneSpaceAndRootsStandSideBySide() {
    assertThat(IndentingWriter.indent("{\"a\":{},\"b\":[]}[]"))
        .isEqualTo("{\n  \"a\": { },\n  \"b\": [ ]\n}[ ]");
  }

  @Test
  void charactersInsideStringsAreLeftAlone() {
    String text = "{\"{[,:]}\":\"a \\\" , : { [ \\\\\",\"e\":\"\\\\\"}";

    assertThat(IndentingWriter.indent(text))
        .isEqualTo("{\n  \"{[,:]}\": \"a \\\" , : { [ \\\\\",\n  \"e\": \"\\\\\"\n}");
  }

  @Test
  void deepNestingIsIndentedInFull() {
    int depth = 70; // more than the writer's block of spaces
    String compact = "[".repeat(depth) + "]".repeat(depth);

    String pretty = IndentingWriter.indent(compact);

    String[] lines = pretty.split("\n", -1);
    assertThat(lines).hasSize(2 * depth - 1);
    assertThat(lines[depth - 1]).isEqualTo("  ".repeat(depth - 1) + "[ ]");
    assertThat(lines[2 * depth - 2]).isEqualTo("]");
  }

  @Test
  void theFormDoesNotDependOnHowTheTextIsCut() throws IOException {
    Random random = new Random(SEED);
    for (int round = 0; round < 300; round++) {
      String compact = value(random, 0);
      String whole = IndentingWriter.indent(compact);

      StringWriter pieces = new StringWriter();
      try (IndentingWriter writer = new IndentingWriter(pieces)) {
        for (int i = 0; i < compact.length(); ) {
          int n = Math.min(compact.length() - i, random.nextInt(4));
          switch (random.nextInt(3)) {
            case 0 -> writer.write(compact, i, n);
            case 1 -> writer.write(compact.toCharArray(), i, n);
            default -> {
              for (int k = 0; k < n; k++) {
                writer.write(compact.charAt(i + k));
              }
            }
          }
          i += n;
        }
      }

      assertThat(pieces.toString())
          .as("seed %d (-Dcop.seed), round %d", SEED, round)
          .isEqualTo(whole);
      assertThat(whole.replaceAll("\\s", ""))
          .as("seed %d, round %d: only white space is added", SEED, round)
          .isEqualTo(compact.replaceAll("\\s", ""));
    }
  }

  /** Random compact JSON whose strings hold the writer's structural characters. */
  static String value(Random random, int depth) {
    int kind = depth > 4 ? random.nextInt(3) : random.nextInt(5);
    StringBuilder text = new StringBuilder();
    switch (kind) {
      case 0 -> text.append(random.nextInt(2000) - 1000);
      case 1 -> text.append(random.nextBoolean() ? "null" : "true");
      case 2 -> text.append(string(random));
      case 3 -> {
        text.append('[');
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
          text.append(i == 0 ? "" : ",").append(value(random, depth + 1));
        }
        text.append(']');
      }
      default -> {
        text.append('{');
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
          text.append(i == 0 ? "" : ",").append(string(random)).append(':');
          text.append(value(random, depth + 1));
        }
        text.append('}');
      }
    }
    return text.toString();
  }

  private static String string(Random random) {
    String[] pieces = {"a", " ", "{", "}", "[", "]", ",", ":", "\\\"", "\\\\", "é", "\\u0041"};
    StringBuilder text = new StringBuilder("\"");
    int n = random.nextInt(6);
    for (int i = 0; i < n; i++) {
      text.append(pieces[random.nextInt(pieces.length)]);
    }
    return text.append('"').toString();
  }
}
