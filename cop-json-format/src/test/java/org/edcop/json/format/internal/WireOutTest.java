package org.edcop.json.format.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The hand-built date and date-time text of the writer is the text of the format's formatters
 * ({@link WireIn#DATE}, {@link WireIn#DATE_TIME}), which the reader parses.
 */
class WireOutTest {

  private static final long SEED = Long.getLong("cop.seed", System.nanoTime());

  @Test
  void randomDatesAndDateTimesComeOutAsTheFormatterWritesThem() {
    Random random = new Random(SEED);
    for (int i = 0; i < 20_000; i++) {
      LocalDate date =
          LocalDate.of(random.nextInt(10_000), 1 + random.nextInt(12), 1)
              .plusDays(random.nextInt(28));
      int nano =
          switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> random.nextInt(1000) * 1_000_000;
            case 2 -> random.nextInt(1_000_000) * 1000;
            default -> random.nextInt(1_000_000_000);
          };
      int offset =
          switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> (random.nextInt(37) - 18) * 3600;
            case 2 -> (random.nextInt(2161) - 1080) * 60;
            default -> random.nextInt(129_601) - 64_800;
          };
      OffsetDateTime dateTime =
          OffsetDateTime.of(
              date.atTime(random.nextInt(24), random.nextInt(60), random.nextInt(60), nano),
              ZoneOffset.ofTotalSeconds(offset));
      assertThat(WireOut.date(date)).as("seed %d", SEED).isEqualTo(WireIn.DATE.format(date));
      assertThat(WireOut.dateTime(dateTime))
          .as("seed %d", SEED)
          .isEqualTo(WireIn.DATE_TIME.format(dateTime));
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "0000-01-01T00:00:00Z",
    "9999-12-31T23:59:59.999999999+18:00",
    "0042-03-04T05:06:07.000000001-18:00",
    "2026-09-08T16:00:00.120-00:30",
    "2026-09-08T16:00:00+14:00",
  })
  void edgesComeOutAsTheFormatterWritesThem(String text) {
    OffsetDateTime dateTime = OffsetDateTime.parse(text);
    assertThat(WireOut.dateTime(dateTime)).isEqualTo(WireIn.DATE_TIME.format(dateTime));
    assertThat(WireOut.date(dateTime.toLocalDate()))
        .isEqualTo(WireIn.DATE.format(dateTime.toLocalDate()));
  }
}
