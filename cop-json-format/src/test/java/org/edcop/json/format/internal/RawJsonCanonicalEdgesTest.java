package org.edcop.json.format.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The edges of the canonical form of unknown-property values, written against the mutants PIT found
 * surviving (docs/reliability.md): white space at every position, {@code \\u} escapes, number
 * grammar, literals next to other values, nesting at the limit, and commas between values built
 * from parser events.
 */
class RawJsonCanonicalEdgesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{ \"a\" : [ 1 , 2 ] , \"b\" : { } , \"c\" : [ ] }| {\"a\":[1,2],\"b\":{},\"c\":[]}",
        "[ true , false , null , \"x\" ]| [true,false,null,\"x\"]",
        "[true,null,false]| [true,null,false]",
        "\"\\u0041\\u00e9\\u20AC!\"| \"Aé€!\"",
        "\"\\u001f\\/\\b\\f\\n\\r\\t\"| \"\\u001F/\\b\\f\\n\\r\\t\"",
        "\" ~\"| \" ~\"",
        "[0,-0,0.5,-1.25e+3,1E-5,10e2]| [0,-0,0.5,-1.25e+3,1E-5,10e2]",
        "{\"n\":1e+5}| {\"n\":1e+5}"
      })
  void canonicalTextHasNoWhiteSpaceAndKeepsLexemes(String text, String canonical) {
    assertThat(RawJsonText.canonical(text)).isEqualTo(canonical.strip());
  }

  @Test
  void everyKindOfWhiteSpaceGoesEverywhere() {
    String space = " \t\r\n";
    String text =
        String.join(
            space, "", "{", "\"a\"", ":", "[", "1", ",", "2", "]", ",", "\"b\"", ":", "{", "}", "}",
            "");
    assertThat(RawJsonText.canonical(text)).isEqualTo("{\"a\":[1,2],\"b\":{}}");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "[1,",
        "{\"a\":1",
        "{\"a\"",
        "\"abc",
        "\"\\u00",
        "\"\\u12\"",
        "\"\\uzzzz\"",
        "\"\\x\"",
        "01",
        "-",
        "1.",
        "1e",
        "1e+",
        "-01",
        ".5",
        "[1 2]",
        "{\"a\" 1}",
        "{\"a\":1 \"b\":2}",
        "{1:2}",
        "tru",
        "\"\u0001\"",
        "1 2"
      })
  void malformedTextIsRefusedWithTheParsersOwnError(String text) {
    assertThatThrownBy(() -> RawJsonText.canonical(text))
        .isExactlyInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void nestingUpToTheLimitIsAcceptedAndOneMoreIsNot() {
    String ok = "[".repeat(257) + "]".repeat(257);
    assertThat(RawJsonText.canonical(ok)).isEqualTo(ok);
    String deep = "[".repeat(258) + "]".repeat(258);
    assertThatThrownBy(() -> RawJsonText.canonical(deep))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nesting");
  }

  @Test
  void valuesBuiltFromEventsAreSeparatedByCommas() {
    RawJsonText text = new RawJsonText();
    text.startArray();
    text.startObject();
    text.endObject();
    text.startObject();
    text.name("a");
    text.startArray();
    text.endArray();
    text.name("b");
    text.startObject();
    text.endObject();
    text.endObject();
    text.startArray();
    text.literal("1");
    text.endArray();
    text.string("s");
    text.endArray();
    assertThat(text.toRawJson().text()).isEqualTo("[{},{\"a\":[],\"b\":{}},[1],\"s\"]");
  }
}
