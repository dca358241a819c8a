package org.edcop.examples.quarkus;

import jakarta.validation.Valid;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.groups.Default;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.constraints.CopStages;
import org.edcop.validation.CopValidator;
import org.edcop.validation.Stage;
import org.edcop.validation.ValidationReport;

/**
 * The same routes as the Spring Boot example: cop's report ({@code /plans/report?stage=}) and
 * Jakarta's {@code @Valid} per stage ({@code /plans/draft}, {@code /plans/launch}, {@code
 * /plans/close}).
 *
 * @since 0.2.0
 */
@Path("/plans")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {

  private final CopValidator validator;

  /**
   * Created by Quarkus.
   *
   * @param validator the validator from {@link CopBeans}
   */
  public PlanResource(CopValidator validator) {
    this.validator = validator;
  }

  /**
   * The validation report of a plan at a stage.
   *
   * @param plan the plan
   * @param stage the stage, by its code
   * @return the report
   */
  @POST
  @Path("/report")
  public ValidationReport report(
      CommunityOfPractice plan, @QueryParam("stage") @DefaultValue("draft") Stage stage) {
    return validator.validate(plan, stage);
  }

  /**
   * Accepts a plan that passes Jakarta validation at the draft stage.
   *
   * @param plan the plan
   * @return the plan
   */
  @POST
  @Path("/draft")
  public CommunityOfPractice draft(@Valid CommunityOfPractice plan) {
    return plan;
  }

  /**
   * Accepts a plan that passes Jakarta validation at the launch stage.
   *
   * @param plan the plan
   * @return the plan
   */
  @POST
  @Path("/launch")
  public CommunityOfPractice launch(
      @Valid @ConvertGroup(from = Default.class, to = CopStages.Launch.class)
          CommunityOfPractice plan) {
    return plan;
  }

  /**
   * Accepts a plan that passes Jakarta validation at the close stage.
   *
   * @param plan the plan
   * @return the plan
   */
  @POST
  @Path("/close")
  public CommunityOfPractice close(
      @Valid @ConvertGroup(from = Default.class, to = CopStages.Close.class)
          CommunityOfPractice plan) {
    return plan;
  }
}
