package org.edcop.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.edcop.json.format.CopJsonException;
import org.edcop.json.format.CopJsonException.Kind;
import org.edcop.model.CommunityOfPractice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Documents must be well-formed UTF-8. The parser alone would turn an overlong sequence into a
 * stray half of a surrogate pair, and the plan would change on its next write (found by fuzzing the
 * reader, see docs/reliability.md; the fuzz input is a regression input in cop-hardening).
 */
class Utf8Test {

  private static final CopJson JSON = CopJson.defaults();

  /** A plan whose name is made of these bytes. */
  private static byte[] planNamed(String hex) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(
        "{\"schemaVersion\":1,\"id\":\"a\",\n\"name\":\"x".getBytes(StandardCharsets.UTF_8));
    out.writeBytes(HexFormat.of().parseHex(hex));
    out.writeBytes("\",\"authority\":\"A\",\"timeZone\":\"UTC\"}".getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "f08e9f93", // overlong 4-byte form (the fuzz finding)
        "c080",
        "c1bf", // overlong 2-byte forms
        "e09fbf", // overlong 3-byte form
        "eda080",
        "edbfbf", // surrogates in 3-byte form
        "f4908080",
        "f5808080", // above U+10FFFF
        "80",
        "bf", // continuation byte without a lead
        "e282", // lead byte without enough continuation bytes
        "e2287e",
        "f0902841", // a continuation byte that is not one
        "fe",
        "ff"
      })
  void illFormedUtf8IsMalformedWithItsPosition(String hex) {
    CopJsonException e =
        catchThrowableOfType(CopJsonException.class, () -> JSON.readPlan(planNamed(hex)));
    assertThat(e.getKind()).isEqualTo(Kind.MALFORMED);
    assertThat(e.getDetail()).contains("expected UTF-8").contains("at byte 38");
    assertThat(e.getLine()).isEqualTo(2);
    assertThat(e.getColumn()).isEqualTo(10);
  }

  @ParameterizedTest(name = "U+{0}")
  @CsvSource({
    "0080, c280",
    "07FF, dfbf",
    "0800, e0a080",
    "D7FF, ed9fbf",
    "E000, ee8080",
    "FFFD, efbfbd",
    "10000, f0908080",
    "10FFFF, f48fbfbf"
  })
  void everyWellFormedLengthReadsAndComesBackUnchanged(String code, String hex) {
    CommunityOfPractice plan = JSON.readPlan(planNamed(hex));
    assertThat(plan.getName()).isEqualTo("x" + Character.toString(Integer.parseInt(code, 16)));
    assertThat(JSON.readPlan(JSON.writePlan(plan))).isEqualTo(plan);
  }

  @Test
  void aDocumentCutInsideACharacterIsMalformed() {
    byte[] whole = planNamed("e282ac");
    byte[] cut = java.util.Arrays.copyOf(whole, 40); // ends after E2 82
    CopJsonException e = catchThrowableOfType(CopJsonException.class, () -> JSON.readPlan(cut));
    assertThat(e.getKind()).isEqualTo(Kind.MALFORMED);
    assertThat(e.getDetail()).contains("cut off");
  }

  @Test
  void utf16AndUtf32DocumentsAreRefusedAndAUtf8ByteOrderMarkIsAccepted() {
    String text = new String(planNamed("41"), StandardCharsets.UTF_8);
    for (byte[] other :
        new byte[][] {
          text.getBytes(StandardCharsets.UTF_16LE),
          text.getBytes(StandardCharsets.UTF_16BE),
          text.getBytes(StandardCharsets.UTF_16), // with a byte order mark
          text.getBytes(java.nio.charset.Charset.forName("UTF-32BE"))
        }) {
      CopJsonException e = catchThrowableOfType(CopJsonException.class, () -> JSON.readPlan(other));
      assertThat(e.getKind()).isEqualTo(Kind.MALFORMED);
      assertThat(e.getDetail()).contains("expected UTF-8");
    }
    byte[] withMark = ("\ufeff" + text).getBytes(StandardCharsets.UTF_8);
    assertThat(JSON.readPlan(withMark).getName()).isEqualTo("xA");
  }
}
