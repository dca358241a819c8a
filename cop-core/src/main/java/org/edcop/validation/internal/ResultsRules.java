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

  /**
   * Evidence has been collected for every purpose type: a collected item names the type, or has the
   * id of a planned item that names it. A plan without purpose types needs one collected item.
   */
  static final class EvidenceUncollected extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      Results results = results(plan);
      Set<PurposeType> types = plan.plan().getDomain().getPurpose().getTypes();
      if (types.isEmpty()) {
        if (results.getCollectedEvidence().isEmpty()) {
          out.report(Paths.RESULTS + "/collectedEvidence", args());
        }
        return;
      }
      java.util.Map<String, PurposeType> plannedType = new java.util.HashMap<>();
      for (Evidence planned : results.getPlannedEvidence()) {
        if (planned.getId().isPresent() && planned.getPurposeType().isPresent()) {
          plannedType.putIfAbsent(planned.getId().get(), planned.getPurposeType().get());
        }
      }
      Set<PurposeType> collected = EnumSet.noneOf(PurposeType.class);
      for (Evidence evidence : results.getCollectedEvidence()) {
        evidence.getPurposeType().ifPresent(collected::add);
        evidence.getId().map(plannedType::get).ifPresent(collected::add);
      }
      for (PurposeType type : PurposeType.values()) {
        if (types.contains(type) && !collected.contains(type)) {
          out.report(
              Paths.RESULTS + "/collectedEvidence", "purpose-type", args("purposeType", type));
        }
      }
    }
  }

  /** While planning, the legacy the community means to leave is described. */
  static final class LegacyUndescribed extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      Optional<Legacy> legacy = results(plan).getLegacy();
      if (legacy.isEmpty()) {
        out.report(Paths.RESULTS + "/legacy", args());
      } else if (!Text.present(legacy.get().getDescription())) {
        out.report(Paths.RESULTS + "/legacy/description", args());
      }
    }
  }
}
