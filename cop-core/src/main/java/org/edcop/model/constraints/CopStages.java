package org.edcop.model.constraints;

/**
 * The Jakarta Validation groups that stand for cop's lifecycle stages: the {@code Default} group is
 * the {@code draft} stage, {@link Launch} the {@code launch} stage, {@link Running} the {@code
 * running} stage (judged as of today in the plan's time zone, by the configured validator's clock)
 * and {@link Close} the {@code close} stage.
 *
 * <pre>{@code
 * Set<ConstraintViolation<CommunityOfPractice>> violations =
 *     validator.validate(plan, CopStages.Launch.class);
 * }</pre>
 *
 * <p>Ask for one stage per call. Each requested stage group runs the check once at its stage, so a
 * call with both {@code Default} and {@code Launch} reports the findings of both stages, the same
 * finding possibly twice with different severities. {@code
 * org.edcop.validation.jakarta.StageGroups} maps a {@code Stage} to its group and back.
 *
 * <p>The groups are plain marker interfaces and live beside the model (not in the validation
 * packages) so that the model can name them without depending on the validator; see {@code
 * docs/adr/0004-constraint-declaration-apart-from-validator.md}.
 *
 * @since 0.1.0
 */
public final class CopStages {

  /**
   * The group of the {@code launch} stage: the plan is ready to start.
   *
   * @since 0.1.0
   */
  public interface Launch {}

  /**
   * The group of the {@code running} stage: the community meets, judged as of today.
   *
   * @since 0.2.0
   */
  public interface Running {}

  /**
   * The group of the {@code close} stage: the community is closing or under review.
   *
   * @since 0.1.0
   */
  public interface Close {}

  private CopStages() {}
}
