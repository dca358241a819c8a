package org.edcop.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TerminalTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "newline | 000a | \\n",
        "carriage return | 000d | \\r",
        "tab | 0009 | \\t",
        "NUL | 0000 | \\u0000",
        "ESC | 001b | \\u001b",
        "BEL | 0007 | \\u0007",
        "DEL | 007f | \\u007f",
        "C1 CSI | 009b | \\u009b",
        "C1 NEL | 0085 | \\u0085",
        "LRE | 202a | \\u202a",
        "RLO | 202e | \\u202e",
        "LRI | 2066 | \\u2066",
        "PDI | 2069 | \\u2069",
        "line separator | 2028 | \\u2028",
      })
  void everyUnsafeCharacterBecomesAVisibleEscape(String name, String hex, String escaped) {
    char c = (char) Integer.parseInt(hex, 16);
    assertThat(Terminal.escape("a" + c + "b")).isEqualTo("a" + escaped + "b");
    assertThat(Terminal.unsafe(c)).isTrue();
  }

  @Test
  void ordinaryTextIsUnchanged() {
    String text = "Ana Ruiz-Okafor, Noyau « 14 octobre » Zoë 学校 \uD83C\uDF93 \\n";
    assertThat(Terminal.escape(text)).isSameAs(text);
  }

  @Test
  void aForgedLineAndATitleSequenceStayOnOneVisibleLine() {
    String hostile = "sl-01\u001b]0;owned\u0007\ncop: everything is fine";
    String line = Terminal.line("no member " + hostile);
    assertThat(line.lines()).hasSize(1);
    assertThat(line).doesNotContain("\u001b", "\u0007").contains("\\u001b]0;owned\\u0007\\n");
  }

  @Test
  void echoedValuesAreShortenedWithAnEllipsis() {
    String huge = "x".repeat(1_000_000);
    assertThat(Terminal.value(huge)).hasSize(Terminal.VALUE_LENGTH + 1).endsWith("\u2026");
    assertThat(Terminal.quote("short")).isEqualTo("'short'");
    // a quoted value inside a library message is shortened too, and the whole line is bounded
    String line = Terminal.line("'" + huge + "' is not a stage");
    assertThat(line).hasSize(Terminal.VALUE_LENGTH + 3 + " is not a stage".length());
    assertThat(Terminal.line("y".repeat(5000))).hasSize(Terminal.LINE_LENGTH + 1);
  }

  @Test
  void shorteningNeverSplitsASurrogatePair() {
    String emoji = "\uD83C\uDF93".repeat(100);
    String cut = Terminal.value(emoji);
    assertThat(cut.codePointCount(0, cut.length())).isEqualTo(Terminal.VALUE_LENGTH + 1);
    assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 2))).isFalse();
  }

  @Test
  void theOutputGuardKeepsLineBreaksAndEscapesTheRest() throws IOException {
    StringWriter sink = new StringWriter();
    try (TerminalSafeWriter guard = new TerminalSafeWriter(sink)) {
      guard.write("a\tb\nc\r\nd\re\u001b[2Jf\u202eg");
      guard.write('\r');
    }
    assertThat(sink.toString()).isEqualTo("a\tb\nc\r\nd\\u000de\\u001b[2Jf\\u202eg\\u000d");
  }
}
