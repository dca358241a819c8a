package org.edcop.testing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.edcop.model.Cadence;
import org.edcop.model.CadenceKind;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.Evidence;
import org.edcop.model.LaunchPlan;
import org.edcop.model.Leader;
import org.edcop.model.LeadershipDuty;
import org.edcop.model.LeadershipStructure;
import org.edcop.model.Meeting;
import org.edcop.model.MeetingElement;
import org.edcop.model.MeetingFormat;
import org.edcop.model.Member;
import org.edcop.model.MemberId;
import org.edcop.model.Membership;
import org.edcop.model.NormTopic;
import org.edcop.model.Norms;
import org.edcop.model.ParticipationTier;
import org.edcop.model.Practice;
import org.edcop.model.PurposeType;
import org.edcop.model.RequiredMember;
import org.edcop.model.Results;
import org.edcop.model.ToolUse;

/**
 * The launch-stage rules of the domain's catalog, checked structurally (independently of the
 * validation engine) with the strictest reading: exact lengths and spacing in the plan's time zone,
 * core group at most a quarter of the headcount. Returns what is wrong, in words.
 */
final class LaunchChecklist {

  private LaunchChecklist() {}

  static List<String> problems(CommunityOfPractice plan) {
    List<String> problems = new ArrayList<>();
    for (Mistake mistake : IntegrityFacts.of(plan)) {
      problems.add("integrity: " + mistake);
    }
    // purpose
    var domain = plan.getDomain();
    check(
        problems, domain.getPurpose().getStatement().isComplete(), "purpose statement incomplete");
    check(problems, !domain.getPurpose().getTypes().isEmpty(), "no purpose type");
    check(
        problems,
        domain.getSharedInterest().filter(s -> !s.isBlank()).isPresent(),
        "no shared interest");
    check(
        problems,
        !domain.isEquityCentred() || !domain.getProblemsOfPractice().isEmpty(),
        "equity-centred without a problem of practice");
    // membership
    Membership membership = plan.getCommunity().getMembership();
    int headcount = membership.headcount();
    long core =
        membership.getMembers().stream().filter(m -> m.getTier() == ParticipationTier.CORE).count();
    check(problems, core >= 1, "no core member");
    check(problems, core * 4 <= headcount, "core group larger than a quarter of the headcount");
    check(
        problems,
        membership.getIdealSize().map(s -> s.contains(headcount)).orElse(false),
        "headcount " + headcount + " outside the ideal size");
    for (RequiredMember required : membership.getRequiredMembers()) {
      check(
          problems,
          required.getMemberId().flatMap(membership::findMember).isPresent(),
          "required member not on the roster: " + required.getWho());
    }
    Set<PurposeType> types = domain.getPurpose().getTypes();
    if (types.contains(PurposeType.GATHERING_FEEDBACK)
        || types.contains(PurposeType.IMPLEMENTING_A_CHANGE)) {
      check(
          problems,
          membership.getMembers().stream().anyMatch(Member::isDecisionMaker),
          "no decision-maker");
    }
    check(problems, membership.getInvitationApproach().isPresent(), "no invitation approach");
    // leadership
    var leadership = plan.getCommunity().getLeadership();
    check(problems, !leadership.getLeaders().isEmpty(), "no leader");
    check(
        problems,
        leadership.dutiesCovered().equals(EnumSet.allOf(LeadershipDuty.class)),
        "duties uncovered");
    LeadershipStructure structure = leadership.getStructure().orElse(null);
    check(problems, structure != null, "no structure");
    check(
        problems,
        structure != LeadershipStructure.SINGLE_LEADER || leadership.getLeaders().size() == 1,
        "single leader structure with several leaders");
    check(
        problems,
        structure != LeadershipStructure.LEADERSHIP_TEAM || leadership.getLeaders().size() > 1,
        "team of one");
    check(
        problems,
        structure != LeadershipStructure.SHARED || leadership.getRotation().isPresent(),
        "shared leadership without rotation");
    for (Leader leader : leadership.getLeaders()) {
      if (membership.findMember(leader.getMemberId()).map(Member::isFromOutside).orElse(false)) {
        continue; // facilitators and sponsors from outside the tiers may lead
      }
      ParticipationTier tier =
          membership.findMember(leader.getMemberId()).map(Member::getTier).orElse(null);
      check(
          problems,
          tier == ParticipationTier.CORE || tier == ParticipationTier.ACTIVE,
          "leader " + leader.getMemberId().getValue() + " is " + tier);
    }
    check(
        problems,
        leadership.getCommunication().isPresent() && leadership.getSupport().isPresent(),
        "no communication or support");
    // norms
    Norms norms = plan.getCommunity().getNorms();
    check(
        problems,
        norms.topicsCovered().equals(EnumSet.allOf(NormTopic.class)),
        "norm topics uncovered");
    for (Member member : membership.getMembers()) {
      if (member.countsAsMember()) {
        check(
            problems,
            norms.agreedToCurrentVersion().contains(member.getId()),
            "member " + member.getId().getValue() + " has not agreed");
      }
    }
    check(problems, norms.getValuesAlignment().isPresent(), "no values alignment");
    // launch plan
    Practice practice = plan.getPractice();
    LaunchPlan launch = practice.getLaunchPlan();
    check(
        problems,
        launch.getCadence().isPresent() && launch.getMeetingLength().isPresent(),
        "no cadence or length");
    MeetingFormat format = launch.getFormat().orElse(null);
    check(problems, format != null, "no format");
    check(problems, format == MeetingFormat.VIRTUAL || launch.getPlace().isPresent(), "no place");
    check(
        problems,
        format == MeetingFormat.IN_PERSON || launch.getPlatform().isPresent(),
        "no platform");
    EnumSet<ToolUse> uses = EnumSet.noneOf(ToolUse.class);
    launch.getTools().forEach(t -> uses.addAll(t.getUses()));
    check(
        problems,
        uses.contains(ToolUse.GATHERING_KNOWLEDGE) && uses.contains(ToolUse.SHARING_RESOURCES),
        "no tool for knowledge and resources");
    // collaborative plan
    List<Meeting> meetings = practice.meetingsInTimeOrder();
    check(problems, !meetings.isEmpty(), "no meetings");
    check(problems, meetings.equals(practice.getMeetings()), "meetings not listed in time order");
    EnumSet<MeetingElement> elements = EnumSet.noneOf(MeetingElement.class);
    LocalDateTime previous = null;
    for (Meeting meeting : meetings) {
      elements.addAll(meeting.getIncludes());
      check(
          problems,
          meeting.getStart().isPresent() && !meeting.getTopics().isEmpty(),
          meeting.getId() + " lacks a time or a topic");
      if (meeting.getStart().isEmpty()) {
        continue;
      }
      LocalDateTime local =
          meeting.getStart().get().atZoneSameInstant(plan.getTimeZone()).toLocalDateTime();
      check(
          problems,
          launch.getLaunchDate().map(d -> d.isBefore(local.toLocalDate())).orElse(false),
          meeting.getId() + " not after the launch date");
      check(
          problems,
          meeting.length().equals(launch.getMeetingLength()),
          meeting.getId() + " length differs");
      meeting
          .getFacilitator()
          .ifPresent(
              f ->
                  check(
                      problems,
                      membership.findMember(f).isPresent(),
                      meeting.getId() + " facilitator not a member"));
      for (MemberId attendee : meeting.getAttendance()) {
        check(
            problems,
            membership.findMember(attendee).isPresent(),
            meeting.getId() + " attendee not a member");
      }
      if (previous != null && launch.getCadence().isPresent()) {
        check(
            problems,
            spacedByCadence(previous, local, launch.getCadence().get()),
            meeting.getId() + " not spaced by the cadence after " + previous);
      }
      previous = local;
    }
    check(
        problems,
        elements.contains(MeetingElement.FEEDBACK) || elements.contains(MeetingElement.REFLECTION),
        "no meeting with feedback or reflection");
    check(problems, elements.contains(MeetingElement.CELEBRATION), "no meeting with celebration");
    // results
    Results results = practice.getResults();
    check(problems, !results.getFeedbackMethods().isEmpty(), "no feedback method");
    for (PurposeType type : types) {
      check(
          problems,
          results.getPlannedEvidence().stream()
              .map(Evidence::getPurposeType)
              .anyMatch(t -> t.equals(java.util.Optional.of(type))),
          "no evidence for " + type.code());
    }
    check(problems, results.getSuccessCriteria().isPresent(), "no success criteria");
    check(
        problems,
        results.getLegacy().flatMap(l -> l.getCommunication()).isPresent()
            && !results.getLegacy().get().getStakeholders().isEmpty(),
        "no legacy with stakeholders and communication");
    check(problems, !results.getCelebrations().isEmpty(), "no celebration");
    return problems;
  }

