package org.edcop.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/records.md lists the CSV columns exactly as {@link LearningRecordColumn} defines them. */
class RecordsDocumentTest {

  private static final Path DOC = Path.of("../docs/records.md");
  private static final String BEGIN =
      "<!-- columns:begin (generated from LearningRecordColumn) -->";
  private static final String END = "<!-- columns:end -->";

  static String table() {
    StringBuilder out = new StringBuilder("| # | column | what it holds |\n|---|---|---|\n");
    int n = 1;
    for (LearningRecordColumn column : LearningRecordColumn.values()) {
      out.append("| ")
          .append(n++)
          .append(" | `")
          .append(column.header())
          .append("` | ")
          .append(column.description())
          .append(" |\n");
    }
    return out.toString();
  }

  @Test
  void columnTableIsUpToDate() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    int begin = doc.indexOf(BEGIN);
    int end = doc.indexOf(END);
    assertThat(begin).as("%s marks its column table", DOC).isNotNegative();
    assertThat(end).isGreaterThan(begin);
    String fresh = table();
    if (Boolean.getBoolean("cop.regenerate")) {
      doc = doc.substring(0, begin + BEGIN.length()) + "\n" + fresh + doc.substring(end);
      Files.writeString(DOC, doc, StandardCharsets.UTF_8);
      begin = doc.indexOf(BEGIN);
      end = doc.indexOf(END);
    }
    assertThat(doc.substring(begin + BEGIN.length(), end))
        .as("docs/records.md column table; regenerate with -Dcop.regenerate=true")
        .isEqualTo("\n" + fresh);
  }
}
