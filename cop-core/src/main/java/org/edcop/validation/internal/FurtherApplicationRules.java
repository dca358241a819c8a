package org.edcop.validation.internal;

import org.edcop.model.FurtherApplication;
import org.edcop.validation.Section;
import org.edcop.validation.Severity;
import org.edcop.validation.Stage;

/** Rules of the guide's Further Application section. */
final class FurtherApplicationRules {

  private FurtherApplicationRules() {}

  /** Other places the model could serve, or teams that could adopt it, are recorded. */
  static final class ApplicationMissing extends BuiltInRule {
    ApplicationMissing() {
      super(
          "further-application.application-missing",
          Section.FURTHER_APPLICATION,
          Stage.CLOSE,
          Severity.WARNING,
          "The plan names other uses of the community-of-practice model in the school authority,"
              + " or existing teams that could adopt it.");
    }

    @Override
    protected void check(PlanIndex plan, Out out) {
      FurtherApplication further = plan.plan().getFurtherApplication();
      if (further.getOtherUses().isEmpty() && further.getAdaptableTeams().isEmpty()) {
        out.report("/furtherApplication/otherUses", args());
      }
    }
  }
}
