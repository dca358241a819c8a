package org.edcop.archfixture.layers.validation;

import org.edcop.archfixture.layers.model.Plan;

/** The checker, which depends on the model: with the annotation above, a cycle. */
public final class PlanChecker {
  /**
   * Checks a plan.
   *
   * @param plan the plan
   * @return whether it has a name
   */
  public boolean check(Plan plan) {
    return !plan.getName().isEmpty();
  }
}
