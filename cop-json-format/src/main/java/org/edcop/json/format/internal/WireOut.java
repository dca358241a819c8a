package org.edcop.json.format.internal;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.edcop.model.Vocabulary;

/**
 * Conversions from model values to wire text. Everything that is empty or absent becomes {@code
 * null}, which the wire records leave out; sets come out sorted, so equal plans give equal
 * documents whatever order their sets were built in.
 */
public final class WireOut {

  private WireOut() {}

  /**
   * The code of a day of the week: its name in lower case.
   *
   * @param day the day
   * @return the code, e.g. {@code tuesday}
   */
  public static String code(DayOfWeek day) {
    return day.name().toLowerCase(Locale.ROOT);
  }

  /**
   * A set of vocabulary values as their codes, sorted.
   *
   * @param values the values
   * @return the sorted codes, or null when empty
   */
  public static List<String> codes(Collection<? extends Vocabulary> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<String> codes = new ArrayList<>(values.size());
    for (Vocabulary value : values) {
      codes.add(Codes.code(value));
    }
    codes.sort(null);
    return codes;
  }

  /**
   * A list, converted element by element.
   *
   * @param values the model values
   * @param convert the conversion
   * @param <M> the model type
   * @param <W> the wire type
   * @return the wire list, or null when empty
   */
  public static <M, W> List<W> list(List<M> values, Function<M, W> convert) {
    if (values.isEmpty()) {
      return null;
    }
    List<W> result = new ArrayList<>(values.size());
    for (M value : values) {
      result.add(convert.apply(value));
    }
    return result;
  }

  /**
   * A list of text.
   *
   * @param values the values
   * @return a copy, or null when empty
   */
  public static List<String> strings(List<String> values) {
    return values.isEmpty() ? null : List.copyOf(values);
  }

  /**
   * An optional value, converted when present.
   *
   * @param value the optional value
   * @param convert the conversion
   * @param <M> the model type
   * @param <W> the wire type
   * @return the wire value, or null when absent
   */
  public static <M, W> W optional(Optional<M> value, Function<M, W> convert) {
    return value.isPresent() ? convert.apply(value.get()) : null;
  }

  /**
   * A vocabulary value's code.
   *
   * @param value the value, or null
   * @return the code, or null
   */
  public static String code(Vocabulary value) {
    return value == null ? null : Codes.code(value);
  }

  /**
   * A date in ISO-8601 form.
   *
   * @param date the date
   * @return e.g. {@code 2026-09-14}
   */
  public static String date(LocalDate date) {
    int year = date.getYear();
    if (year < 0 || year > 9999) {
      throw outOfRange(year);
    }
    // the formatter's text as Latin-1 bytes, as for the date-times, instead of LocalDate.toString's
    // StringBuilder (docs/performance.md, #22); WireOutTest compares the two
    byte[] text = new byte[10];
    dateDigits(text, year, date);
    return new String(text, StandardCharsets.ISO_8859_1);
  }

  private static IllegalArgumentException outOfRange(int year) {
    return new IllegalArgumentException(
        "the year " + year + " cannot be written: the format has four-digit years, 0000 to 9999");
  }

  /**
   * A local time of day, {@code 15:30} (seconds only when not zero).
   *
   * @param time the time
   * @return the text
   * @since 0.2.0
   */
  public static String time(java.time.LocalTime time) {
    return time.toString();
  }

  /**
   * A date-time in RFC 3339 form, with seconds and its own offset.
   *
   * @param dateTime the date-time
   * @return e.g. {@code 2026-09-14T16:00:00-06:00}
   */
  public static String dateTime(OffsetDateTime dateTime) {
    // the chain (OffsetDateTime -> LocalDateTime -> LocalDate, LocalTime; ZoneOffset) read once,
    // its loads issued together: at 100,000 meetings each is a cache miss (#22)
    LocalDateTime local = dateTime.toLocalDateTime();
    LocalDate date = local.toLocalDate();
    LocalTime time = local.toLocalTime();
    int offset = dateTime.getOffset().getTotalSeconds();
    int year = date.getYear();
    if (year < 0 || year > 9999) {
      throw outOfRange(year);
    }
    if (offset % 60 != 0) {
      // the format's offset has no seconds: leave such rare offsets to the formatter's rules
      return WireIn.DATE_TIME.format(dateTime);
    }
    // the formatter's text, built by hand as Latin-1 bytes (DateTimeFormatter cost a tenth of the
    // writing time; with the StringBuilder that replaced it, dates and date-times were still about
    // 40-50 ns per element, docs/performance.md, #22); WireOutTest compares the two on seeded
    // random date-times
    byte[] text = new byte[35];
    dateDigits(text, year, date);
    text[10] = 'T';
    two(text, 11, time.getHour());
    text[13] = ':';
    two(text, 14, time.getMinute());
    text[16] = ':';
    two(text, 17, time.getSecond());
    int at = 19;
    int nano = time.getNano();
    if (nano != 0) {
      text[at++] = '.';
      int width = 9;
      while (nano % 10 == 0) {
        nano /= 10;
        width--;
      }
      for (int i = at + width - 1; i >= at; i--) {
        text[i] = (byte) ('0' + nano % 10);
        nano /= 10;
      }
      at += width;
    }
    if (offset == 0) {
      text[at++] = 'Z';
    } else {
      int minutes = Math.abs(offset / 60);
      text[at] = (byte) (offset < 0 ? '-' : '+');
      two(text, at + 1, minutes / 60);
      text[at + 3] = ':';
      two(text, at + 4, minutes % 60);
      at += 6;
    }
    return new String(text, 0, at, StandardCharsets.ISO_8859_1);
  }

  /** Writes a date whose year is from 0 to 9999 as {@code yyyy-MM-dd} at the start of the text. */
  private static void dateDigits(byte[] text, int year, LocalDate date) {
    four(text, 0, year);
    text[4] = '-';
    two(text, 5, date.getMonthValue());
    text[7] = '-';
    two(text, 8, date.getDayOfMonth());
  }

  /** Writes a number from 0 to 9999 as four digits. */
  private static void four(byte[] text, int at, int value) {
    two(text, at, value / 100);
    two(text, at + 2, value % 100);
  }

  /** Writes a number from 0 to 99 as two digits. */
  private static void two(byte[] text, int at, int value) {
    text[at] = (byte) ('0' + value / 10);
    text[at + 1] = (byte) ('0' + value % 10);
  }

  /**
   * A value that has a default: null (left out) when it equals the default.
   *
   * @param value the value
   * @param defaultValue its default
   * @param convert the conversion
   * @param <M> the model type
   * @param <W> the wire type
   * @return the wire value, or null when it is the default
   */
  public static <M, W> W unlessDefault(M value, M defaultValue, Function<M, W> convert) {
    return value.equals(defaultValue) ? null : convert.apply(value);
  }

  /**
   * The canonical text of an unknown property's value, checked to be one JSON value.
   *
   * @param name the property's name, for the message
   * @param text the model's raw text
   * @return the canonical text
   * @throws IllegalArgumentException if the text is not one JSON value
   */
  public static String raw(String name, String text) {
    try {
      return RawJsonText.canonical(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "the unknown property '" + name + "' holds text that is " + e.getMessage(), e);
    }
  }
}
