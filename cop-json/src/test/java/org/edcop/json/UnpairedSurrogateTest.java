package org.edcop.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.edcop.json.format.CopJsonException;
import org.edcop.json.format.CopJsonException.Kind;
import org.edcop.model.CommunityOfPractice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Half of a surrogate pair is not a character: read and written once, it would come back as {@code
 * ?}. The reader refuses it, naming where it is. (Found by fuzzing the reader, see
 * docs/reliability.md; the fuzz input is kept as a regression input in cop-hardening.)
 */
class UnpairedSurrogateTest {

  private static final CopJson JSON = CopJson.defaults();

  private static String plan(String name, String extra) {
    return "{\"schemaVersion\":1,\"id\":\"a\",\"name\":\""
        + name
        + "\",\"authority\":\"A\",\"timeZone\":\"UTC\""
        + extra
        + "}";
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "'\\ud800 x', D800, 1",
    "'a\\udc00b', DC00, 2",
    "'\\uDBFF', DBFF, 1",
    "'\\udc00\\ud800', DC00, 1",
    "'ok \\ud83d', D83D, 4"
  })
  void anEscapedHalfPairIsRefusedWithItsPointer(String name, String code, int character) {
    byte[] document = plan(name, "").getBytes(StandardCharsets.UTF_8);
    CopJsonException e =
        catchThrowableOfType(CopJsonException.class, () -> JSON.readPlan(document));
    assertThat(e.getKind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(e.getPointer()).isEqualTo("/name");
    assertThat(e.getLine()).isEqualTo(1);
    assertThat(e.getColumn()).isEqualTo(36); // the opening quote of the value
    assertThat(e.getDetail()).contains("U+" + code).contains("character " + character);
  }

  @Test
  void aHalfPairInAnUnknownPropertyIsRefusedToo() {
    CopJsonException name =
        catchThrowableOfType(
            CopJsonException.class, () -> JSON.readPlan(plan("n", ",\"x-\\ud800\":1")));
    // Jackson's parser already refuses a broken pair in a property name
    assertThat(name.getKind()).isEqualTo(Kind.MALFORMED);
    assertThat(name.getDetail()).containsIgnoringCase("surrogate");

    CopJsonException value =
        catchThrowableOfType(
            CopJsonException.class,
            () -> JSON.readPlan(plan("n", ",\"x-note\":{\"list\":[\"\\udfff\"]}")));
    assertThat(value.getKind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(value.getPointer()).isEqualTo("/x-note/list/0");
    assertThat(value.getDetail()).startsWith("the text");
  }

  @Test
  void theRawUtf8FormOfASurrogateIsRefused() {
    byte[] prefix = plan("n", "").substring(0, 37).getBytes(StandardCharsets.UTF_8);
    byte[] rest = plan("n", "").substring(38).getBytes(StandardCharsets.UTF_8);
    byte[] document = new byte[prefix.length + 3 + rest.length];
    System.arraycopy(prefix, 0, document, 0, prefix.length);
    document[prefix.length] = (byte) 0xED; // U+D800 as three UTF-8 bytes (CESU-8 style)
    document[prefix.length + 1] = (byte) 0xA0;
    document[prefix.length + 2] = (byte) 0x80;
    System.arraycopy(rest, 0, document, prefix.length + 3, rest.length);

    CopJsonException e =
        catchThrowableOfType(CopJsonException.class, () -> JSON.readPlan(document));
    assertThat(e.getKind()).isIn(Kind.INVALID_VALUE, Kind.MALFORMED);
    assertThat(e.getPointer()).isIn("/name", "");
  }

  @Test
  void aJavaStringHoldingAHalfPairIsRefusedNotTurnedIntoAQuestionMark() {
    String document = plan("n", "").replace("\"n\"", "\"\n\ud800\"");
    CopJsonException e =
        catchThrowableOfType(CopJsonException.class, () -> JSON.readPlan(document));
    assertThat(e.getKind()).isEqualTo(Kind.MALFORMED);
    assertThat(e.getLine()).isEqualTo(2);
    assertThat(e.getColumn()).isEqualTo(1);
    assertThat(e.getDetail()).contains("U+D800");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"'\\ud83d\\ude00 ok'", "'\\uD83D\\uDE00'", "'😀'", "'a\\\\ud800'"})
  void wholePairsAndEscapedBackslashesStillRead(String name) {
    CommunityOfPractice plan = JSON.readPlan(plan(name, ""));
    assertThat(JSON.readPlan(JSON.writePlan(plan))).isEqualTo(plan);
    assertThat(JSON.readPlan(JSON.writePlan(plan).getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(plan);
  }
}
