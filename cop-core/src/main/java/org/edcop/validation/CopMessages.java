package org.edcop.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.edcop.model.Vocabulary;
import org.edcop.validation.internal.ArgumentFormats;
import org.edcop.validation.internal.Labels;
import org.edcop.validation.internal.MessageFormatter;
import org.edcop.validation.internal.Messages;

/**
 * Renders findings and vocabulary values in a person's language: English, French or Spanish. The
 * language is an argument of every call, so one server can answer each user in theirs; any other
 * language gets English ({@link #resolve} tells which language a locale gets), and the JVM's
 * default locale is never consulted.
 *
 * <pre>{@code
 * Locale shown = CopMessages.resolve(userLocale);   // en for de-DE: tell the user, if you like
 * for (Finding finding : report.getFindings()) {
 *   show(CopMessages.label(finding.getSeverity(), userLocale),
 *        CopMessages.message(finding, userLocale));
 * }
 * }</pre>
 *
 * <p>Messages come from the templates named by {@link Finding#getMessageKey()}, filled in with
 * {@link Finding#getArguments()}. Templates agree in number and gender with their arguments (plural
 * and select, in the syntax of ICU's MessageFormat: "1 open question", "2 open questions").
 * Arguments are shown for people in the locale asked for: dates in long form ("14 October 2026",
 * "14 octobre 2026"), date-times in the plan's time zone, durations ("90 minutes" becomes "1 h 30
 * min"), percentages, vocabulary codes as their labels, and meetings, inquiry cycles and problems
 * of practice by title or date rather than id; the finding keeps the machine values. Text from the
 * plan (a name, a title) is inserted as it is and never read as a template, whatever braces,
 * apostrophes, dollar or hash signs it holds. The bundles, the argument formats and how to add a
 * language are described in {@code docs/i18n.md}.
 *
 * @since 0.1.0
 */
public final class CopMessages {

  private CopMessages() {}

  /**
   * Renders a finding's message in a language. A finding of a custom rule, whose key has no
   * template in the library's bundles, keeps its own message.
   *
   * @param finding the finding
   * @param locale the language wanted; a language other than English, French or Spanish (or {@link
   *     Locale#ROOT}) gets English; its country may choose the date style ({@code en-US})
   * @return the message
   * @throws NullPointerException if an argument is null
   */
  public static String message(Finding finding, Locale locale) {
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(locale, "locale");
    if (!Messages.hasTemplate(finding.getMessageKey())) {
      return finding.getMessage();
    }
    try {
      return Messages.render(finding.getMessageKey(), finding.getArguments(), locale);
    } catch (RuntimeException e) {
      // a template the formatter cannot fill (never seen with the library's bundles)
      return finding.getMessage();
    }
  }

  /**
   * The language a locale is served in: English, French, Spanish, or a language an application
   * added on the class path (see {@code docs/i18n.md}); English for any other. Compare it with the
   * locale asked for to tell a person that their language is not available.
   *
   * <pre>{@code
   * CopMessages.resolve(Locale.CANADA_FRENCH);          // fr
   * CopMessages.resolve(Locale.forLanguageTag("de"));   // en: a fallback
   * }</pre>
   *
   * @param locale the locale asked for
   * @return a locale with a language only
   * @throws NullPointerException if {@code locale} is null
   * @since 0.2.0
   */
  public static Locale resolve(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return Messages.language(locale);
  }

  /**
   * Whether a locale has its own messages and labels, rather than falling back to English. {@link
   * Locale#ROOT} and every English locale count as supported.
   *
   * @param locale the locale
   * @return {@code true} unless the locale falls back to English
   * @throws NullPointerException if {@code locale} is null
   * @since 0.2.0
   */
  public static boolean isSupported(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return locale.getLanguage().isEmpty()
        || locale.getLanguage().equals(Messages.language(locale).getLanguage());
  }

  /**
   * A one-line summary of a guide section for people, in a language: "Community: complete",
   * "Communauté : section complète", "Membership: 2 errors, 1 warning, 1 open question".
   *
   * @param summary the section's summary
   * @param locale the language wanted (as for {@link #message})
   * @return the text
   * @throws NullPointerException if an argument is null
   * @since 0.2.0
   */
  public static String summary(SectionSummary summary, Locale locale) {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(locale, "locale");
    Locale language = Messages.language(locale);
    String section = label(summary.getSection(), language);
    if (summary.isComplete()) {
      return Messages.formatDisplay(
          "summary.section.complete", Map.of("section", section), language);
    }
    return Messages.formatDisplay(
        "summary.section.counts",
        Map.of(
            "section",
            section,
            "counts",
            counts(summary.getErrors(), summary.getWarnings(), summary.getInfos(), locale)),
        language);
  }

