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

/** Every command that prints text takes {@code --locale}, and an unknown language is no error. */
class LocaleOptionTest {

  @TempDir static Path dir;
  static Path plan;

  @BeforeAll
  static void plan() throws IOException {
    plan = dir.resolve("plan.json");
    Files.writeString(plan, SampleDocuments.json("system-leaders"), StandardCharsets.UTF_8);
  }

  static List<List<String>> commands() {
    return List.of(
        List.of("validate"),
        List.of("participation", "--as-of", "2026-12-01"),
        List.of("schedule", "--at", "15:30", "--from", "2026-09-01", "--until", "2026-09-30"),
        List.of("transcript", "--as-of", "2026-12-01"),
        List.of("calendar"),
        List.of("erase", "--member", "sl-02"));
  }

  static CopCliTest.Run run(List<String> command, String locale) {
    List<String> args = new java.util.ArrayList<>(command);
    args.add("--locale");
    args.add(locale);
    args.add(plan.toString());
    return cop(args.toArray(String[]::new));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void anUnsupportedLanguageFallsBackToEnglishWithANotice(List<String> command) {
    CopCliTest.Run english = run(command, "en");
    CopCliTest.Run german = run(command, "de");
    assertThat(german.code()).isEqualTo(english.code()).isLessThan(CopCli.USAGE);
    // the calendar stamps its events with the time it was made
    assertThat(german.out().replaceAll("DTSTAMP:\\S+", ""))
        .isEqualTo(english.out().replaceAll("DTSTAMP:\\S+", ""));
    assertThat(german.err())
        .startsWith(
            "cop: language 'de' is not supported; using English (supported: en, fr, es)"
                + System.lineSeparator())
        .doesNotContain("Exception");
    assertThat(german.err())
        .isEqualTo(german.err().lines().findFirst().get() + System.lineSeparator() + english.err());
  }

  @Test
  void textVerbsSpeakTheChosenLanguage() {
    assertThat(run(List.of("participation", "--as-of", "2026-12-01"), "fr").out())
        .contains("participation au 1 décembre 2026", "Noyau", "Vitalité")
        .doesNotContain("2026-11-10");
    assertThat(run(List.of("participation", "--as-of", "2026-12-01"), "es").out())
        .contains("participación al 1 de diciembre de 2026", "Núcleo");
    assertThat(
            run(
                    List.of(
                        "schedule",
                        "--at",
                        "15:30",
                        "--from",
                        "2026-09-01",
                        "--until",
                        "2026-09-30"),
                    "fr")
                .out())
        .contains("1 rencontre du 1 septembre 2026 au 30 septembre 2026", "mar. 8 sept. 2026");
    assertThat(run(List.of("validate", "--stage", "running", "--as-of", "2026-11-20"), "es").out())
        .contains("al 20 de noviembre de 2026", "«En curso»");
  }

  @Test
  void aRegionIsKeptForDatesAndAMalformedTagIsNoStackTrace() {
    assertThat(
            run(List.of("validate", "--stage", "running", "--as-of", "2026-11-20"), "en-GB").out())
        .contains("as of 20 November 2026");
    CopCliTest.Run bad = run(List.of("validate"), "not a tag!");
    assertThat(bad.err()).startsWith("cop: language 'not a tag!' is not supported");
    assertThat(bad.code()).isLessThan(CopCli.USAGE);
  }

  @Test
  void thousandsOfDistinctTagsResolveToTheThreeLanguagesOnly() {
    // the texts are looked up by language alone, so no cache is keyed by the tag that was asked
    java.util.Set<java.util.Locale> resolved = new java.util.HashSet<>();
    for (int i = 0; i < 3000; i++) {
      LocaleOption option = new LocaleOption();
      option.tag = (i % 2 == 0 ? "x" : "fr-x-t") + Integer.toString(i, 36);
      java.util.Locale locale = option.resolve(new java.io.PrintWriter(new java.io.StringWriter()));
      resolved.add(java.util.Locale.forLanguageTag(locale.getLanguage()));
    }
    assertThat(resolved)
        .containsExactlyInAnyOrder(java.util.Locale.ENGLISH, java.util.Locale.FRENCH);
  }
}
