package org.edcop.spring;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.function.Function;
import org.edcop.json.format.CopJsonException;
import org.edcop.validation.CopValidator;
import org.edcop.validation.ValidationPolicy;
import org.springframework.core.io.Resource;

/**
 * Builds the {@code CopValidator} bean from the {@code cop.validation.*} settings. A policy that
 * cannot be used stops the application at start-up with an {@link IllegalStateException} naming the
 * setting, its value and the problem (a missing resource, a document error with its JSON Pointer
 * and line, an unknown preset), never at the first request.
 *
 * @since 0.2.0
 */
public final class CopValidators {

  private CopValidators() {}

  /**
   * Builds the validator.
   *
   * @param settings the settings
   * @param policyReader reads a policy document with the application's JSON facade
   * @return the validator
   * @throws IllegalStateException if the policy cannot be used
   */
  public static CopValidator fromSettings(
      CopProperties.Validation settings, Function<InputStream, ValidationPolicy> policyReader) {
    return CopValidator.builder().policy(policy(settings, policyReader)).build();
  }

  static ValidationPolicy policy(
      CopProperties.Validation settings, Function<InputStream, ValidationPolicy> policyReader) {
    Resource resource = settings.getPolicy();
    String preset = settings.getPreset();
    if (resource != null && preset != null && !preset.isBlank()) {
      throw new IllegalStateException(
          "cop.validation.policy and cop.validation.preset are both set; set one of them");
    }
    if (resource != null) {
      return read(resource, policyReader);
    }
    if (preset != null && !preset.isBlank()) {
      return preset(preset.strip());
    }
    return ValidationPolicy.defaults();
  }

  private static ValidationPolicy read(
      Resource resource, Function<InputStream, ValidationPolicy> policyReader) {
    String setting = "cop.validation.policy=" + resource.getDescription();
    if (!resource.exists()) {
      throw new IllegalStateException(setting + ": the resource does not exist");
    }
    try (InputStream in = resource.getInputStream()) {
      return policyReader.apply(in);
    } catch (CopJsonException e) {
      throw new IllegalStateException(setting + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(setting + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new IllegalStateException(setting + ": the resource cannot be read", e);
    }
  }

  /**
   * The preset by name, through {@code ValidationPolicy.preset(String)} when the cop-core on the
   * class path has presets (looked up reflectively so that the starter also runs on a cop-core
   * without them).
   */
  private static ValidationPolicy preset(String name) {
    String setting = "cop.validation.preset=" + name;
    Method method;
    try {
      method = ValidationPolicy.class.getMethod("preset", String.class);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(
          setting + ": this cop-core has no policy presets (ValidationPolicy.preset)", e);
    }
    try {
      return (ValidationPolicy) method.invoke(null, name);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      throw new IllegalStateException(setting + ": " + cause.getMessage(), cause);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(setting + ": " + e.getMessage(), e);
    }
  }
}
