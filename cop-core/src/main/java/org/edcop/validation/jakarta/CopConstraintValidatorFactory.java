package org.edcop.validation.jakarta;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import java.util.Objects;
import org.edcop.validation.jakarta.internal.PlanConstraintValidator;

/**
 * A {@link ConstraintValidatorFactory} that gives {@code @ValidCommunityOfPractice} fixed {@link
 * CopConstraintSettings} and leaves every other constraint validator to the factory it wraps. This
 * is how settings are chosen per validator factory (or per validator) under any Jakarta Validation
 * provider, with no process-wide state:
 *
 * <pre>{@code
 * Configuration<?> config = Validation.byDefaultProvider().configure();
 * ValidatorFactory factory = config
 *     .constraintValidatorFactory(new CopConstraintValidatorFactory(
 *         CopConstraintSettings.of(districtValidator),
 *         config.getDefaultConstraintValidatorFactory()))
 *     .buildValidatorFactory();
 * }</pre>
 *
 * <p>Wrap the factory the framework already uses (Spring's, which autowires validators; Quarkus's),
 * not the provider's default, when there is one. Hibernate Validator's constraint validator
 * payload, when it holds {@code CopConstraintSettings}, still wins over these settings, so one
 * factory can serve requests in several languages. Thread-safe when the wrapped factory is.
 *
 * @since 0.2.0
 */
public final class CopConstraintValidatorFactory implements ConstraintValidatorFactory {

  private final CopConstraintSettings settings;
  private final ConstraintValidatorFactory delegate;

  /**
   * A factory with the given settings for cop's constraint.
   *
   * @param settings the settings of {@code @ValidCommunityOfPractice}
   * @param delegate the factory for every other constraint validator, usually {@code
   *     Configuration.getDefaultConstraintValidatorFactory()} or the framework's own
   * @since 0.2.0
   */
  public CopConstraintValidatorFactory(
      CopConstraintSettings settings, ConstraintValidatorFactory delegate) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  /**
   * The settings given to cop's constraint.
   *
   * @return the settings
   * @since 0.2.0
   */
  public CopConstraintSettings getSettings() {
    return settings;
  }

  /**
   * A validator instance: cop's own, configured with {@link #getSettings()}, for {@code
   * ValidCommunityOfPractice}; otherwise the wrapped factory's.
   *
   * @param key the validator class
   * @return the instance
   */
  @Override
  public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
    if (key == PlanConstraintValidator.class) {
      return key.cast(new PlanConstraintValidator(settings));
    }
    return delegate.getInstance(key);
  }

  /**
   * Releases an instance; cop's own need nothing, others go back to the wrapped factory.
   *
   * @param instance the instance
   */
  @Override
  public void releaseInstance(ConstraintValidator<?, ?> instance) {
    if (!(instance instanceof PlanConstraintValidator)) {
      delegate.releaseInstance(instance);
    }
  }

  @Override
  public String toString() {
    return "CopConstraintValidatorFactory{" + settings + ", delegate=" + delegate + "}";
  }
}
