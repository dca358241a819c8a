package org.edcop.validation.jakarta;

import jakarta.validation.groups.Default;
import java.util.Objects;
import org.edcop.model.constraints.CopStages;
import org.edcop.validation.Stage;

/**
 * Maps cop's lifecycle {@link Stage}s to the Jakarta Validation groups of {@link CopStages} and
 * back: {@link Stage#DRAFT} is {@code Default}, {@link Stage#LAUNCH} is {@link CopStages.Launch},
 * {@link Stage#RUNNING} is {@link CopStages.Running}, {@link Stage#CLOSE} is {@link
 * CopStages.Close}.
 *
 * <pre>{@code
 * validator.validate(plan, StageGroups.group(Stage.CLOSE));
 * }</pre>
 *
 * @since 0.2.0
 */
public final class StageGroups {

  private StageGroups() {}

  /**
   * The group that stands for a stage.
   *
   * @param stage the stage
   * @return {@code Default.class}, {@code CopStages.Launch.class}, {@code CopStages.Running.class}
   *     or {@code CopStages.Close.class}
   * @since 0.2.0
   */
  public static Class<?> group(Stage stage) {
    switch (Objects.requireNonNull(stage, "stage")) {
      case LAUNCH:
        return CopStages.Launch.class;
      case RUNNING:
        return CopStages.Running.class;
      case CLOSE:
        return CopStages.Close.class;
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
   * @since 0.2.0
   */
  public static Stage stage(Class<?>... groups) {
    Stage stage = Stage.DRAFT;
    for (Class<?> group : groups) {
      Stage of = Stage.DRAFT;
      if (group == CopStages.Close.class) {
        of = Stage.CLOSE;
      } else if (group == CopStages.Running.class) {
        of = Stage.RUNNING;
      } else if (group == CopStages.Launch.class) {
        of = Stage.LAUNCH;
      }
      if (of.compareTo(stage) > 0) {
        stage = of;
      }
    }
    return stage;
  }
}
