package org.edcop.spring;

import jakarta.validation.ConstraintViolation;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.edcop.json.format.CopJsonException;
import org.edcop.model.Vocabulary;
import org.edcop.validation.CopMessages;
import org.edcop.validation.Finding;
import org.edcop.validation.Severity;
import org.edcop.validation.Stage;
import org.edcop.validation.ValidationReport;
import org.edcop.validation.jakarta.CopViolations;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Builds the RFC 9457 problem details that {@link CopProblemDetailsAdvice} answers with, for
 * applications that map errors themselves. Every problem has status 400 and one of three types:
 *
 * <table>
 *   <caption>Problem types</caption>
 *   <tr><th>type (after {@value #TYPE_BASE})</th><th>when</th><th>members besides the standard ones</th></tr>
 *   <tr><td>{@code invalid-document}</td><td>the body is not a valid cop document</td>
 *       <td>{@code kind}, {@code pointer}, {@code line}, {@code column}</td></tr>
 *   <tr><td>{@code validation-failed}</td><td>the plan has findings that count against it</td>
 *       <td>{@code stage}, {@code errors}: one object per finding with {@code pointer}, {@code ruleId},
 *       {@code severity}, {@code message}</td></tr>
 *   <tr><td>{@code invalid-parameter}</td><td>a request parameter cannot be converted</td>
 *       <td>{@code parameter}, {@code value}</td></tr>
 * </table>
 *
 * <p>Codes ({@code kind}, {@code severity}, {@code stage}) are the lower-case codes of the cop JSON
 * format. Messages of findings are rendered in the given language by {@link CopMessages}; the other
 * texts are English. No problem ever carries an exception's class name or stack trace.
 *
 * @since 0.2.0
 */
public final class CopProblemDetails {

  /** The common start of the problem type URIs. */
  public static final String TYPE_BASE =
      "https://github.com/edcop/cop/blob/main/docs/spring-boot.md#";

  private CopProblemDetails() {}

  /**
   * The problem for a body that is not a valid cop document.
   *
   * @param error the typed error of the facade
   * @return the problem
   */
  public static ProblemDetail invalidDocument(CopJsonException error) {
    ProblemDetail problem = problem("invalid-document", "The request body is not a valid document");
    problem.setDetail(error.getMessage());
    problem.setProperty("kind", code(error.getKind()));
    problem.setProperty("pointer", error.getPointer());
    if (error.getLine() > 0) {
      problem.setProperty("line", error.getLine());
    }
    if (error.getColumn() > 0) {
      problem.setProperty("column", error.getColumn());
    }
    return problem;
  }

  /**
   * The problem for a plan refused after cop's validation: the findings at or above the minimum
   * severity, in the report's order.
   *
   * @param report the report
   * @param minimumSeverity the smallest severity that counts against the plan
   * @param locale the language of the messages
   * @return the problem
   */
  public static ProblemDetail validationFailed(
      ValidationReport report, Severity minimumSeverity, Locale locale) {
    List<Map<String, Object>> errors = new ArrayList<>();
    for (Finding finding : report.getFindings()) {
      if (CopValidationException.counts(finding, minimumSeverity)) {
        errors.add(
            error(
                finding.getPath(),
                finding.getRuleId(),
                finding.getSeverity(),
                CopMessages.message(finding, locale)));
      }
    }
    return validationFailed(report.getStage(), errors);
  }

  /**
   * The problem for constraint violations of a Jakarta {@code @Valid} check. A cop violation gives
   * its finding's pointer, rule id, severity and message (in {@code locale} under Hibernate
   * Validator, which carries the finding); a violation of another constraint gives the pointer of
   * its property path, severity {@code error}, no rule id and the provider's message. The errors
   * are ordered by pointer, then rule id.
   *
   * @param violations the violations
   * @param locale the language of cop's messages
   * @return the problem
   */
  public static ProblemDetail validationFailed(
      Iterable<? extends ConstraintViolation<?>> violations, Locale locale) {
    List<Map<String, Object>> errors = new ArrayList<>();
    Stage stage = null;
    for (ConstraintViolation<?> violation : violations) {
      if (CopViolations.isCop(violation)) {
        Optional<Finding> finding = CopViolations.finding(violation);
        stage = CopViolations.stage(violation);
        errors.add(
            error(
                CopViolations.pointer(violation),
                CopViolations.ruleId(violation),
                CopViolations.severity(violation),
                finding.map(f -> CopMessages.message(f, locale)).orElse(violation.getMessage())));
      } else {
        errors.add(
            error(
                pointer(violation.getPropertyPath().toString()),
                null,
                Severity.ERROR,
                violation.getMessage()));
      }
    }
    // a provider keeps violations in a set: give them a stable order
    errors.sort(
        java.util.Comparator.comparing((Map<String, Object> e) -> (String) e.get("pointer"))
            .thenComparing(e -> String.valueOf(e.get("ruleId"))));
    return validationFailed(stage, errors);
  }

  /**
   * The problem for a field error of Spring's binding that carries no constraint violation.
   *
   * @param field the field path as Spring names it ({@code a.b[2].c})
   * @param message the message
   * @return one entry of the {@code errors} member
   */
  static Map<String, Object> fieldError(String field, String message) {
    return error(pointer(field), null, Severity.ERROR, message);
  }

  static ProblemDetail validationFailed(Stage stage, List<Map<String, Object>> errors) {
    ProblemDetail problem = problem("validation-failed", "The plan does not pass validation");
    problem.setDetail(
        errors.size()
            + (errors.size() == 1 ? " finding counts" : " findings count")
            + " against the plan"
            + (stage == null ? "" : " at the " + stage.code() + " stage"));
    if (stage != null) {
      problem.setProperty("stage", stage.code());
    }
    problem.setProperty("errors", List.copyOf(errors));
    return problem;
  }

  /**
   * The problem for a request parameter that cannot be converted, such as an unknown stage code.
   *
   * @param parameter the parameter's name
   * @param value the value sent
   * @param type the type it should convert to
   * @return the problem
   */
  public static ProblemDetail invalidParameter(String parameter, Object value, Class<?> type) {
    ProblemDetail problem =
        problem("invalid-parameter", "A request parameter has an invalid value");
    StringBuilder detail = new StringBuilder("'").append(value).append("' is not a valid ");
    if (type != null && type.isEnum() && Vocabulary.class.isAssignableFrom(type)) {
      detail.append(parameter).append("; expected one of: ");
      Object[] values = type.getEnumConstants();
      for (int i = 0; i < values.length; i++) {
        detail.append(i == 0 ? "" : ", ").append(((Vocabulary) values[i]).code());
      }
    } else {
      detail.append("value for ").append(parameter);
    }
    problem.setDetail(detail.toString());
    problem.setProperty("parameter", parameter);
    problem.setProperty("value", String.valueOf(value));
    return problem;
  }

  private static ProblemDetail problem(String type, String title) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    problem.setType(URI.create(TYPE_BASE + type));
    problem.setTitle(title);
    return problem;
  }

  private static Map<String, Object> error(
      String pointer, String ruleId, Severity severity, String message) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("pointer", pointer);
    if (ruleId != null) {
      error.put("ruleId", ruleId);
    }
    error.put("severity", severity.code());
    error.put("message", message);
    return error;
  }

  /** The JSON Pointer of a property path such as {@code a.b[2].c} ({@code /a/b/2/c}). */
  static String pointer(String propertyPath) {
    if (propertyPath.isEmpty()) {
      return "";
    }
    StringBuilder pointer = new StringBuilder("/");
    for (int i = 0; i < propertyPath.length(); i++) {
      char c = propertyPath.charAt(i);
      switch (c) {
        case '.', '[' -> pointer.append('/');
        case ']' -> {}
        case '~' -> pointer.append("~0");
        case '/' -> pointer.append("~1");
        default -> pointer.append(c);
      }
    }
    return pointer.toString();
  }

  private static String code(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
