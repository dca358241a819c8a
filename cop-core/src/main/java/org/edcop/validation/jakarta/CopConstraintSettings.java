package org.edcop.validation.jakarta;

import java.util.Locale;
import java.util.Objects;
import org.edcop.validation.CopValidator;
import org.edcop.validation.Severity;

/**
 * How {@link org.edcop.model.constraints.ValidCommunityOfPractice} validates: which {@link
 * CopValidator} (and so which policy and extra rules), the language of the violation messages, and
 * the smallest severity that becomes a violation. Immutable and thread-safe.
 *
 * <p>The constraint looks for its settings in this order:
 *
 * <ol>
 *   <li>Hibernate Validator's <em>constraint validator payload</em>, when it is a {@code
 *       CopConstraintSettings}: per validator factory ({@code
 *       HibernateValidatorConfiguration.constraintValidatorPayload(settings)}) or per validator
 *       ({@code factory.unwrap(HibernateValidatorFactory.class).usingContext()
 *       .constraintValidatorPayload(settings).getValidator()}, cheap enough to do per request, e.g.
 *       to pick the user's language);
 *   <li>otherwise the settings of the {@link CopConstraintValidatorFactory} that the validator
 *       factory (or validator) was configured with, under any provider;
 *   <li>otherwise {@link #defaults()}.
 * </ol>
 *
 * <p>There is no process-wide setting: two validator factories in one process never see each
 * other's settings.
 *
 * @since 0.1.0
 */
public final class CopConstraintSettings {

  private static final CopConstraintSettings DEFAULTS =
      new CopConstraintSettings(null, Locale.ROOT, Severity.INFO);

  private final CopValidator validator;
  private final Locale locale;
  private final Severity minimumSeverity;

  private CopConstraintSettings(CopValidator validator, Locale locale, Severity minimumSeverity) {
    this.validator = validator;
    this.locale = locale;
    this.minimumSeverity = minimumSeverity;
  }

  /**
   * The settings used when none are configured: {@link CopValidator#defaults()}, English messages,
   * every finding (down to {@link Severity#INFO}) a violation.
   *
   * @return the default settings
   */
  public static CopConstraintSettings defaults() {
    return DEFAULTS;
  }

  /**
   * Default settings with another validator.
   *
   * @param validator the validator, e.g. one built with a district's policy
   * @return the settings
   */
  public static CopConstraintSettings of(CopValidator validator) {
    return DEFAULTS.withValidator(validator);
  }

  /**
   * A copy with another validator.
   *
   * @param newValidator the validator
   * @return the new settings
   */
  public CopConstraintSettings withValidator(CopValidator newValidator) {
    return new CopConstraintSettings(
        Objects.requireNonNull(newValidator, "validator"), locale, minimumSeverity);
  }

  /**
   * A copy whose violation messages are in another language (English, French or Spanish; any other
   * gets English). {@link Locale#ROOT} means English.
   *
   * @param newLocale the language
   * @return the new settings
   */
  public CopConstraintSettings withLocale(Locale newLocale) {
    return new CopConstraintSettings(
        validator, Objects.requireNonNull(newLocale, "locale"), minimumSeverity);
  }

  /**
   * A copy that turns only findings at least this severe into violations, e.g. {@link
   * Severity#ERROR} so that a draft with open questions still passes a {@code @Valid} check.
   *
   * @param newMinimum the smallest severity reported
   * @return the new settings
   */
  public CopConstraintSettings withMinimumSeverity(Severity newMinimum) {
    return new CopConstraintSettings(
        validator, locale, Objects.requireNonNull(newMinimum, "minimumSeverity"));
  }

  /**
   * The validator.
   *
   * @return the configured validator, or {@link CopValidator#defaults()}
   */
  public CopValidator getValidator() {
    return validator != null ? validator : CopValidator.defaults();
  }

  /**
   * The language of the violation messages.
   *
   * @return the locale
   */
  public Locale getLocale() {
    return locale;
  }

  /**
   * The smallest severity that becomes a violation.
   *
   * @return the severity
   */
  public Severity getMinimumSeverity() {
    return minimumSeverity;
  }

  /**
   * Whether a finding of this severity becomes a violation.
   *
   * @param severity a finding's severity
   * @return {@code true} if it is at least {@link #getMinimumSeverity()}
   */
  public boolean reports(Severity severity) {
    return severity.isAtLeast(minimumSeverity);
  }

  @Override
  public String toString() {
    return "CopConstraintSettings{validator="
        + (validator != null ? validator : "defaults")
        + ", locale="
        + (locale.equals(Locale.ROOT) ? "root" : locale.toLanguageTag())
        + ", minimumSeverity="
        + minimumSeverity.code()
        + "}";
  }
}