  static boolean spacedByCadence(LocalDateTime previous, LocalDateTime next, Cadence cadence) {
    if (!previous.toLocalTime().equals(next.toLocalTime())) {
      return false;
    }
    if (cadence.getKind() == CadenceKind.EVERY_N_WEEKS) {
      return ChronoUnit.DAYS.between(previous.toLocalDate(), next.toLocalDate())
          == 7L * cadence.getIntervalWeeks().orElse(1);
    }
    LocalDate nextMonth = previous.toLocalDate().withDayOfMonth(1).plusMonths(1);
    if (!nextMonth.getMonth().equals(next.getMonth()) || nextMonth.getYear() != next.getYear()) {
      return false;
    }
    if (cadence.getWeekOfMonth().isEmpty() || cadence.getDayOfWeek().isEmpty()) {
      return true;
    }
    int week = cadence.getWeekOfMonth().get();
    DayOfWeek day = cadence.getDayOfWeek().get();
    LocalDate expected =
        week == 5
            ? nextMonth.with(TemporalAdjusters.lastInMonth(day))
            : nextMonth.with(TemporalAdjusters.dayOfWeekInMonth(week, day));
    return expected.equals(next.toLocalDate());
  }

  private static void check(List<String> problems, boolean ok, String problem) {
    if (!ok) {
      problems.add(problem);
    }
  }
}
