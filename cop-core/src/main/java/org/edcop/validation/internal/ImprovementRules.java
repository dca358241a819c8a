package org.edcop.validation.internal;

import java.util.List;
import java.util.Optional;
import org.edcop.model.Aim;
import org.edcop.model.ImprovementWork;
import org.edcop.model.InquiryCycle;

/** Rules for improvement work: aims and inquiry (plan-do-study-act) cycles. */
final class ImprovementRules {

  private ImprovementRules() {}

  /** Improvement work has an aim that states a measure, a target and a date. */
  static final class AimIncomplete extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      List<ImprovementWork> work = plan.plan().getPractice().getImprovementWork();
      for (int i = 0; i < work.size(); i++) {
        String problem = work.get(i).getProblemOfPracticeId();
        String path = Pointer.append(Paths.IMPROVEMENT, i, "aim");
        Optional<Aim> aim = work.get(i).getAim();
        if (aim.isEmpty()) {
          out.report(path, "missing", args("problem", problem));
          continue;
        }
        if (!Text.present(aim.get().getMeasure())) {
          out.report(path + "/measure", "measure", args("problem", problem));
        }
        if (!Text.present(aim.get().getTarget())) {
          out.report(path + "/target", "target", args("problem", problem));
        }
        if (aim.get().getBy().isEmpty()) {
          out.report(path + "/by", "date", args("problem", problem));
        }
      }
    }
  }

  /** A cycle that records what was done also records the prediction made beforehand. */
  static final class PredictionMissing extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      List<ImprovementWork> work = plan.plan().getPractice().getImprovementWork();
      for (int i = 0; i < work.size(); i++) {
        List<InquiryCycle> cycles = work.get(i).getCycles();
        for (int j = 0; j < cycles.size(); j++) {
          InquiryCycle cycle = cycles.get(j);
          if (Text.present(cycle.getDone()) && !Text.present(cycle.getPrediction())) {
            out.report(
                Pointer.append(Paths.IMPROVEMENT, i, "cycles", j, "prediction"),
                args("cycle", cycle.getId()));
          }
        }
      }
    }
  }

  /** A cycle that is done (or completed) records what was learned and what was decided. */
  static final class CycleUnfinished extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      List<ImprovementWork> work = plan.plan().getPractice().getImprovementWork();
      for (int i = 0; i < work.size(); i++) {
        List<InquiryCycle> cycles = work.get(i).getCycles();
        for (int j = 0; j < cycles.size(); j++) {
          InquiryCycle cycle = cycles.get(j);
          if (!Text.present(cycle.getDone()) && cycle.getCompletedOn().isEmpty()) {
            continue;
          }
          String path = Pointer.append(Paths.IMPROVEMENT, i, "cycles", j);
          if (!Text.present(cycle.getStudy())) {
            out.report(path + "/study", "study", args("cycle", cycle.getId()));
          }
          if (cycle.getDecision().isEmpty()) {
            out.report(path + "/decision", "decision", args("cycle", cycle.getId()));
          }
        }
      }
    }
  }
}
