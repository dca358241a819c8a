package org.edcop.validation.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.edcop.model.CompetencyRef;
import org.edcop.model.Member;
import org.edcop.model.ParticipationTier;
import org.edcop.model.Reflection;
import org.edcop.standards.StandardsCatalog;

/** Rules of the guide's Connection to Professional Practice section: leaders' reflections. */
final class PracticeRules {

  private PracticeRules() {}

  /** Competencies named in reflections exist in a known professional standard. */
  static final class CompetencyUnknown extends RuleCheck {
    private final StandardsCatalog catalog;

    CompetencyUnknown(StandardsCatalog catalog) {
      this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    @Override
    public void check(PlanIndex plan, Out out) {
      List<Reflection> reflections = plan.plan().getPractice().getReflections();
      for (int i = 0; i < reflections.size(); i++) {
        List<CompetencyRef> competencies = reflections.get(i).getCompetencies();
        for (int j = 0; j < competencies.size(); j++) {
          CompetencyRef ref = competencies.get(j);
          String path = Pointer.append(Paths.REFLECTIONS, i, "competencies", j);
          if (catalog.find(ref.getFrameworkId()).isEmpty()) {
            out.report(path + "/frameworkId", "framework", args("framework", ref.getFrameworkId()));
          } else {
            String reference = ref.getCompetencyId();
            org.edcop.standards.Framework framework = catalog.find(ref.getFrameworkId()).get();
            Optional<org.edcop.standards.Competency> competency =
                framework.findCompetency(reference);
            if (competency.isPresent()) {
              continue;
            }
            Optional<org.edcop.standards.CompetencyReference> split =
                org.edcop.standards.CompetencyReference.resolve(framework, reference);
            if (split.isEmpty()) {
              out.report(
                  path + "/competencyId",
                  "competency",
                  args("framework", ref.getFrameworkId(), "competency", reference));
            } else if (!split.get().isKnown()) {
              out.report(
                  path + "/competencyId",
                  "indicator",
                  args(
                      "framework",
                      ref.getFrameworkId(),
                      "competency",
                      split.get().getCompetency().getId(),
                      "indicator",
                      split.get().getIndicatorId()));
            }
          }
        }
      }
    }
  }

  /**
   * Each member proper of the policy's tiers (core and active by default) has recorded a reflection
   * by close; with no such member, at least one reflection is recorded.
   */
  static final class ReflectionMissing extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      List<Reflection> reflections = plan.plan().getPractice().getReflections();
      // by roster position: an id that is not on the roster matches no member anyway
      boolean[] reflected = new boolean[plan.members().size()];
      for (int m : plan.reflectionPositions()) {
        if (m >= 0) {
          reflected[m] = true;
        }
      }
      Set<ParticipationTier> tiers = out.context().getPolicy().getReflectionTiers();
      boolean anyAsked = false;
      List<Member> distinct = plan.distinctMembers();
      int[] positions = plan.distinctPositions();
      for (int d = 0; d < positions.length; d++) {
        // the index's flags and tiers: a member is visited only when reported
        if (!plan.isCountedMember(positions[d])
            || !tiers.contains(plan.firstListingTier(positions[d]))) {
          continue;
        }
        anyAsked = true;
        if (!reflected[positions[d]]) {
          Member member = distinct.get(d);
          out.report(
              Paths.REFLECTIONS,
              "member",
              args(
                  "member",
                  member.getId(),
                  "name",
                  member.getPerson().getName(),
                  "tier",
                  member.getTier()));
        }
      }
      if (!anyAsked && reflections.isEmpty()) {
        out.report(Paths.REFLECTIONS, args());
      }
    }
  }

  /**
   * A reflection records new learning, how it translates into practice, a self-reflective practice,
   * and at least one competency.
   */
  static final class ReflectionIncomplete extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      List<Reflection> reflections = plan.plan().getPractice().getReflections();
      for (int i = 0; i < reflections.size(); i++) {
        Reflection reflection = reflections.get(i);
        String path = Pointer.append(Paths.REFLECTIONS, i);
        Object[] who = {"member", reflection.getMemberId()};
        if (!Text.present(reflection.getNewLearning())) {
          out.report(path + "/newLearning", "new-learning", args(who));
        }
        if (!Text.present(reflection.getApplication())) {
          out.report(path + "/application", "application", args(who));
        }
        if (reflection.getSelfReflectivePractices().stream().noneMatch(Text::present)) {
          out.report(path + "/selfReflectivePractices", "practices", args(who));
        }
        if (reflection.getCompetencies().isEmpty()) {
          out.report(path + "/competencies", "competencies", args(who));
        }
      }
    }
  }
}
