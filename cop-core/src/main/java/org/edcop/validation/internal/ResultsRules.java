package org.edcop.validation.internal;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.edcop.model.Evidence;
import org.edcop.model.Legacy;
import org.edcop.model.PurposeType;
import org.edcop.model.Results;

/** Rules of the guide's Results &amp; Celebration section. */
final class ResultsRules {

  private ResultsRules() {}

  private static Results results(PlanIndex plan) {
    return plan.plan().getPractice().getResults();
  }

  /** How member feedback is gathered along the way is planned. */
  static final class FeedbackMethodMissing extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      if (results(plan).getFeedbackMethods().isEmpty()) {
        out.report(Paths.RESULTS + "/feedbackMethods", args());
      }
    }
  }

  /** Every purpose type has at least one planned piece of evidence. */
  static final class EvidenceMissing extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      Set<PurposeType> evidenced = EnumSet.noneOf(PurposeType.class);
      for (Evidence evidence : results(plan).getPlannedEvidence()) {
        evidence.getPurposeType().ifPresent(evidenced::add);
      }
      for (PurposeType type : PurposeType.values()) {
        if (plan.plan().getDomain().getPurpose().getTypes().contains(type)
            && !evidenced.contains(type)) {
          out.report(Paths.RESULTS + "/plannedEvidence", args("purposeType", type));
        }
      }
    }
  }

  /** How the community will know its purpose is achieved is stated. */
  static final class SuccessCriteriaMissing extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      if (!Text.present(results(plan).getSuccessCriteria())) {
        out.report(Paths.RESULTS + "/successCriteria", args());
      }
    }
  }

  /** A legacy is recorded, with how it is communicated to stakeholders. */
  static final class LegacyMissing extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      Optional<Legacy> legacy = results(plan).getLegacy();
      if (legacy.isEmpty() || !Text.present(legacy.get().getDescription())) {
        out.report(Paths.RESULTS + "/legacy", args());
      } else if (!Text.present(legacy.get().getCommunication())) {
        out.report(Paths.RESULTS + "/legacy/communication", "communication", args());
      }
    }
  }

  /** A celebration is recorded. */
  static final class CelebrationMissing extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      if (results(plan).getCelebrations().isEmpty()) {
        out.report(Paths.RESULTS + "/celebrations", args());
      }
    }
  }

  /** Evidence of the results has been collected. */
  static final class EvidenceUncollected extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      if (results(plan).getCollectedEvidence().isEmpty()) {
        out.report(Paths.RESULTS + "/collectedEvidence", args());
      }
    }
  }
}