  /**
   * The counts of findings for people, in a language, leaving out the severities with none: "2
   * errors, 1 warning and 3 open questions", "aucun constat" when all are zero.
   *
   * @param errors the number of errors
   * @param warnings the number of warnings
   * @param questions the number of open questions (info findings)
   * @param locale the language wanted (as for {@link #message})
   * @return the text
   * @throws NullPointerException if {@code locale} is null
   * @throws IllegalArgumentException if a count is negative
   * @since 0.2.0
   */
  public static String counts(int errors, int warnings, int questions, Locale locale) {
    Objects.requireNonNull(locale, "locale");
    if (errors < 0 || warnings < 0 || questions < 0) {
      throw new IllegalArgumentException(
          "counts must be zero or more, but were: " + errors + ", " + warnings + ", " + questions);
    }
    Locale language = Messages.language(locale);
    List<String> parts = new ArrayList<>(3);
    add(parts, "summary.errors", errors, language);
    add(parts, "summary.warnings", warnings, language);
    add(parts, "summary.questions", questions, language);
    if (parts.isEmpty()) {
      return Messages.formatDisplay("summary.none", Map.of(), language);
    }
    return ArgumentFormats.list(parts, 3, language);
  }

  private static void add(List<String> parts, String key, int count, Locale language) {
    if (count > 0) {
      parts.add(Messages.formatDisplay(key, Map.of("count", String.valueOf(count)), language));
    }
  }

  /**
   * Fills in a template of an application's own, with the same formatter and plural rules as the
   * library's messages, so that a tool built on cop (its command-line summaries, say) needs no
   * other message library. The syntax is the plural, select and number subset of ICU's
   * MessageFormat, with apostrophes as plain text:
   *
   * <pre>{@code
   * CopMessages.format(
   *     "{count, plural, one {# meeting} other {# meetings}} held, {rate, number, percent} attended",
   *     Map.of("count", 12, "rate", 0.75), Locale.ENGLISH);   // "12 meetings held, 75% attended"
   * }</pre>
   *
   * <ul>
   *   <li>{@code {name}} inserts the value; a {@link Number} is written for the locale ("1,234", "1
   *       234"), anything else as its {@linkplain String#valueOf(Object) text};
   *   <li>{@code {name, plural, =0 {...} one {...} other {...}}} chooses a branch by the number's
   *       CLDR plural category in English, French or Spanish (other languages take English's rule);
   *       {@code #} in a branch is the number;
   *   <li>{@code {name, select, a {...} other {...}}} chooses a branch by the value's text;
   *   <li>{@code {name, number}}, {@code {name, number, percent}} and {@code {name, number, 0.0}}
   *       write a number plainly, as a percentage, or after a decimal pattern.
   * </ul>
   *
   * <p>Values are never read as template text: braces, {@code #} or apostrophes in a value are
   * printed as they are. A placeholder without a value (or with a {@code null} one) stays as
   * written. Numbers are exact decimals, rounded half-even where a format shortens them; a {@code
   * double} counts by its shortest decimal text, so {@code 1.0} is singular.
   *
   * @param template the template (text written by the application, never by its users)
   * @param arguments the values by argument name; numbers should stay {@link Number}s so that
   *     plural rules and number formats apply
   * @param locale the locale, whose language chooses the plural rules and whose language and
   *     country choose the number signs; it is used as given, not resolved to a supported language
   * @return the text
   * @throws IllegalArgumentException if the template is malformed (unbalanced braces, an unknown
   *     argument type or number style, a plural or select without {@code other}), naming the offset
   * @throws NullPointerException if {@code template}, {@code arguments} or {@code locale} is null
   * @since 0.2.0
   */
  public static String format(String template, Map<String, ?> arguments, Locale locale) {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(arguments, "arguments");
    Objects.requireNonNull(locale, "locale");
    return MessageFormatter.parse(template).formatValues(arguments, locale);
  }

  /**
   * The label of a vocabulary value (a tier, duty, purpose type, norm topic, format, stage,
   * severity, section...) in a language, e.g. "Noyau" for {@code ParticipationTier.CORE} in French.
   * Every value of the library's vocabularies has a label in every supported language; a value of a
   * vocabulary defined outside the library gets its code.
   *
   * @param value the value
   * @param locale the language wanted; a language other than English, French or Spanish (or {@link
   *     Locale#ROOT}) gets English
   * @return the label
   * @throws NullPointerException if an argument is null
   */
  public static String label(Vocabulary value, Locale locale) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(locale, "locale");
    Class<?> type =
        value instanceof Enum ? ((Enum<?>) value).getDeclaringClass() : value.getClass();
    String label = Labels.label(Labels.typeKey(type) + "." + value.code(), locale);
    return label != null ? label : value.code();
  }

  /**
   * The languages that have their own messages and labels: English, French and Spanish.
   *
   * @return the locales, English first
   */
  public static List<Locale> supportedLocales() {
    return Messages.LANGUAGES;
  }
}
