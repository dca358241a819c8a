package org.edcop.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
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
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

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
      JsonNode document = document(random);
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
      ArrayNode values = NODES.arrayNode();
      for (int i = 0; i < 3_000; i++) {
        values.add(node(random, 1));
      }
      JsonNode document = NODES.objectNode().set("v", values);

      assertThat(IndentingWriter.indent(JSON.writeValueAsString(document)))
          .as("seed %d (-Dcop.seed), round %d", SEED, round)
          .isEqualTo(JSON.writer(formerPrinter()).writeValueAsString(document));
    }
  }

  /** A random tree whose root is an object or an array, as a document's is. */
  private static JsonNode document(Random random) {
    JsonNode node = node(random, 0);
    return node.isContainerNode() ? node : NODES.objectNode().set("v", node);
  }

  private static JsonNode node(Random random, int depth) {
    switch (depth > 4 ? random.nextInt(3) : random.nextInt(5)) {
      case 0:
        int whole = random.nextInt(2000) - 1000;
        return random.nextBoolean()
            ? NODES.numberNode(whole)
            : NODES.numberNode(BigDecimal.valueOf(whole, 2));
      case 1:
        return random.nextBoolean() ? NODES.nullNode() : NODES.booleanNode(random.nextBoolean());
      case 2:
        return NODES.textNode(text(random));
      case 3:
        ArrayNode array = NODES.arrayNode();
        for (int i = random.nextInt(4); i > 0; i--) {
          array.add(node(random, depth + 1));
        }
        return array;
      default:
        ObjectNode object = NODES.objectNode();
        for (int i = random.nextInt(4); i > 0; i--) {
          object.set(text(random), node(random, depth + 1));
        }
        return object;
    }
  }

  /** Text holding the characters the indenting writer must leave alone inside strings. */
  private static String text(Random random) {
    String[] pieces = {"a", " ", "{", "]", ",", ":", "\"", "\\", "\n", "\u00e9", "\ud83c\udf93"};
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(6); i > 0; i--) {
      text.append(pieces[random.nextInt(pieces.length)]);
    }
    return text.toString();
  }
}
