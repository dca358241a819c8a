package org.edcop.json.format.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.edcop.json.format.CopJsonException;
import org.edcop.json.format.CopJsonException.Kind;
import org.edcop.model.ParticipationTier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WireInTest {

  private static final WireIn IN = new WireIn();
  private static final JsonPointers AT = JsonPointers.child(JsonPointers.ROOT, "start");

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2026-09-08T16:00:00-06:00, 2026-09-08T16:00:00-06:00",
    "2026-09-08T16:00:00.500-06:00, 2026-09-08T16:00:00.5-06:00",
    "2026-09-08T22:00:00Z, 2026-09-08T22:00:00Z",
    "2026-09-08T22:00:00+00:00, 2026-09-08T22:00:00Z",
    "2026-09-08T16:00:00+05:30, 2026-09-08T16:00:00+05:30",
  })
  void dateTimesKeepTheirOffsetAndComeOutCanonical(String text, String canonical) {
    OffsetDateTime value = IN.dateTime(text, AT);
    assertThat(WireOut.dateTime(value)).isEqualTo(canonical);
    assertThat(IN.dateTime(canonical, AT)).isEqualTo(value);
  }

  @Test
  void offsetIsNeverShiftedToUtc() {
    OffsetDateTime value = IN.dateTime("2026-09-08T16:00:00-06:00", AT);
    assertThat(value.getOffset()).isEqualTo(ZoneOffset.ofHours(-6));
    assertThat(value.getHour()).isEqualTo(16);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "2026-09-08T16:00:00",
        "2026-09-08T16:00-06:00",
        "2026-09-08 16:00:00Z",
        "2026-02-30T16:00:00Z",
        "2026-09-08t16:00:00z",
        "2026-09-08T16:00:00-06",
        "x"
      })
  void dateTimesWithoutAFullOffsetOrSecondsAreRejected(String text) {
    CopJsonException error =
        catchThrowableOfType(CopJsonException.class, () -> IN.dateTime(text, AT));
    assertThat(error.getKind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(error.getPointer()).isEqualTo("/start");
  }

  @Test
  void missingOffsetIsNamedInTheMessage() {
    assertThat(
            catchThrowableOfType(
                    CopJsonException.class, () -> IN.dateTime("2026-09-08T16:00:00", AT))
                .getDetail())
        .contains("has no UTC offset");
  }

  @Test
  void unknownCodeListsTheKnownOnes() {
    CopJsonException error =
        catchThrowableOfType(
            CopJsonException.class, () -> IN.code(ParticipationTier.class, "Core", AT));
    assertThat(error.getKind()).isEqualTo(Kind.UNKNOWN_CODE);
    assertThat(error.getDetail())
        .isEqualTo(
            "'Core' is not a known participation tier; expected one of: core, active,"
                + " occasional, peripheral, transactional");
  }

  @Test
  void pointersEscapeSlashAndTilde() {
    JsonPointers pointer =
        JsonPointers.child(
            JsonPointers.child(JsonPointers.child(JsonPointers.ROOT, "a/b"), 3), "~x");
    assertThat(pointer).hasToString("/a~1b/3/~0x");
    assertThat(JsonPointers.ROOT).hasToString("");
  }

  @Test
  void setsRejectRepeats() {
    CopJsonException error =
        catchThrowableOfType(
            CopJsonException.class,
            () -> IN.codes(ParticipationTier.class, List.of("core", "core"), AT));
    assertThat(error.getPointer()).isEqualTo("/start/1");
  }
}
