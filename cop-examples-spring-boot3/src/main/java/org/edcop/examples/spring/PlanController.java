package org.edcop.examples.spring;

import jakarta.validation.Valid;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.constraints.CopStages;
import org.edcop.spring.CopProperties;
import org.edcop.spring.CopValidationException;
import org.edcop.validation.CopValidator;
import org.edcop.validation.Stage;
import org.edcop.validation.ValidationReport;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Two ways to check a plan over HTTP, which give the same answer: cop's own ({@code /plans/report},
 * {@code /plans/check}) and Jakarta's {@code @Valid} ({@code /plans/draft}, {@code /plans/launch},
 * {@code /plans/close}); and a request type of the application's own that contains a plan ({@code
 * /plans/submissions}).
 *
 * @since 0.2.0
 */
@RestController
@RequestMapping("/plans")
public class PlanController {

  private final CopValidator validator;
  private final CopProperties properties;

  /**
   * Created by Spring with the starter's beans.
   *
   * @param validator the validator built from {@code cop.validation.*}
   * @param properties the {@code cop.*} settings
   */
  public PlanController(CopValidator validator, CopProperties properties) {
    this.validator = validator;
    this.properties = properties;
  }

  /**
   * The validation report of a plan at a stage ({@code ?stage=launch}; default {@code draft}).
   *
   * @param plan the plan
   * @param stage the stage
   * @return the report, whatever it finds
   */
  @PostMapping("/report")
  public ValidationReport report(
      @RequestBody CommunityOfPractice plan,
      @RequestParam(name = "stage", defaultValue = "draft") Stage stage) {
    return validator.validate(plan, stage);
  }

  /**
   * Accepts a plan that has no finding at or above {@code cop.validation.minimum-severity} at the
   * stage, and answers with it; otherwise a problem detail listing the findings.
   *
   * @param plan the plan
   * @param stage the stage
   * @return the plan as stored
   */
  @PostMapping("/check")
  public CommunityOfPractice check(
      @RequestBody CommunityOfPractice plan,
      @RequestParam(name = "stage", defaultValue = "draft") Stage stage) {
    CopValidationException.throwIfAny(
        validator.validate(plan, stage), properties.getValidation().getMinimumSeverity());
    return plan;
  }

  /**
   * Accepts a plan that passes Jakarta validation at the draft stage (the default group).
   *
   * @param plan the plan
   * @return the plan as stored
   */
  @PostMapping("/draft")
  public CommunityOfPractice draft(@Valid @RequestBody CommunityOfPractice plan) {
    return plan;
  }

  /**
   * Accepts a plan that passes Jakarta validation at the launch stage.
   *
   * @param plan the plan
   * @return the plan as stored
   */
  @PostMapping("/launch")
  public CommunityOfPractice launch(
      @Validated(CopStages.Launch.class) @RequestBody CommunityOfPractice plan) {
    return plan;
  }

  /**
   * Accepts a submission of the application's own type whose plan passes Jakarta validation at the
   * draft stage.
   *
   * @param submission the submission
   * @return the submission as stored
   */
  @PostMapping("/submissions")
  public PlanSubmission submit(@Valid @RequestBody PlanSubmission submission) {
    return submission;
  }

  /**
   * Accepts a plan that passes Jakarta validation at the close stage.
   *
   * @param plan the plan
   * @return the plan as stored
   */
  @PostMapping("/close")
  public CommunityOfPractice close(
      @Validated(CopStages.Close.class) @RequestBody CommunityOfPractice plan) {
    return plan;
  }
}
