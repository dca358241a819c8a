package org.edcop.validation.jakarta;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Objects;
import java.util.Optional;
import org.edcop.model.Vocabulary;
import org.edcop.model.constraints.ValidCommunityOfPractice;
import org.edcop.validation.Finding;
import org.edcop.validation.Severity;
import org.edcop.validation.Stage;
import org.edcop.validation.jakarta.internal.HibernateSupport;
import org.edcop.validation.jakarta.internal.ViolationPaths;
import org.edcop.validation.jakarta.internal.ViolationText;

/**
 * Reads a constraint violation of {@link ValidCommunityOfPractice} back as cop's finding: its rule
 * id, severity, JSON Pointer and stage.
 *
 * <pre>{@code
 * for (ConstraintViolation<CommunityOfPractice> v : validator.validate(plan, CopStages.Launch.class)) {
 *   if (CopViolations.isCop(v) && CopViolations.severity(v) == Severity.ERROR) {
 *     show(CopViolations.pointer(v), v.getMessage());
 *   }
 * }
 * }</pre>
 *
 * <p>Under Hibernate Validator each violation carries the whole {@link Finding} as its dynamic
 * payload ({@link #finding}), so a user interface can render it in any language with {@code
 * CopMessages}. Under another provider the finding's severity and rule id travel at the start of
 * the message, as {@code [severity rule-id] }, and {@link #finding} is empty.
 *
 * @since 0.1.0
 */
public final class CopViolations {

  private CopViolations() {}

  /**
   * Whether a violation comes from {@link ValidCommunityOfPractice}.
   *
   * @param violation a violation
   * @return {@code true} for cop's violations
   */
  public static boolean isCop(ConstraintViolation<?> violation) {
    ConstraintDescriptor<?> descriptor = violation.getConstraintDescriptor();
    return descriptor != null && descriptor.getAnnotation() instanceof ValidCommunityOfPractice;
  }

  /**
   * The finding a violation reports, when the provider carried it (Hibernate Validator's dynamic
   * payload).
   *
   * @param violation one of cop's violations
   * @return the finding, or empty under a provider without dynamic payloads
   * @throws IllegalArgumentException if the violation is not one of cop's
   */
  public static Optional<Finding> finding(ConstraintViolation<?> violation) {
    check(violation);
    return Optional.ofNullable(
        HibernateSupport.PRESENT ? HibernateSupport.finding(violation) : null);
  }

  /**
   * The id of the rule behind a violation.
   *
   * @param violation one of cop's violations
   * @return the rule id
   * @throws IllegalArgumentException if the violation is not one of cop's
   */
  public static String ruleId(ConstraintViolation<?> violation) {
    Optional<Finding> finding = finding(violation);
    return finding.isPresent() ? finding.get().getRuleId() : prefix(violation)[1];
  }

  /**
   * The severity of the finding behind a violation.
   *
   * @param violation one of cop's violations
   * @return the severity
   * @throws IllegalArgumentException if the violation is not one of cop's
   */
  public static Severity severity(ConstraintViolation<?> violation) {
    Optional<Finding> finding = finding(violation);
    if (finding.isPresent()) {
      return finding.get().getSeverity();
    }
    String code = prefix(violation)[0];
    for (Severity severity : Severity.values()) {
      if (((Vocabulary) severity).code().equals(code)) {
        return severity;
      }
    }
    throw new IllegalStateException("unknown severity '" + code + "'");
  }

  /**
   * The JSON Pointer of a violation, built from its property path (so it is the finding's own path,
   * e.g. {@code /community/membership/members/3/id}).
   *
   * @param violation one of cop's violations
   * @return the pointer, {@code ""} for the whole plan
   * @throws IllegalArgumentException if the violation is not one of cop's
   */
  public static String pointer(ConstraintViolation<?> violation) {
    check(violation);
    return ViolationPaths.pointer(violation.getPropertyPath());
  }

  /**
   * The stage a violation was found at: the latest stage among its declaration's groups.
   *
   * @param violation one of cop's violations
   * @return the stage
   * @throws IllegalArgumentException if the violation is not one of cop's
   */
  public static Stage stage(ConstraintViolation<?> violation) {
    check(violation);
    return StageGroups.stage(
        violation.getConstraintDescriptor().getGroups().toArray(new Class<?>[0]));
  }

  private static String[] prefix(ConstraintViolation<?> violation) {
    String[] parsed = ViolationText.parse(violation.getMessage());
    if (parsed == null) {
      throw new IllegalStateException(
          "the violation carries neither a finding nor a '[severity rule-id]' prefix: "
              + violation.getMessage());
    }
    return parsed;
  }

  private static void check(ConstraintViolation<?> violation) {
    Objects.requireNonNull(violation, "violation");
    if (!isCop(violation)) {
      throw new IllegalArgumentException(
          "not a violation of @ValidCommunityOfPractice but of "
              + violation.getConstraintDescriptor().getAnnotation()
              + " at '"
              + violation.getPropertyPath()
              + "'");
    }
  }
}
