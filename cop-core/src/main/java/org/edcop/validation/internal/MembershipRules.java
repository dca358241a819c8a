package org.edcop.validation.internal;

import java.util.List;
import java.util.Optional;
import org.edcop.model.Member;
import org.edcop.model.Membership;
import org.edcop.model.PurposeType;
import org.edcop.model.RequiredMember;
import org.edcop.model.SizeRange;
import org.edcop.validation.Section;
import org.edcop.validation.Severity;
import org.edcop.validation.Stage;

/**
 * Rules of the guide's Membership section. Headcounts count each member id once and leave out
 * transactional participants, who contribute but are not members.
 */
final class MembershipRules {

  private MembershipRules() {}

  /** At least one member is in the core group. */
  static final class CoreMissing extends BuiltInRule {
    CoreMissing() {
      super(
          "membership.core-missing",
          Section.MEMBERSHIP,
          Stage.LAUNCH,
          Severity.ERROR,
          "At least one member belongs to the core group that energises and takes charge.");
    }

    @Override
    protected void check(PlanIndex plan, Out out) {
      if (plan.coreCount() == 0) {
        out.report(Paths.MEMBERS, args());
      }
    }
  }

  /**
   * The core group is small: at most the policy's share of the headcount (rounded down), and always
   * at least one person allowed.
   */
  static final class CoreTooLarge extends BuiltInRule {
    CoreTooLarge() {
      super(
          "membership.core-too-large",
          Section.MEMBERSHIP,
          Stage.LAUNCH,
          Severity.WARNING,
          "The core group is no larger than the policy's share of the headcount (default 30%),"
              + " always allowing one person, or two when leadership is a team or shared.");
    }

    @Override
    protected void check(PlanIndex plan, Out out) {
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

  /** An ideal-member profile is described. */
  static final class ProfileMissing extends BuiltInRule {
    ProfileMissing() {
      super(
          "membership.profile-missing",
          Section.MEMBERSHIP,
          Stage.LAUNCH,
          Severity.WARNING,
          "The plan describes who the ideal members are.");
    }

    @Override
    protected void check(PlanIndex plan, Out out) {
      if (!Text.present(plan.plan().getCommunity().getMembership().getIdealMemberProfile())) {
        out.report(Paths.MEMBERSHIP + "/idealMemberProfile", args());
      }
    }
  }

  /** An ideal size is recorded. */
  static final class IdealSizeMissing extends BuiltInRule {
    IdealSizeMissing() {
      super(
          "membership.ideal-size-missing",
          Section.MEMBERSHIP,
          Stage.LAUNCH,
          Severity.WARNING,
          "The plan records the community's ideal size as a range.");
    }

    @Override
    protected void check(PlanIndex plan, Out out) {
      if (plan.plan().getCommunity().getMembership().getIdealSize().isEmpty()) {
        out.report(Paths.IDEAL_SIZE, args());
      }
    }
  }

  /** The ideal size lies within the policy's floor and ceiling. */
  static final class IdealSizeUnrealistic extends BuiltInRule {
    IdealSizeUnrealistic() {
      super(
          "membership.ideal-size-unrealistic",
          Section.MEMBERSHIP,
          Stage.LAUNCH,
          Severity.WARNING,
          "The ideal size lies within the policy's bounds (default 3 to 150 people).");
    }

    @Override
    protected void check(PlanIndex plan, Out out) {
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
  static final class SizeOutsideIdeal extends BuiltInRule {
    SizeOutsideIdeal() {
      super(
          "membership.size-outside-ideal",
          Section.MEMBERSHIP,
          Stage.LAUNCH,
          Severity.WARNING,
          "The number of members (transactional participants excluded) lies within the ideal"
              + " size.");
    }

    @Override
    protected void check(PlanIndex plan, Out out) {
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
  static final class RequiredMemberMissing extends BuiltInRule {
    RequiredMemberMissing() {
      super(
          "membership.required-member-missing",
          Section.MEMBERSHIP,
          Stage.LAUNCH,
          Severity.ERROR,
          "Every person who must be a member for the purpose to be reached is on the roster, and"
              + " not only as a transactional participant.");
    }

    @Override
    protected void check(PlanIndex plan, Out out) {
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
  static final class DecisionMakerMissing extends BuiltInRule {
    DecisionMakerMissing() {
      super(
          "membership.decision-maker-missing",
          Section.MEMBERSHIP,
          Stage.LAUNCH,
          Severity.WARNING,
          "When the purpose leads to a decision (gathering feedback for a decision, advancing"
              + " initiatives, implementing a change), a core, active or occasional member makes"
              + " that decision, or the route to an outside decision-maker is recorded.");
    }

    @Override
    protected void check(PlanIndex plan, Out out) {
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
  static final class NotRoleAlike extends BuiltInRule {
    NotRoleAlike() {
      super(
          "membership.not-role-alike",
          Section.MEMBERSHIP,
          Stage.LAUNCH,
          Severity.WARNING,
          "In a role-alike cohort every member has a role category, and the same one as most"
              + " members.");
    }

    @Override
    protected void check(PlanIndex plan, Out out) {
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
      java.util.Set<org.edcop.model.MemberId> seen = new java.util.HashSet<>();
      for (int i = 0; i < members.size(); i++) {
        Member member = members.get(i);
        if (!seen.add(member.getId()) || !member.countsAsMember() || !plan.counted(member)) {
          continue;
        }
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

  /** How people are invited is recorded. */
  static final class InvitationMissing extends BuiltInRule {
    InvitationMissing() {
      super(
          "membership.invitation-missing",
          Section.MEMBERSHIP,
          Stage.LAUNCH,
          Severity.WARNING,
          "The plan records how people will be invited to join.");
    }

    @Override
    protected void check(PlanIndex plan, Out out) {
      Membership membership = plan.plan().getCommunity().getMembership();
      if (!Text.present(membership.getInvitationApproach())) {
        out.report(Paths.MEMBERSHIP + "/invitationApproach", args());
      }
    }
  }
}
