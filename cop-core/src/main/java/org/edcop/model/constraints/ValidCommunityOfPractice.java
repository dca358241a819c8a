package org.edcop.model.constraints;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The plan passes cop's validation at a lifecycle stage. This one class-level constraint runs the
 * whole {@code CopValidator} (every rule, the configured policy) and reports each finding as its
 * own constraint violation, with the finding's message, a property path that matches its JSON
 * Pointer, and its rule id and severity (read them with {@code
 * org.edcop.validation.jakarta.CopViolations}).
 *
 * <p>{@code CommunityOfPractice} already carries it once per stage: in the {@code Default} group
 * for {@code draft}, in {@link CopStages.Launch} for {@code launch}, in {@link CopStages.Running}
 * for {@code running} (as of today by the validator's clock) and in {@link CopStages.Close} for
 * {@code close}. The stage of a declaration is the latest stage among its groups. Which validator,
 * language and smallest severity are used is set with {@code
 * org.edcop.validation.jakarta.CopConstraintSettings}.
 *
 * <p>The annotation names no validator ({@code validatedBy = {}}), so that the model does not
 * depend on the validation code. cop-core registers its validator for Hibernate Validator through
 * {@code META-INF/services/jakarta.validation.ConstraintValidator}; another provider needs the XML
 * constraint mapping {@code META-INF/cop/constraint-mapping.xml} listed in its {@code
 * validation.xml}. See {@code docs/jakarta-validation.md}.
 *
 * @since 0.1.0
 */
@Documented
@Target(TYPE)
@Retention(RUNTIME)
@Repeatable(ValidCommunityOfPractice.List.class)
@Constraint(validatedBy = {})
public @interface ValidCommunityOfPractice {

  /**
   * Not used for the violations, which carry each finding's own message; required by Jakarta
   * Validation.
   *
   * @return a fixed description
   */
  String message() default "The community-of-practice plan has findings at this stage.";

  /**
   * The validation groups; they decide the stage (none or {@code Default}: draft).
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * Static payload, for the application's own use.
   *
   * @return the payload types
   */
  Class<? extends Payload>[] payload() default {};

  /**
   * Holds several declarations on one type, one per stage.
   *
   * @since 0.1.0
   */
  @Documented
  @Target(TYPE)
  @Retention(RUNTIME)
  @interface List {
    /**
     * The declarations.
     *
     * @return the declarations
     */
    ValidCommunityOfPractice[] value();
  }
}
