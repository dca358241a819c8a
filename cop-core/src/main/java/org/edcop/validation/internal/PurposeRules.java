package org.edcop.validation.internal;

import org.edcop.model.Domain;
import org.edcop.model.Purpose;
import org.edcop.model.PurposeStatement;

/** Rules of the guide's Purpose section: the statement, the purpose types, the domain. */
final class PurposeRules {

  private PurposeRules() {}

  /** The purpose statement says who the community is for, what they share and what they learn. */
  static final class StatementIncomplete extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      PurposeStatement statement = plan.plan().getDomain().getPurpose().getStatement();
      if (!Text.present(statement.getAudience())) {
        out.report(Paths.PURPOSE + "/statement/audience", "audience", args());
      }
      if (!Text.present(statement.getSharedConcern())) {
        out.report(Paths.PURPOSE + "/statement/sharedConcern", "shared-concern", args());
      }
      if (!Text.present(statement.getCommitment())) {
        out.report(Paths.PURPOSE + "/statement/commitment", "commitment", args());
      }
    }
  }

  /** At least one purpose type is chosen (or a purpose of the community's own described). */
  static final class TypeMissing extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      Purpose purpose = plan.plan().getDomain().getPurpose();
      if (purpose.getTypes().isEmpty() && !Text.present(purpose.getCustomPurpose())) {
        out.report(Paths.PURPOSE + "/types", args());
      }
    }
  }

  /**
   * An equity-centred community, or one whose purpose is solving problems of practice, names at
   * least one problem of practice. A warning: a cohort may choose its problem in its first
   * meetings; once those are past, {@code purpose.problem-of-practice-overdue} makes it an error.
   */
  static final class ProblemOfPracticeMissing extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      Domain domain = plan.plan().getDomain();
      if (!domain.getProblemsOfPractice().isEmpty()) {
        return;
      }
      if (domain.isEquityCentred()) {
        out.report("/domain/problemsOfPractice", args());
      } else if (domain
          .getPurpose()
          .getTypes()
          .contains(org.edcop.model.PurposeType.SOLVING_PROBLEMS_OF_PRACTICE)) {
        out.report(
            "/domain/problemsOfPractice",
            "solving",
            args("purposeType", org.edcop.model.PurposeType.SOLVING_PROBLEMS_OF_PRACTICE));
      }
    }
  }
}
