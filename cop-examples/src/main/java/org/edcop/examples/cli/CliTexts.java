package org.edcop.examples.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.edcop.validation.CopMessages;

/**
 * The tool's own words in English, French and Spanish: templates in ICU's MessageFormat syntax
 * (plural rules, locale-aware numbers) from the {@code texts} bundles next to this class, filled in
 * by cop-core's own formatter ({@link CopMessages#format}), so the tool needs no ICU4J at run time.
 * Values are arguments and never become part of a pattern, so a member name containing <code>{0}
 * </code> or an apostrophe prints as it is.
 */
final class CliTexts {

  /** The languages the tool speaks, English first; any other language gets English. */
  static final List<String> LANGUAGES = List.of("en", "fr", "es");

  private final Locale locale;
  private final ResourceBundle bundle;

  private CliTexts(Locale locale) {
    this.locale = locale;
    this.bundle =
        ResourceBundle.getBundle(
            "org.edcop.examples.cli.texts",
            Locale.forLanguageTag(locale.getLanguage()),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /**
   * The texts for a locale whose language is one of {@link #LANGUAGES} (the region, if any, shapes
   * dates and numbers).
   *
   * @param locale a supported locale
   * @return the texts
   */
  static CliTexts of(Locale locale) {
    return new CliTexts(locale);
  }

  Locale locale() {
    return locale;
  }

  /**
   * Renders a message.
   *
   * @param key the key in the bundles
   * @param namesAndValues argument names, each followed by its value (numbers stay numbers, so that
   *     plural rules apply)
   * @return the text
   */
  String format(String key, Object... namesAndValues) {
    Map<String, Object> arguments = new LinkedHashMap<>();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      arguments.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return CopMessages.format(bundle.getString(key), arguments, locale);
  }

  /** A day as people write it in this language, e.g. "14 octobre 2026". */
  String date(LocalDate date) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
  }

  /** A day with its weekday, shorter, e.g. "Wed, Oct 14, 2026". */
  String day(LocalDate date) {
    return DateTimeFormatter.ofPattern(bundle.getString("pattern.day"), locale).format(date);
  }

  /** A whole number with the language's grouping, e.g. "267,052" or "267 052". */
  String number(long value) {
    return CopMessages.format("{n}", Map.of("n", value), locale);
  }

  /** The counts of a report, e.g. "1 error, 0 warnings, 2 open questions". */
  String counts(int errors, int warnings, int questions) {
    return format("counts", "errors", errors, "warnings", warnings, "questions", questions);
  }
}
