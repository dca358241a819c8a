package org.edcop.validation.internal;

import org.edcop.model.FurtherApplication;

/** Rules of the guide's Further Application section. */
final class FurtherApplicationRules {

  private FurtherApplicationRules() {}

  /** Other places the model could serve, or teams that could adopt it, are recorded. */
  static final class ApplicationMissing extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      FurtherApplication further = plan.plan().getFurtherApplication();
      if (further.getOtherUses().isEmpty() && further.getAdaptableTeams().isEmpty()) {
        out.report("/furtherApplication/otherUses", args());
      }
    }
  }
}
