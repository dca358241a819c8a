package org.edcop.json.format.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Reads the two date layouts of the format, {@code 2026-09-14} and {@code
 * 2026-09-14T16:00:00-06:00}, without {@link java.time.format.DateTimeFormatter} when the text has
 * exactly the usual shape (most of a plan's dates do): a formatter's parse costs about ten small
 * objects and most of the time of a date. {@link WireIn#date} and {@link WireIn#dateTime}, the one
 * path of every reader, try these first ({@link PlanReader} straight from the parser's characters,
 * before it makes a string); any other text, valid or not, goes to WireIn's formatters, which
 * decide and word the error, so the two ways accept exactly the same texts.
 */
final class Dates {

  private Dates() {}

  /**
   * Reads {@code yyyy-mm-dd}.
   *
   * @param t the text
   * @return the date, or null for any other shape or a bad day
   */
  static LocalDate date(String t) {
    return t.length() != 10 ? null : date(t.toCharArray(), 0, 10);
  }

  /**
   * Reads {@code yyyy-mm-dd} from characters, such as a parser's buffer.
   *
   * @param t the buffer
   * @param base where the text starts
   * @param length its number of characters
   * @return the date, or null for any other shape or a bad day
   */
  static LocalDate date(char[] t, int base, int length) {
    if (length != 10 || t[base + 4] != '-' || t[base + 7] != '-') {
      return null;
    }
    int year = digits(t, base, 4);
    int month = digits(t, base + 5, 2);
    int day = digits(t, base + 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 28 && !fits(year, month, day)) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }

  private static boolean fits(int year, int month, int day) {
    try {
      LocalDate.of(year, month, day);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  /**
   * Reads {@code yyyy-mm-ddThh:mm:ss} with an optional fraction of 1 to 9 digits and an offset
   * {@code Z} or {@code ±hh:mm}.
   *
   * @param t the text
   * @return the date-time, or null for any other shape or value out of range
   */
  static OffsetDateTime dateTime(String t) {
    return t.length() < 20 ? null : dateTime(t.toCharArray(), 0, t.length());
  }

  /**
   * Reads a date-time, as {@link #dateTime(String)} does, from characters such as a parser's
   * buffer.
   *
   * @param t the buffer
   * @param base where the text starts
   * @param length its number of characters
   * @return the date-time, or null for any other shape or value out of range
   */
  static OffsetDateTime dateTime(char[] t, int base, int length) {
    if (length < 20 || t[base + 10] != 'T' || t[base + 13] != ':' || t[base + 16] != ':') {
      return null;
    }
    int year = digits(t, base, 4);
    int month = digits(t, base + 5, 2);
    int day = digits(t, base + 8, 2);
    int hour = digits(t, base + 11, 2);
    int minute = digits(t, base + 14, 2);
    int second = digits(t, base + 17, 2);
    if (t[base + 4] != '-' || t[base + 7] != '-' || year < 0 || month < 1 || month > 12) {
      return null;
    }
    if (day < 1 || day > 28 && !fits(year, month, day)) {
      return null;
    }
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return null;
    }
    int at = 19;
    int nano = 0;
    if (t[base + at] == '.') {
      int start = ++at;
      while (at < length && at - start < 10 && isDigit(t[base + at])) {
        nano = nano * 10 + t[base + at] - '0';
        at++;
      }
      int width = at - start;
      if (width < 1 || width > 9) {
        return null;
      }
      for (int i = width; i < 9; i++) {
        nano *= 10;
      }
    }
    ZoneOffset offset;
    if (at == length - 1 && t[base + at] == 'Z') {
      offset = ZoneOffset.UTC;
    } else if (at == length - 6 && (t[base + at] == '+' || t[base + at] == '-')) {
      int hours = digits(t, base + at + 1, 2);
      int minutes = digits(t, base + at + 4, 2);
      if (t[base + at + 3] != ':' || hours < 0 || hours > 17 || minutes < 0 || minutes > 59) {
        return null;
      }
      int seconds = hours * 3600 + minutes * 60;
      offset = offset(t[base + at] == '-' ? -seconds : seconds);
    } else {
      return null;
    }
    return OffsetDateTime.of(year, month, day, hour, minute, second, nano, offset);
  }

  /** Offsets in whole quarter hours, -17:45 to +17:45: {@link ZoneOffset}'s own cache is a map. */
  private static final ZoneOffset[] QUARTERS = new ZoneOffset[143];

  static {
    for (int i = 0; i < QUARTERS.length; i++) {
      QUARTERS[i] = ZoneOffset.ofTotalSeconds((i - 71) * 900);
    }
  }

  private static ZoneOffset offset(int seconds) {
    return seconds % 900 == 0 ? QUARTERS[seconds / 900 + 71] : ZoneOffset.ofTotalSeconds(seconds);
  }

  /** The value of {@code count} ASCII digits from {@code start}, or -1 if one is not a digit. */
  private static int digits(char[] t, int start, int count) {
    int value = 0;
    boolean all = true;
    for (int i = start; i < start + count; i++) {
      int digit = t[i] - '0';
      all &= digit >= 0 && digit <= 9;
      value = value * 10 + digit;
    }
    return all ? value : -1;
  }

  private static boolean isDigit(char ch) {
    return ch >= '0' && ch <= '9';
  }
}
