package org.edcop.validation;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.edcop.model.Vocabulary;
import org.edcop.validation.internal.Labels;
import org.edcop.validation.internal.Messages;

/**
 * Renders findings and vocabulary values in a person's language: English, French or Spanish. The
 * language is an argument of every call, so one server can answer each user in theirs; any other
 * language gets English, and the JVM's default locale is never consulted.
 *
 * <pre>{@code
 * for (Finding finding : report.getFindings()) {
 *   show(CopMessages.label(finding.getSeverity(), userLocale),
 *        CopMessages.message(finding, userLocale));
 * }
 * }</pre>
 *
 * <p>Messages come from the templates named by {@link Finding#getMessageKey()}, filled in with
 * {@link Finding#getArguments()} in a single pass: text from the plan (a name, an id) is inserted
 * as it is and never read again as a template, whatever braces, dollar or hash signs it holds. A
 * translated template may write {@code {name.label}} instead of {@code {name}} for the arguments
 * that carry a vocabulary code ({@code duty}, {@code topic}, {@code tier}, {@code structure},
 * {@code format}, {@code use}, {@code purposeType}, and {@code day} for a day of the week); it is
 * replaced by the value's label in the same language. The bundles and how to add a language are
 * described in {@code docs/i18n.md}.
 *
 * @since 0.1.0
 */
public final class CopMessages {

  private static final List<Locale> SUPPORTED =
      List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"));

  private CopMessages() {}

  /**
   * Renders a finding's message in a language. A finding of a custom rule, whose key has no
   * template in the library's bundles, keeps its own message.
   *
   * @param finding the finding
   * @param locale the language wanted; a language other than English, French or Spanish (or {@link
   *     Locale#ROOT}) gets English
   * @return the message
   * @throws NullPointerException if an argument is null
   */
  public static String message(Finding finding, Locale locale) {
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(locale, "locale");
    String template = Messages.template(finding.getMessageKey(), locale);
    if (template == null) {
      return finding.getMessage();
    }
    return Messages.fillWithLabels(template, finding.getArguments(), locale);
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
    return SUPPORTED;
  }
}
