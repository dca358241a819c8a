package org.edcop.testing;

import org.edcop.model.CommunityOfPractice;
import org.immutables.value.Value;

/**
 * One named sample plan with a description of what it shows. Complete samples pass every rule of
 * the launch stage; drafts are wrong in the ways their description lists, so a test (or a person
 * trying the library) knows which findings to expect.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface SamplePlan {

  /**
   * The sample's stable name, in kebab case, e.g. {@code system-leaders}.
   *
   * @return the name
   */
  String getName();

  /**
   * A short human title.
   *
   * @return the title
   */
  String getTitle();

  /**
   * What the sample shows and, for drafts, which findings a validator should report.
   *
   * @return the description
   */
  String getDescription();

  /**
   * The plan itself.
   *
   * @return the plan
   */
  CommunityOfPractice getPlan();

  /**
   * Whether the plan is meant to pass every rule of the launch stage.
   *
   * @return {@code true} for the complete samples, {@code false} for drafts
   */
  boolean isComplete();

  /**
   * Creates a sample.
   *
   * @param name kebab-case name
   * @param title short title
   * @param description what it shows
   * @param plan the plan
   * @param complete whether it passes the launch stage
   * @return the sample
   */
  static SamplePlan of(
      String name, String title, String description, CommunityOfPractice plan, boolean complete) {
    return ImmutableSamplePlan.builder()
        .name(name)
        .title(title)
        .description(description)
        .plan(plan)
        .complete(complete)
        .build();
  }
}
