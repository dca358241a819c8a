package org.edcop.validation.internal;

/** The check of one built-in rule: walks the indexed plan and reports what it finds. */
@FunctionalInterface
public interface PlanCheck {

  /**
   * Checks the indexed plan.
   *
   * @param plan the plan's index
   * @param out where to report
   */
  void check(PlanIndex plan, Out out);
}
