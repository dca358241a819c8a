package org.edcop.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import org.edcop.json.format.CopJsonException;
import org.edcop.json.format.CopJsonException.Kind;
import org.junit.jupiter.api.Test;

/**
 * Bytes that cannot be decoded as text are a malformed document, not an input/output failure:
 * nothing went wrong reading them. (Found by fuzzing the reader: a letter followed by zero bytes
 * makes the parser guess UTF-32, whose decoder then fails; see docs/reliability.md.)
 */
class UndecodableBytesTest {

  private static final CopJson JSON = CopJson.defaults();

  private static byte[] fuzzFinding() {
    byte[] document = new byte[86];
    document[0] = 'z';
    byte[] tail = {
      0x5c,
      (byte) 0xbc,
      (byte) 0xa2,
      (byte) 0xa3,
      (byte) 0xba,
      (byte) 0xa2,
      (byte) 0xa2,
      (byte) 0xa2,
      (byte) 0xa2,
      0x5d,
      0x5d,
      0x60
    };
    System.arraycopy(tail, 0, document, 74, tail.length);
    return document;
  }

  @Test
  void undecodableBytesAreMalformedNotAnIoFailure() {
    CopJsonException e =
        catchThrowableOfType(CopJsonException.class, () -> JSON.readPlan(fuzzFinding()));
    assertThat(e.getKind()).isEqualTo(Kind.MALFORMED);
    assertThat(e.getPointer()).isEmpty();
    assertThat(e.getDetail()).contains("not valid text");
  }

  @Test
  void theSameHoldsForStreamsAndForReportsAndPolicies() {
    assertThat(
            catchThrowableOfType(
                    CopJsonException.class,
                    () -> JSON.readPlan(new ByteArrayInputStream(fuzzFinding())))
                .getKind())
        .isEqualTo(Kind.MALFORMED);
    assertThat(
            catchThrowableOfType(CopJsonException.class, () -> JSON.readReport(fuzzFinding()))
                .getKind())
        .isEqualTo(Kind.MALFORMED);
    assertThat(
            catchThrowableOfType(CopJsonException.class, () -> JSON.readPolicy(fuzzFinding()))
                .getKind())
        .isEqualTo(Kind.MALFORMED);
  }

  @Test
  void aTruncatedMultiByteCharacterIsATypedErrorToo() {
    byte[] document =
        Arrays.copyOf("{\"id\":\"\u00e9".getBytes(java.nio.charset.StandardCharsets.UTF_8), 8);
    CopJsonException e =
        catchThrowableOfType(CopJsonException.class, () -> JSON.readPlan(document));
    assertThat(e.getKind()).isIn(Kind.MALFORMED, Kind.TRUNCATED);
  }
}
