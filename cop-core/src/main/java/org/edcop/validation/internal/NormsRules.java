package org.edcop.validation.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.edcop.model.Member;
import org.edcop.model.Norm;
import org.edcop.model.NormAgreement;
import org.edcop.model.NormTopic;
import org.edcop.model.Norms;
import org.edcop.model.ParticipationTier;

/** Rules of the guide's Norms section. */
final class NormsRules {

  private NormsRules() {}

  /** Norms are written, or the process by which the members will write them is recorded. */
  static final class NormMissing extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      Norms norms = plan.plan().getCommunity().getNorms();
      if (norms.getNorms().isEmpty() && !Text.present(norms.getDevelopmentProcess())) {
        out.report(Paths.NORMS + "/norms", args());
      }
    }
  }

  /** Each of the seven norm topics is covered by a norm (checked once there are norms). */
  static final class TopicUncovered extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
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
   * Every member proper has agreed to the current version of the norms: due from the running stage
   * (at launch, drafted norms or a development process suffice: {@code norms.norm-missing}). Core
   * and active members are at the rule's severity, occasional and peripheral members one below.
   * People who declined or left are not asked. Validated as of a date, members who joined after the
   * last agreement are left to {@code norms.newcomer-not-agreed}.
   */
  static final class AgreementMissing extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      Norms norms = plan.plan().getCommunity().getNorms();
      if (norms.getNorms().isEmpty()) {
        return;
      }
      Versions latest = new Versions(plan);
      // only read as of a date (newcomers are left to another rule then)
      Optional<LocalDate> last = plan.asOf().isPresent() ? lastAgreement(norms) : Optional.empty();
      int current = norms.getVersion();
      List<Member> distinct = plan.distinctMembers();
      int[] positions = plan.distinctPositions();
      for (int d = 0; d < distinct.size(); d++) {
        if (!plan.isCountedMember(positions[d])) {
          continue;
        }
        // the version first: a member who agreed to the current one is not visited (#22)
        Integer version = latest.of(positions[d]);
        if (version != null && version >= current) {
          continue;
        }
        Member member = distinct.get(d);
        if (plan.asOf().isPresent() && isNewcomer(member, last)) {
          continue;
        }
        Map<String, String> args =
            version == null
                ? args(
                    "member",
                    member.getId(),
                    "name",
                    member.getPerson().getName(),
                    "version",
                    current)
                : args(
                    "member",
                    member.getId(),
                    "name",
                    member.getPerson().getName(),
                    "version",
                    current,
                    "agreed",
                    version);
        String variant = version == null ? null : "outdated";
        if (isProper(member)) {
          if (variant == null) {
            out.report(Paths.NORMS + "/agreements", args);
          } else {
            out.report(Paths.NORMS + "/agreements", variant, args);
          }
        } else {
          out.reportMinor(Paths.NORMS + "/agreements", variant, args);
        }
      }
    }
  }

  /**
   * A member who joined after the last agreement to the norms has agreed to them once their first
   * meeting is past. Core and active members at the rule's severity, occasional and peripheral one
   * below.
   */
  static final class NewcomerNotAgreed extends RuleCheck {
    @Override
    public void check(PlanIndex plan, Out out) {
      Norms norms = plan.plan().getCommunity().getNorms();
      if (norms.getNorms().isEmpty() || plan.asOf().isEmpty()) {
        return;
      }
      Versions latest = new Versions(plan);
      Optional<LocalDate> last = lastAgreement(norms);
      int current = norms.getVersion();
      List<Member> distinct = plan.distinctMembers();
      int[] positions = plan.distinctPositions();
      for (int d = 0; d < distinct.size(); d++) {
        if (!plan.isCountedMember(positions[d])) {
          continue;
        }
        Member member = distinct.get(d);
        if (!isNewcomer(member, last)) {
          continue;
        }
        Integer version = latest.of(positions[d]);
        if (version != null && version >= current) {
          continue;
        }
        Optional<LocalDate> first = firstMeetingFrom(plan, member.joinedOn().orElseThrow());
        if (first.isEmpty() || !first.get().isBefore(plan.asOf().get())) {
          continue;
        }
        Map<String, String> args =
            args(
                "member",
                member.getId(),
                "name",
                member.getPerson().getName(),
                "joinedOn",
                member.joinedOn().orElseThrow(),
                "meeting",
                first.get(),
                "version",
                current);
        if (isProper(member)) {
          out.report(Paths.NORMS + "/agreements", args);
        } else {
          out.reportMinor(Paths.NORMS + "/agreements", null, args);
        }
      }
    }

    private static Optional<LocalDate> firstMeetingFrom(PlanIndex plan, LocalDate day) {
      long from = day.toEpochDay();
      for (int i : plan.byStart()) {
        if (plan.columns().startDay[i] >= from) {
          return Optional.of(plan.startDate(i));
        }
      }
      return Optional.empty();
    }
  }

  private static boolean isProper(Member member) {
    return member.getTier() == ParticipationTier.CORE
        || member.getTier() == ParticipationTier.ACTIVE;
  }

  /**
   * The latest version of the norms each person agreed to, by roster position: the index's flat
   * arrays rather than a map keyed by member id. Agreements by ids not on the roster concern no
   * member here.
   */
  private static final class Versions {
    private final PlanIndex.AgreedVersions agreed;

    Versions(PlanIndex plan) {
      agreed = plan.agreedVersions();
    }

    /** The latest version agreed by the member at a roster position, or null. */
    Integer of(int position) {
      return agreed.agreed(position) ? agreed.latest(position) : null;
    }
  }

  /**
   * The day the community last agreed its norms: the first agreement to the current version. People
   * who join after it are newcomers to norms already in force.
   */
  private static Optional<LocalDate> lastAgreement(Norms norms) {
    LocalDate last = null;
    for (NormAgreement agreement : norms.getAgreements()) {
      if (agreement.getVersion() == norms.getVersion()
          && (last == null || agreement.getAgreedOn().isBefore(last))) {
        last = agreement.getAgreedOn();
      }
    }
    return Optional.ofNullable(last);
  }

  private static boolean isNewcomer(Member member, Optional<LocalDate> lastAgreement) {
    return lastAgreement.isPresent()
        && member.joinedOn().isPresent()
        && member.joinedOn().get().isAfter(lastAgreement.get());
  }
}
