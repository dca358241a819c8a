package org.edcop.examples.quarkus;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.edcop.examples.quarkus.StageParamConverter.InvalidParameterException;
import org.edcop.json.format.CopJsonException;
import org.edcop.validation.CopMessages;
import org.edcop.validation.Finding;
import org.edcop.validation.Stage;
import org.edcop.validation.jakarta.CopViolations;

/**
 * Answers bad cop input with RFC 9457 problem details ({@code application/problem+json}, status
 * 400), of the same shape as the Spring Boot starters' (docs/spring-boot.md): a bad document with
 * its {@code kind}, {@code pointer}, {@code line} and {@code column}; a failed {@code @Valid} check
 * with its {@code errors} (pointer, rule id, severity, message in the request's language); a bad
 * parameter with its name and value. Never a stack trace.
 *
 * @since 0.2.0
 */
public final class CopExceptionMappers {

  static final String TYPE_BASE = "https://github.com/edcop/cop/blob/main/docs/spring-boot.md#";

  private CopExceptionMappers() {}

  /**
   * A body that is not a valid cop document.
   *
   * @since 0.2.0
   */
  @Provider
  public static class InvalidDocument implements ExceptionMapper<CopJsonException> {

    @Context UriInfo uri;

    /** Created by Quarkus. */
    public InvalidDocument() {}

    @Override
    public Response toResponse(CopJsonException error) {
      Map<String, Object> problem =
          problem("invalid-document", "The request body is not a valid document", uri);
      problem.put("detail", error.getMessage());
      problem.put("kind", error.getKind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      problem.put("pointer", error.getPointer());
      if (error.getLine() > 0) {
        problem.put("line", error.getLine());
      }
      if (error.getColumn() > 0) {
        problem.put("column", error.getColumn());
      }
      return answer(problem);
    }
  }

  /**
   * A plan that fails a {@code @Valid} check.
   *
   * @since 0.2.0
   */
  @Provider
  public static class ValidationFailed implements ExceptionMapper<ConstraintViolationException> {

    @Context UriInfo uri;
    @Context HttpHeaders headers;

    /** Created by Quarkus. */
    public ValidationFailed() {}

    @Override
    public Response toResponse(ConstraintViolationException error) {
      List<Locale> languages = headers.getAcceptableLanguages();
      Locale locale = languages.isEmpty() ? Locale.ENGLISH : languages.get(0);
      List<Map<String, Object>> errors = new ArrayList<>();
      Stage stage = null;
      for (ConstraintViolation<?> violation : error.getConstraintViolations()) {
        Map<String, Object> entry = new LinkedHashMap<>();
        if (CopViolations.isCop(violation)) {
          Optional<Finding> finding = CopViolations.finding(violation);
          stage = CopViolations.stage(violation);
          // method validation prefixes the path with the method and parameter: the finding knows
          entry.put(
              "pointer", finding.map(Finding::getPath).orElse(CopViolations.pointer(violation)));
          entry.put("ruleId", CopViolations.ruleId(violation));
          entry.put("severity", CopViolations.severity(violation).code());
          entry.put(
              "message",
              finding.map(f -> CopMessages.message(f, locale)).orElse(violation.getMessage()));
        } else {
          entry.put("pointer", "/" + violation.getPropertyPath().toString().replace('.', '/'));
          entry.put("severity", "error");
          entry.put("message", violation.getMessage());
        }
        errors.add(entry);
      }
      errors.sort(
          Comparator.comparing((Map<String, Object> e) -> (String) e.get("pointer"))
              .thenComparing(e -> String.valueOf(e.get("ruleId"))));
      Map<String, Object> problem =
          problem("validation-failed", "The plan does not pass validation", uri);
      problem.put(
          "detail",
          errors.size()
              + (errors.size() == 1 ? " finding counts" : " findings count")
              + " against the plan"
              + (stage == null ? "" : " at the " + stage.code() + " stage"));
      if (stage != null) {
        problem.put("stage", stage.code());
      }
      problem.put("errors", errors);
      return answer(problem);
    }
  }

  /**
   * A request parameter that does not convert, such as an unknown stage.
   *
   * @since 0.2.0
   */
  @Provider
  public static class InvalidParameter implements ExceptionMapper<InvalidParameterException> {

    @Context UriInfo uri;

    /** Created by Quarkus. */
    public InvalidParameter() {}

    @Override
    public Response toResponse(InvalidParameterException error) {
      return invalidParameter(error, uri);
    }
  }

  /**
   * JAX-RS answers a query parameter that does not convert with 404, its cause the converter's
   * exception: such a 404 becomes the 400 problem of {@link InvalidParameter}; other 404s are left
   * as they are.
   *
   * @since 0.2.0
   */
  @Provider
  public static class ParameterNotConverted implements ExceptionMapper<NotFoundException> {

    @Context UriInfo uri;

    /** Created by Quarkus. */
    public ParameterNotConverted() {}

    @Override
    public Response toResponse(NotFoundException error) {
      for (Throwable cause = error.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof InvalidParameterException invalid) {
          return invalidParameter(invalid, uri);
        }
      }
      return error.getResponse();
    }
  }

  static Response invalidParameter(InvalidParameterException error, UriInfo uri) {
    Map<String, Object> problem =
        problem("invalid-parameter", "A request parameter has an invalid value", uri);
    problem.put("detail", error.getMessage());
    problem.put("parameter", error.parameter());
    problem.put("value", error.value());
    return answer(problem);
  }

  static Map<String, Object> problem(String type, String title, UriInfo uri) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", TYPE_BASE + type);
    problem.put("title", title);
    problem.put("status", 400);
    if (uri != null) {
      problem.put("instance", uri.getRequestUri().getPath());
    }
    return problem;
  }

  static Response answer(Map<String, Object> problem) {
    return Response.status(400).type("application/problem+json").entity(problem).build();
  }
}
