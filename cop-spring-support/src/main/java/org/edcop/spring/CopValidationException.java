package org.edcop.spring;

import java.util.Objects;
import org.edcop.validation.Finding;
import org.edcop.validation.Severity;
import org.edcop.validation.ValidationReport;

/**
 * Thrown by a controller to refuse a plan whose validation report has findings at or above a
 * severity; {@link CopProblemDetailsAdvice} answers it with a problem detail listing those findings
 * (rule id, severity, JSON Pointer, message in the request's language).
 *
 * <pre>{@code
 * ValidationReport report = validator.validate(plan, stage);
 * CopValidationException.throwIfAny(report, Severity.ERROR);
 * }</pre>
 *
 * @since 0.2.0
 */
public final class CopValidationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The report (not serialised with the exception). */
  private final transient ValidationReport report;

  private final Severity minimumSeverity;

  /**
   * Creates the exception.
   *
   * @param report the report of the refused plan
   * @param minimumSeverity the smallest severity that counts against the plan
   */
  public CopValidationException(ValidationReport report, Severity minimumSeverity) {
    super(
        "the plan has "
            + count(report, minimumSeverity)
            + " finding(s) of severity "
            + minimumSeverity.code()
            + " or above at the "
            + report.getStage().code()
            + " stage");
    this.report = report;
    this.minimumSeverity = Objects.requireNonNull(minimumSeverity, "minimumSeverity");
  }

  /**
   * Throws if the report has a finding at or above the severity.
   *
   * @param report the report
   * @param minimumSeverity the smallest severity that counts against the plan
   * @throws CopValidationException if there is such a finding
   */
  public static void throwIfAny(ValidationReport report, Severity minimumSeverity) {
    if (count(report, minimumSeverity) > 0) {
      throw new CopValidationException(report, minimumSeverity);
    }
  }

  private static long count(ValidationReport report, Severity minimum) {
    return report.getFindings().stream().filter(f -> counts(f, minimum)).count();
  }

  static boolean counts(Finding finding, Severity minimum) {
    // severities are declared from the most to the least severe
    return finding.getSeverity().compareTo(minimum) <= 0;
  }

  /**
   * The report of the refused plan.
   *
   * @return the report
   */
  public ValidationReport getReport() {
    return report;
  }

  /**
   * The smallest severity that counts against the plan.
   *
   * @return the severity
   */
  public Severity getMinimumSeverity() {
    return minimumSeverity;
  }
}
