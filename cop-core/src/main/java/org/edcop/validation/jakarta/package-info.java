/**
 * Jakarta Validation integration: the class-level constraint {@link
 * org.edcop.validation.jakarta.ValidCommunityOfPractice} that {@code CommunityOfPractice} carries,
 * so that an application's own {@code jakarta.validation.Validator} (Hibernate Validator 8 or 9, as
 * in Spring Boot 3 and 4 or Quarkus) reports cop's findings as constraint violations; the
 * validation groups that stand for the lifecycle stages ({@link
 * org.edcop.validation.jakarta.CopStages}); how the constraint is configured ({@link
 * org.edcop.validation.jakarta.CopConstraintSettings}); and how a violation is read back as a
 * finding ({@link org.edcop.validation.jakarta.CopViolations}). See {@code
 * docs/jakarta-validation.md}.
 *
 * <p>Nothing here needs Jakarta Validation at run time unless it is used: the API is a {@code
 * provided} dependency, and Hibernate Validator an optional one.
 */
package org.edcop.validation.jakarta;
