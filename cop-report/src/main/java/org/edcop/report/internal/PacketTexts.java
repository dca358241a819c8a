package org.edcop.report.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.edcop.model.Cadence;
import org.edcop.model.CadenceKind;
import org.edcop.model.Vocabulary;
import org.edcop.validation.CopMessages;

/**
 * The packet's own words (headings, column headers, captions) in one language, from the {@code
 * packet} bundles beside this class, plus the model's vocabulary labels and dates in that language.
 * The JVM's default locale is never consulted.
 */
final class PacketTexts {

  private static final String BUNDLE = "org.edcop.report.internal.packet";

  private final Locale locale;
  private final ResourceBundle bundle;
  private final DateTimeFormatter date;
  private final DateTimeFormatter dateTime;
  private final DateTimeFormatter time;

  private PacketTexts(Locale locale) {
    this.locale = locale;
    this.bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    this.dateTime = DateTimeFormatter.ofPattern("EEE d MMM uuuu", locale);
    this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
  }

  /** The texts of one of the supported languages; any other language gets English. */
  static PacketTexts of(Locale locale) {
    String language = locale.getLanguage();
    Locale supported =
        "fr".equals(language) || "es".equals(language)
            ? Locale.forLanguageTag(language)
            : Locale.ENGLISH;
    return new PacketTexts(supported);
  }

  /** The BCP 47 tag of the language, for the page's {@code lang} attribute. */
  String languageTag() {
    return locale.toLanguageTag();
  }

  Locale locale() {
    return locale;
  }

  /** One of the packet's own texts. */
  String get(String key) {
    return bundle.getString(key);
  }

  /**
   * One of the packet's own texts with {@code {name}} placeholders filled in one pass; the values
   * are inserted as they are and never read again as a template.
   */
  String format(String key, Object... namesAndValues) {
    return fill(get(key), namesAndValues);
  }

  static String fill(String template, Object... namesAndValues) {
    StringBuilder result = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i) : -1;
      if (close > i) {
        String name = template.substring(i + 1, close);
        Object value = null;
        for (int k = 0; k + 1 < namesAndValues.length; k += 2) {
          if (namesAndValues[k].equals(name)) {
            value = namesAndValues[k + 1];
          }
        }
        if (value != null) {
          result.append(value);
          i = close + 1;
          continue;
        }
      }
      result.append(c);
      i++;
    }
    return result.toString();
  }

  /** The label of a vocabulary value, as the validation messages use it. */
  String label(Vocabulary value) {
    return CopMessages.label(value, locale);
  }

  String date(LocalDate day) {
    return date.format(day);
  }

  /** A meeting's day and times in the plan's zone, e.g. "Tue 8 Sep 2026, 9:00 AM – 12:00 PM". */
  String meetingTime(OffsetDateTime start, OffsetDateTime end, ZoneId zone) {
    var from = start.atZoneSameInstant(zone);
    StringBuilder text =
        new StringBuilder(dateTime.format(from)).append(", ").append(time.format(from));
    if (end != null) {
      var to = end.atZoneSameInstant(zone);
      text.append(" – ");
      if (!to.toLocalDate().equals(from.toLocalDate())) {
        text.append(dateTime.format(to)).append(", ");
      }
      text.append(time.format(to));
    }
    return text.toString();
  }

  String month(Month month) {
    return month.getDisplayName(TextStyle.SHORT, locale);
  }

  String day(DayOfWeek day) {
    return day.getDisplayName(TextStyle.FULL, locale);
  }

  String duration(Duration length) {
    long minutes = length.toMinutes();
    if (minutes >= 60 && minutes % 60 == 0) {
      return format("duration.hours", "hours", minutes / 60);
    }
    if (minutes > 60) {
      return format("duration.hoursMinutes", "hours", minutes / 60, "minutes", minutes % 60);
    }
    return format("duration.minutes", "minutes", minutes);
  }

  String cadence(Cadence cadence) {
    if (cadence.getKind() == CadenceKind.EVERY_N_WEEKS) {
      int weeks = cadence.getIntervalWeeks().orElse(0);
      if (weeks == 1) {
        return get("cadence.weekly");
      }
      return weeks > 1 ? format("cadence.everyWeeks", "weeks", weeks) : label(cadence.getKind());
    }
    if (cadence.getDayOfWeek().isPresent() && cadence.getWeekOfMonth().isPresent()) {
      int week = cadence.getWeekOfMonth().get();
      String day = day(cadence.getDayOfWeek().get());
      return week < 1 || week > 4
          ? format("cadence.monthlyLast", "day", day)
          : format("cadence.monthlyOn", "day", day, "ordinal", get("ordinal." + week));
    }
    return label(cadence.getKind());
  }
}
