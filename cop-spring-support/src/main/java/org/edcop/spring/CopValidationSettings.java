package org.edcop.spring;

import jakarta.validation.Configuration;
import java.util.Objects;
import org.edcop.validation.jakarta.CopConstraintSettings;
import org.edcop.validation.jakarta.CopConstraintValidatorFactory;
import org.hibernate.validator.HibernateValidatorConfiguration;

/**
 * Gives the application's Jakarta {@code Validator} cop's settings (the {@code CopValidator} bean
 * and the smallest severity that makes {@code @Valid} fail), from Boot's {@code
 * ValidationConfigurationCustomizer}. Under Hibernate Validator the settings become the factory's
 * constraint validator payload, so they hold for that factory only; under another provider the
 * configuration's constraint validator factory is wrapped in a {@link
 * CopConstraintValidatorFactory} (no process-wide state in either case).
 *
 * @since 0.2.0
 */
public final class CopValidationSettings {

  private static final boolean HIBERNATE_VALIDATOR =
      isPresent("org.hibernate.validator.HibernateValidatorConfiguration");

  private CopValidationSettings() {}

  /**
   * Applies the settings to a configuration that is about to build a validator factory.
   *
   * @param configuration the configuration
   * @param settings the settings
   */
  public static void apply(Configuration<?> configuration, CopConstraintSettings settings) {
    Objects.requireNonNull(settings, "settings");
    if (!(HIBERNATE_VALIDATOR && Hibernate.apply(configuration, settings))) {
      configuration.constraintValidatorFactory(
          new CopConstraintValidatorFactory(
              settings, configuration.getDefaultConstraintValidatorFactory()));
    }
  }

  /** Touches Hibernate Validator's classes only when they are present. */
  private static final class Hibernate {

    static boolean apply(Configuration<?> configuration, CopConstraintSettings settings) {
      if (configuration instanceof HibernateValidatorConfiguration hv) {
        hv.constraintValidatorPayload(settings);
        return true;
      }
      return false;
    }
  }

  private static boolean isPresent(String name) {
    try {
      Class.forName(name, false, CopValidationSettings.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
