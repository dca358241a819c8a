package org.edcop.json.format.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RawJsonTextTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{ \"id\" : 42 , \"fee\": 2.50 }|{\"id\":42,\"fee\":2.50}",
        "[ 1e400 , -0.0, 123456789012345678901234567890 ]|[1e400,-0.0,123456789012345678901234567890]",
        "\"\\u00e9\\/\\n\"|\"é/\\n\"",
        "\"\\u0001\"|\"\\u0001\"",
        "  true |true",
        "null|null",
        "{}|{}",
        "[ ]|[]",
        "[{\"a\":[null,false]}]|[{\"a\":[null,false]}]",
      })
  void canonicalFormDropsWhitespaceAndKeepsNumbers(String text, String canonical) {
    assertThat(RawJsonText.canonical(text)).isEqualTo(canonical);
    assertThat(RawJsonText.canonical(canonical)).isEqualTo(canonical);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "",
        "{",
        "[1,]",
        "{\"a\" 1}",
        "01",
        "1.",
        "1e",
        "tru",
        "\"open",
        "1 2",
        "{\"a\":1,}",
        "'x'",
        "\"\\x\"",
        "[1}"
      })
  void textThatIsNotOneValueIsRefused(String text) {
    assertThatThrownBy(() -> RawJsonText.canonical(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not a single JSON value");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {"plain", "quote \" and \\ backslash", "tab\tnew\nline", "bell\u0007", "é 🎓"})
  void quotingMatchesWhatTheParserGivesBack(String value) {
    StringBuilder quoted = new StringBuilder();
    RawJsonText.quote(quoted, value);
    assertThat(RawJsonText.canonical(quoted.toString())).isEqualTo(quoted.toString());
    RawJsonText builder = new RawJsonText();
    builder.startArray();
    builder.string(value);
    builder.literal("2.50");
    builder.startObject();
    builder.name(value);
    builder.literal("null");
    builder.endObject();
    builder.endArray();
    assertThat(builder.toRawJson().text()).isEqualTo("[" + quoted + ",2.50,{" + quoted + ":null}]");
  }
}
