package org.edcop.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.edcop.validation.internal.Messages;
import org.edcop.validation.internal.Pointer;
import org.junit.jupiter.api.Test;

/** Message templates are filled in one pass, and lookup never uses the JVM's default locale. */
class MessagesTest {

  @Test
  void placeholdersAreFilledOnceAndValuesAreNeverReRead() {
    Map<String, String> args = new LinkedHashMap<>();
    args.put("a", "{b}");
    args.put("b", "${1+1}");
    args.put("c", "{jakarta.validation.constraints.NotNull.message}");
    assertThat(Messages.fill("x {a} y {b} z {c}", args))
        .isEqualTo("x {b} y ${1+1} z {jakarta.validation.constraints.NotNull.message}");
  }

  @Test
  void unknownOrMalformedPlaceholdersStayAsWritten() {
    Map<String, String> args = Map.of("a", "A");
    assertThat(Messages.fill("it's {a}, {missing}, {}, {a, { a}, {a", args))
        .isEqualTo("it's A, {missing}, {}, {a, { a}, {a");
    assertThat(Messages.fill("{a}{a}{{a}}", args)).isEqualTo("AA{A}");
    assertThat(Messages.fill("", args)).isEmpty();
  }

  @Test
  void renderUsesTheRootFileWhateverTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      String english =
          Messages.render(
              "leadership.duty-uncovered", Map.of("duty", "set-up-meetings"), Locale.ROOT);
      assertThat(english)
          .isEqualTo("No leader has the duty “Set up meetings”. Assign it to a leader.");
      assertThat(Messages.render("leadership.duty-uncovered", Map.of("duty", "x"), null))
          .isEqualTo("No leader has the duty “x”. Assign it to a leader.");
      assertThat(Messages.render("leadership.duty-uncovered", Map.of("duty", "x"), Locale.JAPAN))
          .isEqualTo("No leader has the duty “x”. Assign it to a leader.");
      assertThat(Messages.render("no.such-key", Map.of(), Locale.ROOT)).isEqualTo("no.such-key");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void pointersEscapeTildeAndSlash() {
    assertThat(Pointer.of("a/b", "m~n", 3)).isEqualTo("/a~1b/m~0n/3");
    assertThat(Pointer.of()).isEmpty();
    assertThat(Pointer.escape("~/")).isEqualTo("~0~1");
    assertThat(Pointer.append("/x", "y")).isEqualTo("/x/y");
  }
}
