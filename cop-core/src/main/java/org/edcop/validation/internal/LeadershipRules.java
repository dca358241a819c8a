package org.edcop.validation.internal;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.edcop.model.Leader;
import org.edcop.model.Leadership;
import org.edcop.model.LeadershipDuty;
import org.edcop.model.LeadershipStructure;
import org.edcop.model.Member;
import org.edcop.model.MemberId;
import org.edcop.model.ParticipationTier;

/** Rules of the guide's Leadership section. */
final class LeadershipRules {

  private LeadershipRules() {}

  /**
   * The structure agrees with the leaders listed: a single leader is one person; a team or shared
   * leadership is two people or more (people counted by distinct member id).
   */
  static final class StructureMismatch extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      Leadership leadership = plan.plan().getCommunity().getLeadership();
      Optional<LeadershipStructure> structure = leadership.getStructure();
      if (structure.isEmpty() || leadership.getLeaders().isEmpty()) {
        return;
      }
      Set<MemberId> people = new HashSet<>();
      for (Leader leader : leadership.getLeaders()) {
        people.add(leader.getMemberId());
      }
      int count = people.size();
      boolean single = structure.get() == LeadershipStructure.SINGLE_LEADER;
      if (single ? count != 1 : count < 2) {
        out.report(
            Paths.LEADERSHIP + "/structure",
            single ? "single" : "several",
            args("structure", structure.get(), "leaders", count));
      }
    }
  }

  /**
   * Every leadership duty is assigned to some leader; facilitating decision-making only when it is
   * required: the purpose leads to a decision or a norm covers decisions.
   */
  static final class DutyUncovered extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      List<Leader> leaders = plan.plan().getCommunity().getLeadership().getLeaders();
      if (leaders.isEmpty()) {
        return;
      }
      Set<LeadershipDuty> covered = EnumSet.noneOf(LeadershipDuty.class);
      for (Leader leader : leaders) {
        covered.addAll(leader.getDuties());
      }
      boolean decisions = Decisions.involved(plan.plan());
      for (LeadershipDuty duty : LeadershipDuty.values()) {
        if (duty == LeadershipDuty.FACILITATE_DECISIONS && !decisions) {
          continue;
        }
        if (!covered.contains(duty)) {
          out.report(Paths.LEADERS, args("duty", duty));
        }
      }
    }
  }

  /**
   * Leaders are core or active members, or facilitators or sponsors from outside the tiers (21CSLA
   * academy staff); never transactional participants. Occasional and peripheral leaders are one
   * severity lower.
   */
  static final class LeaderTier extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      List<Leader> leaders = plan.plan().getCommunity().getLeadership().getLeaders();
      for (int i = 0; i < leaders.size(); i++) {
        Optional<Member> member = plan.member(leaders.get(i).getMemberId());
        if (member.isEmpty() || member.get().isFromOutside()) {
          continue;
        }
        ParticipationTier tier = member.get().getTier();
        java.util.Map<String, String> args =
            args(
                "member",
                member.get().getId(),
                "name",
                member.get().getPerson().getName(),
                "tier",
                tier);
        if (tier == ParticipationTier.TRANSACTIONAL) {
          out.report(Paths.leader(i, "memberId"), "transactional", args);
        } else if (tier != ParticipationTier.CORE && tier != ParticipationTier.ACTIVE) {
          out.reportMinor(Paths.leader(i, "memberId"), "engagement", args);
        }
      }
    }
  }
}
