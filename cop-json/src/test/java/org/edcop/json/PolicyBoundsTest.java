package org.edcop.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.edcop.json.format.CopJsonException;
import org.edcop.json.format.CopJsonException.Kind;
import org.edcop.validation.ValidationPolicy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Policy documents may set each threshold exactly on its bound, and the next value is refused with
 * the setting's pointer (written against mutants PIT found surviving; docs/reliability.md).
 */
class PolicyBoundsTest {

  private static final CopJson JSON = CopJson.defaults();

  private static String policy(String settings) {
    return "{\"schemaVersion\":1," + settings + "}";
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "\"maxCoreShare\":0| 0.0| 3| 150",
        "\"maxCoreShare\":1| 1.0| 3| 150",
        "\"idealSizeFloor\":0| 0.3| 0| 150",
        "\"idealSizeFloor\":150| 0.3| 150| 150",
        "\"idealSizeCeiling\":3| 0.3| 3| 3",
        "\"idealSizeFloor\":0,\"idealSizeCeiling\":0| 0.3| 0| 0"
      })
  void aThresholdOnItsBoundIsAccepted(String settings, double share, int floor, int ceiling) {
    ValidationPolicy read = JSON.readPolicy(policy(settings));
    assertThat(read.getMaxCoreShare()).isEqualTo(share);
    assertThat(read.getIdealSizeFloor()).isEqualTo(floor);
    assertThat(read.getIdealSizeCeiling()).isEqualTo(ceiling);
    assertThat(JSON.readPolicy(JSON.writePolicy(read))).isEqualTo(read);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "\"maxCoreShare\":1.0001| /maxCoreShare",
        "\"maxCoreShare\":-0.0001| /maxCoreShare",
        "\"idealSizeFloor\":-1| /idealSizeFloor",
        "\"idealSizeCeiling\":-1| /idealSizeCeiling",
        "\"idealSizeFloor\":151| /idealSizeFloor",
        "\"idealSizeCeiling\":2| /idealSizeCeiling",
        "\"idealSizeFloor\":5,\"idealSizeCeiling\":4| /idealSizeCeiling"
      })
  void theNextValueIsRefusedWithItsPointer(String settings, String pointer) {
    CopJsonException e =
        catchThrowableOfType(CopJsonException.class, () -> JSON.readPolicy(policy(settings)));
    assertThat(e.getKind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(e.getPointer()).isEqualTo(pointer);
  }
}
