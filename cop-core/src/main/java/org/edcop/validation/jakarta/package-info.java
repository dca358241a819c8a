/**
 * Jakarta Validation integration: the validator behind the class-level constraint {@link
 * org.edcop.model.constraints.ValidCommunityOfPractice} that {@code CommunityOfPractice} carries,
 * so that an application's own {@code jakarta.validation.Validator} (Hibernate Validator 8 or 9, as
 * in Spring Boot 3 and 4 or Quarkus) reports cop's findings as constraint violations; the mapping
 * between stages and their validation groups ({@link org.edcop.validation.jakarta.StageGroups});
 * how the constraint is configured ({@link org.edcop.validation.jakarta.CopConstraintSettings},
 * {@link org.edcop.validation.jakarta.CopConstraintValidatorFactory}); and how a violation is read
 * back as a finding ({@link org.edcop.validation.jakarta.CopViolations}). See {@code
 * docs/jakarta-validation.md}.
 *
 * <p>The Jakarta Validation API is a compile dependency of cop-core (the model carries its
 * annotations); nothing needs a provider at run time unless it is used, and Hibernate Validator is
 * an optional dependency.
 *
 * @since 0.1.0
 */
package org.edcop.validation.jakarta;
