package org.edcop.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.edcop.examples.cli.CopCliTest.cop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.edcop.testing.SampleDocuments;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile text in a plan, a file name or an argument never reaches the terminal raw: no command
 * prints a control character, an escape sequence or a bidi override, and a one-line error stays one
 * short line.
 */
class TerminalSafetyTest {

  /** Sets a window title, clears the screen, overrides direction and forges a line. */
  static final String HOSTILE = "\u001b]0;owned\u0007\u001b[2J\u202e\u0085\u007f\ncop: all good";

  @TempDir static Path dir;
  static Path plan;

  @BeforeAll
  static void hostilePlan() throws IOException {
    String json =
        SampleDocuments.json("system-leaders")
            .replace("\"Alberta System Leaders Community of Practice\"", quoted(HOSTILE))
            .replace("\"sl-01\"", quoted("sl-01" + HOSTILE))
            .replace("\"sl-meeting-2026-09\"", quoted("m" + HOSTILE));
    plan = dir.resolve("hostile.json");
    Files.writeString(plan, json, StandardCharsets.UTF_8);
  }

  static String quoted(String text) {
    return new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(text).toString();
  }

  static List<List<String>> commands() {
    String p = "PLAN";
    return List.of(
        List.of("validate", p),
        List.of("validate", "--stage", "draft", "--locale", "fr", p),
        List.of("validate", "--format", "json", p),
        List.of("participation", "--as-of", "2026-12-01", p),
        List.of("participation", "--as-of", "2026-12-01", "--format", "json", p),
        List.of("schedule", "--at", "15:30", "--from", "2026-09-01", "--until", "2026-10-31", p),
        List.of(
            "schedule",
            "--at",
            "15:30",
            "--from",
            "2026-09-01",
            "--until",
            "2026-10-31",
            "--format",
            "json",
            p),
        List.of("calendar", p),
        List.of("transcript", "--as-of", "2026-12-01", "--format", "json", p),
        List.of("erase", "--member", "sl-02", p),
        List.of("redact", "--profile", "stakeholder", p),
        List.of("example"),
        List.of("schema", "report"));
  }

  static boolean hasUnsafe(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Terminal.unsafe(c)
          && c != '\n'
          && c != '\t'
          && !(c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n')) {
        return true;
      }
    }
    return false;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void noCommandPrintsAControlCharacter(List<String> command) {
    String[] args =
        command.stream().map(a -> a.equals("PLAN") ? plan.toString() : a).toArray(String[]::new);
    CopCliTest.Run run = cop(args);
    assertThat(run.code()).as(run.err()).isLessThan(CopCli.USAGE);
    assertThat(hasUnsafe(run.out())).as(run.out()).isFalse();
    assertThat(hasUnsafe(run.err())).as(run.err()).isFalse();
    assertThat(run.out()).doesNotContain("\ncop: all good");
  }

  @Test
  void aBadValueWithANewlineStaysOneShortLine() {
    CopCliTest.Run run =
        cop("validate", "--stage", "x".repeat(1_000_000) + "\nforged", plan.toString());
    CopCliTest.assertOneLineProblem(run);
    assertThat(run.err().length()).isLessThan(Terminal.LINE_LENGTH + 200);
    CopCliTest.Run member =
        cop("erase", "--member", "nobody" + HOSTILE + "y".repeat(100_000), plan.toString());
    CopCliTest.assertOneLineProblem(member);
    assertThat(hasUnsafe(member.err())).isFalse();
    assertThat(member.err().length()).isLessThan(Terminal.LINE_LENGTH + 200);
  }

  @Test
  void aHostileFileNameIsEscaped() {
    CopCliTest.Run run = cop("validate", dir.resolve("no\u001b[31mfile\n.json").toString());
    CopCliTest.assertOneLineProblem(run);
    assertThat(run.err()).contains("no\\u001b[31mfile\\n.json");
  }
}
