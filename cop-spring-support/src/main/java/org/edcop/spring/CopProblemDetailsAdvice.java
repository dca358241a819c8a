package org.edcop.spring;

import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.edcop.json.format.CopJsonException;
import org.edcop.validation.Stage;
import org.edcop.validation.jakarta.CopViolations;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Answers bad cop input with RFC 9457 problem details ({@code application/problem+json}, status
 * 400; see {@link CopProblemDetails} for the members) instead of Spring's bare 400 that hides where
 * the problem is:
 *
 * <ul>
 *   <li>a request body that cannot be read ({@link HttpMessageNotReadableException}): the {@link
 *       CopJsonException} of the cop converter, or of the cop module inside Boot's mapper, or one
 *       translated from a Jackson error of the application's own request types;
 *   <li>a {@code @Valid} / {@code @Validated} request body with constraint violations ({@link
 *       MethodArgumentNotValidException}): each cop finding with its pointer, rule id, severity and
 *       message;
 *   <li>a {@link CopValidationException} thrown by a controller;
 *   <li>a request parameter that cannot be converted ({@link TypeMismatchException}), such as an
 *       unknown {@code ?stage=} code.
 * </ul>
 *
 * <p>Messages of findings are in the request's language: the locale that Spring's {@code
 * LocaleResolver} chose ({@link LocaleContextHolder}). The advice runs before Spring's own {@code
 * ResponseEntityExceptionHandler}; it is opt-in ({@code cop.web.problem-details.enabled=true}) and
 * can be replaced by a bean of this type.
 *
 * @since 0.2.0
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
public class CopProblemDetailsAdvice {

  private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

  private final CopJsonErrorTranslator translator;

  /**
   * Creates the advice.
   *
   * @param translator turns the Jackson errors of the application's own request types into typed
   *     errors
   */
  public CopProblemDetailsAdvice(CopJsonErrorTranslator translator) {
    this.translator = Objects.requireNonNull(translator, "translator");
  }

  /**
   * A body that could not be read.
   *
   * @param error the exception
   * @return the problem
   */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  public ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException error) {
    return answer(CopProblemDetails.invalidDocument(typed(error)));
  }

  /**
   * A {@code @Valid} body with constraint violations.
   *
   * @param error the exception
   * @return the problem
   */
  @ExceptionHandler(MethodArgumentNotValidException.class)
  public ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException error) {
    Locale locale = LocaleContextHolder.getLocale();
    List<ConstraintViolation<?>> violations = new ArrayList<>();
    List<Map<String, Object>> others = new ArrayList<>();
    for (ObjectError objectError : error.getBindingResult().getAllErrors()) {
      if (objectError.contains(ConstraintViolation.class)) {
        violations.add(objectError.unwrap(ConstraintViolation.class));
      } else {
        String field = objectError instanceof FieldError f ? f.getField() : "";
        others.add(
            CopProblemDetails.fieldError(field, String.valueOf(objectError.getDefaultMessage())));
      }
    }
    ProblemDetail problem = CopProblemDetails.validationFailed(violations, locale);
    if (!others.isEmpty()) {
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> errors =
          new ArrayList<>((List<Map<String, Object>>) problem.getProperties().get("errors"));
      errors.addAll(others);
      problem = CopProblemDetails.validationFailed(stage(violations), errors);
    }
    return answer(problem);
  }

  /**
   * A plan refused by a controller.
   *
   * @param error the exception
   * @return the problem
   */
  @ExceptionHandler(CopValidationException.class)
  public ResponseEntity<ProblemDetail> refused(CopValidationException error) {
    return answer(
        CopProblemDetails.validationFailed(
            error.getReport(), error.getMinimumSeverity(), LocaleContextHolder.getLocale()));
  }

  /**
   * A request parameter that cannot be converted.
   *
   * @param error the exception
   * @return the problem
   */
  @ExceptionHandler(TypeMismatchException.class)
  public ResponseEntity<ProblemDetail> mismatch(TypeMismatchException error) {
    String name =
        error instanceof MethodArgumentTypeMismatchException m
            ? m.getName()
            : error.getPropertyName();
    return answer(
        CopProblemDetails.invalidParameter(
            name == null ? "parameter" : name, error.getValue(), error.getRequiredType()));
  }

  private CopJsonException typed(HttpMessageNotReadableException error) {
    Set<Throwable> seen = new HashSet<>();
    for (Throwable t = error.getCause(); t != null && seen.add(t); t = t.getCause()) {
      if (t instanceof CopJsonException typed) {
        return typed;
      }
    }
    seen.clear();
    for (Throwable t = error.getCause(); t != null && seen.add(t); t = t.getCause()) {
      Optional<CopJsonException> typed = translator.translate(t);
      if (typed.isPresent()) {
        return typed.get();
      }
    }
    return new CopJsonException(
        error.getCause() == null
            ? CopJsonException.Kind.MISSING_VALUE
            : CopJsonException.Kind.MALFORMED,
        "",
        error.getCause() == null
            ? "the request has no body"
            : "the request body could not be read as JSON");
  }

  private static Stage stage(List<ConstraintViolation<?>> violations) {
    for (ConstraintViolation<?> violation : violations) {
      if (CopViolations.isCop(violation)) {
        return CopViolations.stage(violation);
      }
    }
    return null;
  }

  private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).contentType(PROBLEM).body(problem);
  }
}
