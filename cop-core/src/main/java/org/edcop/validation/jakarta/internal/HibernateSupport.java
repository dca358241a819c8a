package org.edcop.validation.jakarta.internal;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidationException;
import org.edcop.validation.Finding;
import org.edcop.validation.jakarta.CopConstraintSettings;

/**
 * The only code that uses Hibernate Validator, and only its public API. Its methods take and return
 * {@code Object} so that callers never name a Hibernate Validator type; they are called only when
 * {@link #PRESENT} is {@code true}, and the nested holder that names those types is loaded only
 * then.
 */
public final class HibernateSupport {

  /** Whether Hibernate Validator's public API is visible to this library. */
  public static final boolean PRESENT =
      isPresent("org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext")
          && isPresent("org.hibernate.validator.engine.HibernateConstraintViolation");

  private HibernateSupport() {}

  /**
   * The Hibernate Validator view of a constraint validator context.
   *
   * @param context the context
   * @return the Hibernate context, or {@code null} if the provider is not Hibernate Validator
   */
  public static Object context(ConstraintValidatorContext context) {
    try {
      return Api.context(context);
    } catch (ValidationException | ClassCastException e) {
      return null;
    }
  }

  /**
   * The settings passed as the constraint validator payload, if any.
   *
   * @param hibernateContext a context from {@link #context}
   * @return the settings or {@code null}
   */
  public static CopConstraintSettings settings(Object hibernateContext) {
    return Api.settings(hibernateContext);
  }

  /**
   * Makes a finding the dynamic payload of the violations built next.
   *
   * @param hibernateContext a context from {@link #context}
   * @param finding the finding
   */
  public static void payload(Object hibernateContext, Finding finding) {
    Api.payload(hibernateContext, finding);
  }

  /**
   * The finding carried by a violation as its dynamic payload.
   *
   * @param violation a violation
   * @return the finding, or {@code null} if the violation is not Hibernate Validator's or carries
   *     none
   */
  public static Finding finding(ConstraintViolation<?> violation) {
    try {
      return Api.finding(violation);
    } catch (ValidationException | ClassCastException e) {
      return null;
    }
  }

  private static boolean isPresent(String name) {
    try {
      Class.forName(name, false, HibernateSupport.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** Names Hibernate Validator's types; loaded only when they are present. */
  private static final class Api {

    private Api() {}

    static Object context(ConstraintValidatorContext context) {
      return context.unwrap(
          org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext.class);
    }

    static CopConstraintSettings settings(Object context) {
      return ((org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext)
              context)
          .getConstraintValidatorPayload(CopConstraintSettings.class);
    }

    static void payload(Object context, Finding finding) {
      ((org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext) context)
          .withDynamicPayload(finding);
    }

    static Finding finding(ConstraintViolation<?> violation) {
      @SuppressWarnings("unchecked")
      org.hibernate.validator.engine.HibernateConstraintViolation<Object> hibernate =
          violation.unwrap(org.hibernate.validator.engine.HibernateConstraintViolation.class);
      return hibernate.getDynamicPayload(Finding.class);
    }
  }
}
