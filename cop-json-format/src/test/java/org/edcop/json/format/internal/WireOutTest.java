package org.edcop.json.format.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
      writtenAsTheFormatterWritesThem(dateTime);
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
    writtenAsTheFormatterWritesThem(OffsetDateTime.parse(text));
  }

  /**
   * Years near the format's limits, every nano width and offsets with and without seconds, against
   * the formatter; years outside 0000 to 9999 are refused by both the date and the date-time.
   */
  @Test
  void yearsNearTheLimitsAndEveryFractionWidthComeOutAsTheFormatterWritesThem() {
    Random random = new Random(SEED);
    int[] years = {0, 1, 9, 10, 99, 100, 999, 1000, 1999, 2000, 9990, 9998, 9999};
    for (int year : years) {
      for (int width = 0; width <= 9; width++) {
        int nano = width == 0 ? 0 : (1 + random.nextInt(9)) * (int) Math.pow(10, 9 - width);
        int offset =
            switch (width % 3) {
              case 0 -> 0;
              case 1 -> (random.nextInt(2161) - 1080) * 60;
              default -> random.nextInt(129_601) - 64_800;
            };
        LocalDate date = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        OffsetDateTime dateTime =
            OffsetDateTime.of(
                date.atTime(random.nextInt(24), random.nextInt(60), random.nextInt(60), nano),
                ZoneOffset.ofTotalSeconds(offset));
        writtenAsTheFormatterWritesThem(dateTime);
      }
    }
    for (int year : new int[] {-1, 10_000, -999_999_999, 999_999_999}) {
      LocalDate date = LocalDate.of(year, 6, 1);
      assertThatThrownBy(() -> WireOut.date(date))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("the year " + year + " cannot be written");
      OffsetDateTime dateTime = OffsetDateTime.of(date.atStartOfDay(), ZoneOffset.ofHours(2));
      assertThatThrownBy(() -> WireOut.dateTime(dateTime))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("the year " + year + " cannot be written");
    }
  }

  /** The date-time and its date come out as the format's formatters write them. */
  private static void writtenAsTheFormatterWritesThem(OffsetDateTime dateTime) {
    LocalDate date = dateTime.toLocalDate();
    assertThat(WireOut.date(date)).as("seed %d", SEED).isEqualTo(WireIn.DATE.format(date));
    assertThat(WireOut.dateTime(dateTime))
        .as("seed %d", SEED)
        .isEqualTo(WireIn.DATE_TIME.format(dateTime));
  }
}
