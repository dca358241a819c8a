package org.edcop.examples.quarkus;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.edcop.json.CopJson;
import org.edcop.json.CopJsonModule;
import org.edcop.json.format.CopJsonException;
import org.edcop.model.Vocabulary;
import org.edcop.validation.CopValidator;
import org.edcop.validation.Severity;
import org.edcop.validation.ValidationPolicy;
import org.edcop.validation.jakarta.CopConstraintSettings;

/**
 * cop's beans for Quarkus, from {@code application.properties}: the {@link CopJson} facade, the
 * {@link CopValidator}, cop's Jackson module on Quarkus's {@code ObjectMapper} and cop's settings
 * on Quarkus's Hibernate Validator (so {@code @Valid} fails only on findings at or above {@code
 * cop.validation.minimum-severity}).
 *
 * @since 0.2.0
 */
@Singleton
public class CopBeans {

  private final long maxDocumentBytes;
  private final Optional<String> policy;
  private final Severity minimumSeverity;

  /**
   * Created by Quarkus with the settings.
   *
   * @param maxDocumentBytes {@code cop.json.max-document-bytes}
   * @param policy {@code cop.validation.policy}: a class path resource
   * @param minimumSeverity {@code cop.validation.minimum-severity}
   */
  public CopBeans(
      @ConfigProperty(name = "cop.json.max-document-bytes", defaultValue = "8388608")
          long maxDocumentBytes,
      @ConfigProperty(name = "cop.validation.policy") Optional<String> policy,
      @ConfigProperty(name = "cop.validation.minimum-severity", defaultValue = "error")
          String minimumSeverity) {
    this.maxDocumentBytes = maxDocumentBytes;
    this.policy = policy;
    this.minimumSeverity = Vocabulary.fromCode(Severity.class, minimumSeverity);
  }

  /**
   * The hardened facade that reads plan bodies.
   *
   * @return the facade
   */
  @Produces
  @Singleton
  public CopJson copJson() {
    return CopJson.builder().maxDocumentBytes(maxDocumentBytes).build();
  }

  /**
   * The validator, with the policy of {@code cop.validation.policy}.
   *
   * @param json the facade that reads the policy
   * @return the validator
   * @throws IllegalStateException naming the setting if the policy cannot be used
   */
  @Produces
  @Singleton
  public CopValidator copValidator(CopJson json) {
    if (policy.isEmpty()) {
      return CopValidator.defaults();
    }
    String setting = "cop.validation.policy=" + policy.get();
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(policy.get())) {
      if (in == null) {
        throw new IllegalStateException(setting + ": no such class path resource");
      }
      ValidationPolicy read = json.readPolicy(in);
      return CopValidator.builder().policy(read).build();
    } catch (CopJsonException | IllegalArgumentException e) {
      throw new IllegalStateException(setting + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new IllegalStateException(setting + ": the resource cannot be read", e);
    }
  }

  /**
   * cop's Jackson module on Quarkus's {@code ObjectMapper}, for request and response types that
   * contain cop values (plans are read by {@link PlanBodyReader}).
   *
   * @return the customizer
   */
  @Produces
  @Singleton
  public ObjectMapperCustomizer copJsonModule() {
    return (ObjectMapper mapper) -> mapper.registerModule(new CopJsonModule());
  }

  /**
   * cop's settings for the Jakarta constraint on plans: this validator and the minimum severity.
   *
   * @param validator the validator
   * @return the customizer
   */
  @Produces
  @Singleton
  public ValidatorFactoryCustomizer copValidation(CopValidator validator) {
    CopConstraintSettings settings =
        CopConstraintSettings.of(validator).withMinimumSeverity(minimumSeverity);
    return configuration -> configuration.constraintValidatorPayload(settings);
  }

  /**
   * The smallest severity that counts against a plan.
   *
   * @return the severity
   */
  public Severity minimumSeverity() {
    return minimumSeverity;
  }
}
