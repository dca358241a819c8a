package org.edcop.validation.internal;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.edcop.model.Member;
import org.edcop.model.MemberId;
import org.edcop.model.Norm;
import org.edcop.model.NormAgreement;
import org.edcop.model.NormTopic;
import org.edcop.model.Norms;
import org.edcop.validation.Section;
import org.edcop.validation.Severity;
import org.edcop.validation.Stage;

/** Rules of the guide's Norms section. */
final class NormsRules {

  private NormsRules() {}

  /** Norms are written, or the process by which the members will write them is recorded. */
  static final class NormMissing extends BuiltInRule {
    NormMissing() {
      super(
          "norms.norm-missing",
          Section.NORMS,
          Stage.LAUNCH,
          Severity.ERROR,
          "The plan has at least one norm, or records how the members will develop them.");
    }

    @Override
    protected void check(PlanIndex plan, Out out) {
      Norms norms = plan.plan().getCommunity().getNorms();
      if (norms.getNorms().isEmpty() && !Text.present(norms.getDevelopmentProcess())) {
        out.report(Paths.NORMS + "/norms", args());
      }
    }
  }

  /** Each of the seven norm topics is covered by a norm (checked once there are norms). */
  static final class TopicUncovered extends BuiltInRule {
    TopicUncovered() {
      super(
          "norms.topic-uncovered",
          Section.NORMS,
          Stage.LAUNCH,
          Severity.WARNING,
          "Each of the seven norm topics is covered by at least one norm (checked once there are"
              + " norms).");
    }

    @Override
    protected void check(PlanIndex plan, Out out) {
      Norms norms = plan.plan().getCommunity().getNorms();
      if (norms.getNorms().isEmpty()) {
        return;
      }
      Set<NormTopic> covered = EnumSet.noneOf(NormTopic.class);
      for (Norm norm : norms.getNorms()) {
        covered.addAll(norm.getTopics());
      }
      for (NormTopic topic : NormTopic.values()) {
        if (!covered.contains(topic)) {
          out.report(Paths.NORMS + "/norms", args("topic", topic));
        }
      }
    }
  }

  /**
   * Every member proper has agreed to the current version of the norms. Applies once norms are
   * written; a recorded development process stands in for norms not yet written, not for the
   * members' agreement to norms that are.
   */
  static final class AgreementMissing extends BuiltInRule {
    AgreementMissing() {
      super(
          "norms.agreement-missing",
          Section.NORMS,
          Stage.LAUNCH,
          Severity.ERROR,
          "Every member except transactional participants has agreed to the current version of"
              + " the norms (checked once there are norms).");
    }

    @Override
    protected void check(PlanIndex plan, Out out) {
      Norms norms = plan.plan().getCommunity().getNorms();
      if (norms.getNorms().isEmpty()) {
        return;
      }
      Map<MemberId, Integer> latest = new HashMap<>();
      for (NormAgreement agreement : norms.getAgreements()) {
        latest.merge(agreement.getMemberId(), agreement.getVersion(), Math::max);
      }
      int current = norms.getVersion();
      for (Member member : plan.distinctMembers()) {
        if (!member.countsAsMember()) {
          continue;
        }
        Integer version = latest.get(member.getId());
        if (version == null) {
          out.report(
              Paths.NORMS + "/agreements",
              args(
                  "member",
                  member.getId(),
                  "name",
                  member.getPerson().getName(),
                  "version",
                  current));
        } else if (version < current) {
          out.report(
              Paths.NORMS + "/agreements",
              "outdated",
              args(
                  "member",
                  member.getId(),
                  "name",
                  member.getPerson().getName(),
                  "version",
                  current,
                  "agreed",
                  version));
        }
      }
    }
  }

  /** How the norms align with the school authority's values is stated. */
  static final class ValuesAlignmentMissing extends BuiltInRule {
    ValuesAlignmentMissing() {
      super(
          "norms.values-alignment-missing",
          Section.NORMS,
          Stage.LAUNCH,
          Severity.WARNING,
          "The plan states how the norms align with the school authority's values.");
    }

    @Override
    protected void check(PlanIndex plan, Out out) {
      if (!Text.present(plan.plan().getCommunity().getNorms().getValuesAlignment())) {
        out.report(Paths.NORMS + "/valuesAlignment", args());
      }
    }
  }
}
