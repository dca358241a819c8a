package org.edcop.validation.internal;

import java.util.List;
import java.util.Optional;
import org.edcop.model.Member;
import org.edcop.model.Membership;
import org.edcop.model.PurposeType;
import org.edcop.model.RequiredMember;
import org.edcop.model.SizeRange;

/**
 * Rules of the guide's Membership section. Headcounts count each member id once and leave out
 * transactional participants, who contribute but are not members.
 */
final class MembershipRules {

  private MembershipRules() {}

  /** At least one member is in the core group. */
  static final class CoreMissing extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      if (plan.coreCount() == 0) {
        out.report(Paths.MEMBERS, args());
      }
    }
  }

  /**
   * The core group is small: at most the policy's share of the headcount (rounded down), and always
   * at least one person allowed.
   */
  static final class CoreTooLarge extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      double share = out.context().getPolicy().getMaxCoreShare();
      boolean team =
          plan.plan()
              .getCommunity()
              .getLeadership()
              .getStructure()
              .map(st -> st != org.edcop.model.LeadershipStructure.SINGLE_LEADER)
              .orElse(false);
      int allowed = Math.max(team ? 2 : 1, (int) Math.floor(share * plan.headcount() + 1e-9));
      if (plan.coreCount() > allowed) {
        out.report(
            Paths.MEMBERS,
            args(
                "core", plan.coreCount(),
                "headcount", plan.headcount(),
                "allowed", allowed,
                "percent", Math.round(share * 100)));
      }
    }
  }

  /** The ideal size lies within the policy's floor and ceiling. */
  static final class IdealSizeUnrealistic extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      Optional<SizeRange> size = plan.plan().getCommunity().getMembership().getIdealSize();
      if (size.isEmpty() || size.get().getMin() < 0 || size.get().getMin() > size.get().getMax()) {
        return;
      }
      int floor = out.context().getPolicy().getIdealSizeFloor();
      int ceiling = out.context().getPolicy().getIdealSizeCeiling();
      if (size.get().getMin() < floor) {
        out.report(
            Paths.IDEAL_SIZE + "/min", "small", args("min", size.get().getMin(), "floor", floor));
      }
      if (size.get().getMax() > ceiling) {
        out.report(
            Paths.IDEAL_SIZE + "/max",
            "large",
            args("max", size.get().getMax(), "ceiling", ceiling));
      }
    }
  }

  /** The headcount lies within the ideal size. */
  static final class SizeOutsideIdeal extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      Optional<SizeRange> size = plan.plan().getCommunity().getMembership().getIdealSize();
      if (size.isEmpty() || size.get().getMin() < 0 || size.get().getMin() > size.get().getMax()) {
        return;
      }
      int heads = plan.headcount();
      Object[] values = {
        "headcount", heads, "min", size.get().getMin(), "max", size.get().getMax()
      };
      if (heads < size.get().getMin()) {
        out.report(Paths.MEMBERS, "below", args(values));
      } else if (heads > size.get().getMax()) {
        out.report(Paths.MEMBERS, "above", args(values));
      }
    }
  }

  /** Everyone who must be a member is identified on the roster as a member proper. */
  static final class RequiredMemberMissing extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      List<RequiredMember> required =
          plan.plan().getCommunity().getMembership().getRequiredMembers();
      for (int i = 0; i < required.size(); i++) {
        RequiredMember person = required.get(i);
        String path = Pointer.append(Paths.MEMBERSHIP, "requiredMembers", i);
        if (person.getMemberId().isEmpty()) {
          out.report(path, "unidentified", args("who", person.getWho()));
          continue;
        }
        Optional<Member> member = plan.member(person.getMemberId().get());
        if (member.isPresent() && !member.get().countsAsMember()) {
          out.report(
              Pointer.append(path, "memberId"),
              "transactional",
              args("who", person.getWho(), "member", person.getMemberId().get()));
        }
      }
    }
  }

  /**
   * A community whose purpose leads to a decision has a decision-maker among its core, active or
   * occasional members, or records the route its recommendations take to one outside it.
   */
  static final class DecisionMakerMissing extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      PurposeType type = Decisions.purpose(plan.plan());
      if (type == null
          || Text.present(plan.plan().getCommunity().getMembership().getDecisionRoute())) {
        return;
      }
      for (Member member : plan.distinctMembers()) {
        if (member.isDecisionMaker()
            && member.countsAsMember()
            && plan.counted(member)
            && member.getTier() != org.edcop.model.ParticipationTier.PERIPHERAL) {
          return;
        }
      }
      out.report(Paths.MEMBERS, args("purposeType", type));
    }
  }

  /**
   * In a role-alike cohort every member holds the same kind of role: the most common role category
   * among the members (facilitators and sponsors aside).
   */
  static final class NotRoleAlike extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      Membership membership = plan.plan().getCommunity().getMembership();
      if (membership.getCohortType().orElse(null) != org.edcop.model.CohortType.ROLE_ALIKE) {
        return;
      }
      java.util.Map<org.edcop.model.RoleCategory, Integer> counts =
          new java.util.EnumMap<>(org.edcop.model.RoleCategory.class);
      for (Member member : plan.distinctMembers()) {
        if (member.countsAsMember() && plan.counted(member)) {
          member.getPerson().getRoleCategory().ifPresent(c -> counts.merge(c, 1, Integer::sum));
        }
      }
      org.edcop.model.RoleCategory common = null;
      for (java.util.Map.Entry<org.edcop.model.RoleCategory, Integer> e : counts.entrySet()) {
        if (common == null || e.getValue() > counts.get(common)) {
          common = e.getKey();
        }
      }
      List<Member> members = membership.getMembers();
      for (int i = 0; i < members.size(); i++) {
        // a later listing of an id is skipped: the id's first listing is elsewhere
        if (!plan.isCountedMember(i)) {
          continue;
        }
        Member member = members.get(i);
        Optional<org.edcop.model.RoleCategory> category = member.getPerson().getRoleCategory();
        if (category.isEmpty()) {
          out.report(
              Paths.member(i, "person", "roleCategory"),
              "unknown",
              args("member", member.getId(), "name", member.getPerson().getName()));
        } else if (category.get() != common) {
          out.report(
              Paths.member(i, "person", "roleCategory"),
              args(
                  "member",
                  member.getId(),
                  "name",
                  member.getPerson().getName(),
                  "category",
                  category.get(),
                  "common",
                  common));
        }
      }
    }
  }
}
