package org.edcop.validation.jakarta;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.edcop.model.CommunityOfPractice;
import org.edcop.validation.Finding;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorFactory;
import org.hibernate.validator.messageinterpolation.ExpressionLanguageFeatureLevel;

/**
 * The validator factories an application would build: Hibernate Validator's defaults, and one with
 * expression language enabled as far as bean methods for both constraint messages and custom
 * violations (the most permissive setting). Built once per test JVM and shared.
 */
final class Providers {

  /**
   * The provider with its defaults, as {@code Validation.buildDefaultValidatorFactory()} gives it.
   */
  static final ValidatorFactory PLAIN = Validation.buildDefaultValidatorFactory();

  /** The provider with expression language enabled for bean methods everywhere. */
  static final ValidatorFactory WITH_EL =
      Validation.byProvider(HibernateValidator.class)
          .configure()
          .constraintExpressionLanguageFeatureLevel(ExpressionLanguageFeatureLevel.BEAN_METHODS)
          .customViolationExpressionLanguageFeatureLevel(
              ExpressionLanguageFeatureLevel.BEAN_METHODS)
          .buildValidatorFactory();

  private Providers() {}

  /**
   * A validator of a factory that uses the given settings, passed as Hibernate Validator's
   * constraint validator payload.
   */
  static Validator with(ValidatorFactory factory, CopConstraintSettings settings) {
    return factory
        .unwrap(HibernateValidatorFactory.class)
        .usingContext()
        .constraintValidatorPayload(settings)
        .getValidator();
  }

  /** Rule id, path and severity of each finding, sorted. */
  static List<String> keysOfFindings(Collection<Finding> findings) {
    return findings.stream()
        .map(f -> f.getRuleId() + " " + f.getPath() + " " + f.getSeverity())
        .sorted()
        .collect(Collectors.toList());
  }

  /** Rule id, path and severity of each violation as read back by CopViolations, sorted. */
  static List<String> keysOfViolations(Collection<? extends ConstraintViolation<?>> violations) {
    List<String> keys = new ArrayList<>();
    for (ConstraintViolation<?> v : violations) {
      keys.add(
          CopViolations.ruleId(v)
              + " "
              + CopViolations.pointer(v)
              + " "
              + CopViolations.severity(v));
    }
    keys.sort(null);
    return keys;
  }

  /** The expected property path of a JSON Pointer, written independently of the library. */
  static String expectedPath(String pointer) {
    if (pointer.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (String segment : pointer.substring(1).split("/", -1)) {
      if (segment.matches("0|[1-9][0-9]*") && out.length() > 0) {
        out.append('[').append(segment).append(']');
      } else {
        out.append(out.length() > 0 ? "." : "")
            .append(segment.replace("~1", "/").replace("~0", "~"));
      }
    }
    return out.toString();
  }

  static List<ConstraintViolation<CommunityOfPractice>> list(
      Collection<ConstraintViolation<CommunityOfPractice>> violations) {
    return new ArrayList<>(violations);
  }
}
