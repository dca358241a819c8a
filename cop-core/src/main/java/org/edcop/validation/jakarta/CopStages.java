package org.edcop.validation.jakarta;

import jakarta.validation.groups.Default;
import java.util.Objects;
import org.edcop.validation.Stage;

/**
 * The Jakarta Validation groups that stand for cop's lifecycle stages: the {@code Default} group is
 * {@link Stage#DRAFT}, {@link Launch} is {@link Stage#LAUNCH}, {@link Running} is {@link
 * Stage#RUNNING} (as of today in the plan's time zone, by the configured validator's clock) and
 * {@link Close} is {@link Stage#CLOSE}.
 *
 * <pre>{@code
 * Set<ConstraintViolation<CommunityOfPractice>> violations =
 *     validator.validate(plan, CopStages.Launch.class);
 * }</pre>
 *
 * <p>Ask for one stage per call. Each requested stage group runs the check once at its stage, so a
 * call with both {@code Default} and {@code Launch} reports the findings of both stages, the same
 * finding possibly twice with different severities; {@link CopViolations#stage} tells them apart.
 *
 * @since 0.1.0
 */
public final class CopStages {

  /** The group of the {@code launch} stage: the plan is ready to start. */
  public interface Launch {}

  /**
   * The group of the {@code running} stage: the community meets, judged as of today.
   *
   * @since 0.2.0
   */
  public interface Running {}

  /** The group of the {@code close} stage: the community is closing or under review. */
  public interface Close {}

  private CopStages() {}

  /**
   * The group that stands for a stage.
   *
   * @param stage the stage
   * @return {@code Default.class}, {@code Launch.class}, {@code Running.class} or {@code
   *     Close.class}
   */
  public static Class<?> group(Stage stage) {
    switch (Objects.requireNonNull(stage, "stage")) {
      case LAUNCH:
        return Launch.class;
      case RUNNING:
        return Running.class;
      case CLOSE:
        return Close.class;
      default:
        return Default.class;
    }
  }

  /**
   * The stage that a set of groups stands for: the latest stage among them; {@link Stage#DRAFT} for
   * none, for {@code Default} and for groups that stand for no stage.
   *
   * @param groups the groups
   * @return the stage
   */
  public static Stage stage(Class<?>... groups) {
    Stage stage = Stage.DRAFT;
    for (Class<?> group : groups) {
      Stage of = Stage.DRAFT;
      if (group == Close.class) {
        of = Stage.CLOSE;
      } else if (group == Running.class) {
        of = Stage.RUNNING;
      } else if (group == Launch.class) {
        of = Stage.LAUNCH;
      }
      if (of.compareTo(stage) > 0) {
        stage = of;
      }
    }
    return stage;
  }
}
