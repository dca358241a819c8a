package org.edcop.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Random;
import org.edcop.json.format.internal.IndentingWriter;
import org.junit.jupiter.api.Test;

/**
 * The codec's pretty form is the one the engines' Jackson pretty printers wrote before {@link
 * IndentingWriter} replaced them (the sample and schema files were made with them), on random
 * documents.
 */
class IndentedFormTest {

  private static final long SEED = Long.getLong("cop.seed", System.nanoTime());
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The pretty printer Jackson2Engine configured until 0.2.0's IndentingWriter. */
  private static DefaultPrettyPrinter formerPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withRootSeparator(""));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }

  @Test
  void theFormIsTheFormerPrettyPrintersOnRandomDocuments() throws Exception {
    Random random = new Random(SEED);
    for (int round = 0; round < 500; round++) {
      JsonNode document = JSON.readTree(document(random, 0));
      String compact = JSON.writeValueAsString(document);

      assertThat(IndentingWriter.indent(compact))
          .as("seed %d (-Dcop.seed), round %d: %s", SEED, round, compact)
          .isEqualTo(JSON.writer(formerPrinter()).writeValueAsString(document));
    }
  }

  @Test
  void largeDocumentsToo() throws Exception {
    Random random = new Random(SEED);
    for (int round = 0; round < 5; round++) {
      StringBuilder text = new StringBuilder("{\"v\":[");
      for (int i = 0; i < 3_000; i++) {
        text.append(i == 0 ? "" : ",").append(document(random, 1));
      }
      JsonNode document = JSON.readTree(text.append("]}").toString());

      assertThat(IndentingWriter.indent(JSON.writeValueAsString(document)))
          .as("seed %d (-Dcop.seed), round %d", SEED, round)
          .isEqualTo(JSON.writer(formerPrinter()).writeValueAsString(document));
    }
  }

  private static String document(Random random, int depth) {
    StringBuilder text = new StringBuilder();
    int kind = depth > 4 ? random.nextInt(3) : random.nextInt(5);
    switch (kind) {
      case 0 -> text.append(random.nextInt(2000) - 1000).append(random.nextBoolean() ? ".25" : "");
      case 1 -> text.append(random.nextBoolean() ? "null" : "false");
      case 2 -> text.append(string(random));
      case 3 -> {
        text.append('[');
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
          text.append(i == 0 ? "" : ",").append(document(random, depth + 1));
        }
        text.append(']');
      }
      default -> {
        text.append('{');
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
          text.append(i == 0 ? "" : ",").append(string(random)).append(':');
          text.append(document(random, depth + 1));
        }
        text.append('}');
      }
    }
    return depth == 0 && kind < 3 ? "{\"v\":" + text + "}" : text.toString();
  }

  private static String string(Random random) {
    String[] pieces = {"a", " ", "{", "]", ",", ":", "\\\"", "\\\\", "\\n", "é", "🎓"};
    StringBuilder text = new StringBuilder("\"");
    int n = random.nextInt(6);
    for (int i = 0; i < n; i++) {
      text.append(pieces[random.nextInt(pieces.length)]);
    }
    return text.append('"').toString();
  }
}
