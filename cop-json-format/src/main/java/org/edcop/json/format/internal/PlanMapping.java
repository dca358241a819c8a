package org.edcop.json.format.internal;

import org.edcop.json.format.CopJsonFormat;
import org.edcop.model.Aim;
import org.edcop.model.Cadence;
import org.edcop.model.Celebration;
import org.edcop.model.Community;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.ContactInfo;
import org.edcop.model.Domain;
import org.edcop.model.Evidence;
import org.edcop.model.FeedbackMethod;
import org.edcop.model.FurtherApplication;
import org.edcop.model.ImprovementWork;
import org.edcop.model.InquiryCycle;
import org.edcop.model.LaunchPlan;
import org.edcop.model.Leader;
import org.edcop.model.Leadership;
import org.edcop.model.Legacy;
import org.edcop.model.LifecycleStatus;
import org.edcop.model.Measure;
import org.edcop.model.Meeting;
import org.edcop.model.Member;
import org.edcop.model.Membership;
import org.edcop.model.Norm;
import org.edcop.model.Norms;
import org.edcop.model.OtherUse;
import org.edcop.model.ParticipantKind;
import org.edcop.model.Person;
import org.edcop.model.Practice;
import org.edcop.model.ProblemOfPractice;
import org.edcop.model.Purpose;
import org.edcop.model.PurposeStatement;
import org.edcop.model.Reflection;
import org.edcop.model.RequiredMember;
import org.edcop.model.Results;
import org.edcop.model.Tool;

/**
 * Maps a plan from the model to its wire records, for writing: it leaves out what is absent, empty
 * or equal to its default, and sorts sets. Reading does not go through the wire records: {@link
 * PlanReader} reads the tokens straight into the model.
 */
public final class PlanMapping {

  private PlanMapping() {}

  /**
   * Converts a plan into its wire records, ready to be written.
   *
   * @param plan the plan
   * @return the wire record of the whole document
   * @throws IllegalArgumentException if an unknown property of the plan holds text that is not one
   *     JSON value
   */
  public static PlanWire.CommunityOfPractice toWire(CommunityOfPractice plan) {
    return plan(plan);
  }

  // ---- writing -------------------------------------------------------------------------------

  private static PlanWire.CommunityOfPractice plan(CommunityOfPractice m) {
    return new PlanWire.CommunityOfPractice(
        CopJsonFormat.SCHEMA_VERSION,
        m.getId(),
        m.getName(),
        m.getAuthority(),
        WireOut.unlessDefault(m.getStatus(), LifecycleStatus.PLANNING, WireOut::code),
        WireOut.optional(m.getCreatedOn(), WireOut::date),
        WireOut.optional(m.getLaunchedOn(), WireOut::date),
        WireOut.optional(m.getClosedOn(), WireOut::date),
        m.getTimeZone().getId(),
        WireOut.unlessDefault(m.getDomain(), Domain.builder().build(), PlanMapping::domain),
        WireOut.unlessDefault(
            m.getCommunity(), Community.builder().build(), PlanMapping::community),
        WireOut.unlessDefault(m.getPractice(), Practice.builder().build(), PlanMapping::practice),
        WireOut.unlessDefault(
            m.getFurtherApplication(),
            FurtherApplication.builder().build(),
            PlanMapping::furtherApplication),
        WireOut.optional(m.getDevelopmentStage(), WireOut::code),
        WireOut.list(m.getRenewalDecisions(), PracticeRecordsMapping::renewal),
        WireOut.unknown(m.getUnknownProperties()));
  }

  private static PlanWire.Domain domain(Domain m) {
    return new PlanWire.Domain(
        m.getSharedInterest().orElse(null),
        m.getSharedExpertise().orElse(null),
        WireOut.flag(m.isEquityCentred()),
        WireOut.unlessDefault(m.getPurpose(), Purpose.builder().build(), PlanMapping::purpose),
        WireOut.list(m.getProblemsOfPractice(), PlanMapping::problem),
        WireOut.unknown(m.getUnknownProperties()));
  }

  private static PlanWire.Purpose purpose(Purpose m) {
    return new PlanWire.Purpose(
        WireOut.unlessDefault(
            m.getStatement(), PurposeStatement.builder().build(), PlanMapping::statement),
        WireOut.codes(m.getTypes()),
        m.getCustomPurpose().orElse(null),
        WireOut.unknown(m.getUnknownProperties()));
  }

  private static PlanWire.PurposeStatement statement(PurposeStatement m) {
    return new PlanWire.PurposeStatement(
        m.getAudience().orElse(null),
        m.getSharedConcern().orElse(null),
        m.getCommitment().orElse(null),
        WireOut.unknown(m.getUnknownProperties()));
  }

  private static PlanWire.ProblemOfPractice problem(ProblemOfPractice m) {
    return new PlanWire.ProblemOfPractice(
        m.getId(),
        m.getStatement(),
        m.getEquityFocus().orElse(null),
        WireOut.unknown(m.getUnknownProperties()));
  }

  private static PlanWire.Community community(Community m) {
    return new PlanWire.Community(
        WireOut.unlessDefault(
            m.getMembership(), Membership.builder().build(), PlanMapping::membership),
        WireOut.unlessDefault(
            m.getLeadership(), Leadership.builder().build(), PlanMapping::leadership),
        WireOut.unlessDefault(m.getNorms(), Norms.builder().build(), PlanMapping::norms),
        WireOut.unknown(m.getUnknownProperties()));
  }

  private static PlanWire.Membership membership(Membership m) {
    return new PlanWire.Membership(
        m.getIdealMemberProfile().orElse(null),
        WireOut.list(m.getRequiredMembers(), PlanMapping::requiredMember),
        WireOut.optional(m.getIdealSize(), PlanMapping::sizeRange),
        m.getInvitationApproach().orElse(null),
        WireOut.optional(m.getCohortType(), WireOut::code),
        m.getDecisionRoute().orElse(null),
        WireOut.list(m.getMembers(), PlanMapping::member),
        WireOut.unknown(m.getUnknownProperties()));
  }

  private static PlanWire.RequiredMember requiredMember(RequiredMember m) {
    return new PlanWire.RequiredMember(
        m.getWho(),
        m.getReason().orElse(null),
        WireOut.optional(m.getMemberId(), id -> id.getValue()),
        WireOut.unknown(m.getUnknownProperties()));
  }

  private static PlanWire.SizeRange sizeRange(org.edcop.model.SizeRange m) {
    return new PlanWire.SizeRange(
        m.getMin(), m.getMax(), WireOut.unknown(m.getUnknownProperties()));
  }

  private static PlanWire.Member member(Member m) {
    return new PlanWire.Member(
        m.getId().getValue(),
        person(m.getPerson()),
        WireOut.unlessDefault(m.getKind(), ParticipantKind.MEMBER, WireOut::code),
        WireOut.code(m.getTier()),
        WireOut.list(m.getTierHistory(), PlanMapping::tierChange),
        WireOut.list(m.getStatusHistory(), PlanMapping::statusChange),
        WireOut.flag(m.isDecisionMaker()),
        WireOut.unknown(m.getUnknownProperties()));
  }

  private static PlanWire.Person person(Person m) {
    return new PlanWire.Person(
        m.getName(),
        m.getRole().orElse(null),
        WireOut.optional(m.getRoleCategory(), WireOut::code),
        m.getOrganisation().orElse(null),
        WireOut.optional(m.getContact(), PlanMapping::contact),
        m.getExternalId().orElse(null),
        WireOut.unknown(m.getUnknownProperties()));
  }

  private static PlanWire.ContactInfo contact(ContactInfo m) {
    return new PlanWire.ContactInfo(
        m.getEmail().orElse(null),
        m.getPhone().orElse(null),
        WireOut.unknown(m.getUnknownProperties()));
  }

  private static PlanWire.StatusChange statusChange(org.edcop.model.StatusChange m) {
    return new PlanWire.StatusChange(
        WireOut.date(m.getEffectiveOn()),
        WireOut.code(m.getStatus()),
        WireOut.unknown(m.getUnknownProperties()));
  }

  private static PlanWire.TierChange tierChange(org.edcop.model.TierChange m) {
    return new PlanWire.TierChange(
        WireOut.date(m.getEffectiveOn()),
        WireOut.code(m.getTier()),
        WireOut.unknown(m.getUnknownProperties()));
  }

  private static PlanWire.Leadership leadership(Leadership m) {
    return new PlanWire.Leadership(
        WireOut.optional(m.getStructure(), WireOut::code),
        m.getRotation().orElse(null),
        WireOut.list(m.getLeaders(), PlanMapping::leader),
        m.getCommunication().orElse(null),
        m.getSupport().orElse(null),
        WireOut.unknown(m.getUnknownProperties()));
  }

  private static PlanWire.Leader leader(Leader m) {
    return new PlanWire.Leader(
        m.getMemberId().getValue(),
        WireOut.codes(m.getDuties()),
        WireOut.unknown(m.getUnknownProperties()));
  }

  private static PlanWire.Norms norms(Norms m) {
    return new PlanWire.Norms(
        WireOut.list(m.getNorms(), PlanMapping::norm),
        m.getDevelopmentProcess().orElse(null),
        m.getValuesAlignment().orElse(null),
        WireOut.unlessDefault(m.getVersion(), 1, v -> v),
        WireOut.list(m.getAgreements(), PlanMapping::agreement),
        WireOut.unknown(m.getUnknownProperties()));
  }

  private static PlanWire.Norm norm(Norm m) {
    return new PlanWire.Norm(
        m.getText(), WireOut.codes(m.getTopics()), WireOut.unknown(m.getUnknownProperties()));
  }

  private static PlanWire.NormAgreement agreement(org.edcop.model.NormAgreement m) {
    return new PlanWire.NormAgreement(
        m.getMemberId().getValue(),
        m.getVersion(),
        WireOut.date(m.getAgreedOn()),
        WireOut.unknown(m.getUnknownProperties()));
  }

  private static PlanWire.Practice practice(Practice m) {
    return new PlanWire.Practice(
        WireOut.unlessDefault(
            m.getLaunchPlan(), LaunchPlan.builder().build(), PlanMapping::launchPlan),
        WireOut.list(m.getMeetings(), PlanMapping::meeting),
        WireOut.list(m.getImprovementWork(), PlanMapping::improvementWork),
        WireOut.unlessDefault(m.getResults(), Results.builder().build(), PlanMapping::results),
        WireOut.list(m.getReflections(), PlanMapping::reflection),
        WireOut.list(m.getResourceBank(), PracticeRecordsMapping::resource),
        WireOut.unknown(m.getUnknownProperties()));
  }

  private static PlanWire.LaunchPlan launchPlan(LaunchPlan m) {
    return new PlanWire.LaunchPlan(
        WireOut.optional(m.getLaunchDate(), WireOut::date),
        WireOut.optional(m.getCadence(), PlanMapping::cadence),
        WireOut.optional(m.getMeetingLength(), java.time.Duration::toString),
        WireOut.optional(m.getFormat(), WireOut::code),
        m.getPlace().orElse(null),
        m.getPlatform().orElse(null),
        WireOut.strings(m.getStandingAgendaItems()),
        WireOut.codes(m.getActivityKinds()),
        WireOut.list(m.getTools(), PlanMapping::tool),
        WireOut.unknown(m.getUnknownProperties()));
  }

  private static PlanWire.Cadence cadence(Cadence m) {
    return new PlanWire.Cadence(
        WireOut.code(m.getKind()),
        m.getIntervalWeeks().orElse(null),
        m.getIntervalMonths().orElse(null),
        m.getWeekOfMonth().orElse(null),
        m.getDayOfMonth().orElse(null),
        WireOut.list(m.getWeeksOfMonth(), v -> v),
        WireOut.list(m.getDaysOfMonth(), v -> v),
        WireOut.optional(m.getDayOfWeek(), WireOut::code),
        WireOut.optional(m.getStartTime(), WireOut::time),
        WireOut.unknown(m.getUnknownProperties()));
  }

  private static PlanWire.Tool tool(Tool m) {
    return new PlanWire.Tool(
        m.getName(), WireOut.codes(m.getUses()), WireOut.unknown(m.getUnknownProperties()));
  }

  private static PlanWire.Meeting meeting(Meeting m) {
    return new PlanWire.Meeting(
        m.getId(),
        m.getTitle().orElse(null),
        WireOut.optional(m.getStart(), WireOut::dateTime),
        WireOut.optional(m.getEnd(), WireOut::dateTime),
        WireOut.strings(m.getTopics()),
        WireOut.codes(m.getActivities()),
        WireOut.strings(m.getGuidingQuestions()),
        WireOut.strings(m.getResources()),
        WireOut.optional(m.getFacilitator(), id -> id.getValue()),
        WireOut.codes(m.getIncludes()),
        WireOut.optional(m.getRescheduledFrom(), WireOut::date),
        WireOut.memberIds(m.getAttendance()),
        m.getNotes().orElse(null),
        WireOut.strings(m.getDecisions()),
        WireOut.list(m.getActionItems(), PracticeRecordsMapping::actionItem),
        WireOut.unknown(m.getUnknownProperties()));
  }

  private static PlanWire.ImprovementWork improvementWork(ImprovementWork m) {
    return new PlanWire.ImprovementWork(
        m.getProblemOfPracticeId(),
        WireOut.optional(m.getAim(), PlanMapping::aim),
        WireOut.list(m.getMeasures(), PlanMapping::measure),
        WireOut.list(m.getCycles(), PlanMapping::cycle),
        WireOut.unknown(m.getUnknownProperties()));
  }

  private static PlanWire.Aim aim(Aim m) {
    return new PlanWire.Aim(
        m.getStatement(),
        m.getMeasure().orElse(null),
        m.getTarget().orElse(null),
        WireOut.optional(m.getBy(), WireOut::date),
        m.getResult().orElse(null),
        WireOut.unknown(m.getUnknownProperties()));
  }

  private static PlanWire.Measure measure(Measure m) {
    return new PlanWire.Measure(
        m.getName(),
        WireOut.code(m.getKind()),
        m.getDescription().orElse(null),
        WireOut.unknown(m.getUnknownProperties()));
  }

  private static PlanWire.InquiryCycle cycle(InquiryCycle m) {
    return new PlanWire.InquiryCycle(
        m.getId(),
        m.getQuestion().orElse(null),
        m.getPrediction().orElse(null),
        m.getDone().orElse(null),
        m.getStudy().orElse(null),
        WireOut.optional(m.getDecision(), WireOut::code),
        WireOut.optional(m.getStartedOn(), WireOut::date),
        WireOut.optional(m.getCompletedOn(), WireOut::date),
        WireOut.unknown(m.getUnknownProperties()));
  }

  private static PlanWire.Results results(Results m) {
    return new PlanWire.Results(
        WireOut.list(m.getFeedbackMethods(), PlanMapping::feedbackMethod),
        WireOut.list(m.getPlannedEvidence(), PlanMapping::evidence),
        WireOut.list(m.getCollectedEvidence(), PlanMapping::evidence),
        m.getSuccessCriteria().orElse(null),
        WireOut.optional(m.getLegacy(), PlanMapping::legacy),
        WireOut.list(m.getCelebrations(), PlanMapping::celebration),
        WireOut.list(m.getFeedbackReceived(), PracticeRecordsMapping::feedback),
        WireOut.list(m.getValueStories(), PracticeRecordsMapping::story),
        WireOut.unknown(m.getUnknownProperties()));
  }

  private static PlanWire.FeedbackMethod feedbackMethod(FeedbackMethod m) {
    return new PlanWire.FeedbackMethod(
        m.getDescription(),
        m.getSchedule().orElse(null),
        WireOut.unknown(m.getUnknownProperties()));
  }

  private static PlanWire.Evidence evidence(Evidence m) {
    return new PlanWire.Evidence(
        m.getId().orElse(null),
        WireOut.code(m.getKind()),
        WireOut.optional(m.getPurposeType(), WireOut::code),
        m.getDescription(),
        WireOut.optional(m.getCollectedOn(), WireOut::date),
        WireOut.unknown(m.getUnknownProperties()));
  }

  private static PlanWire.Legacy legacy(Legacy m) {
    return new PlanWire.Legacy(
        m.getDescription(),
        WireOut.strings(m.getStakeholders()),
        m.getCommunication().orElse(null),
        WireOut.unknown(m.getUnknownProperties()));
  }

  private static PlanWire.Celebration celebration(Celebration m) {
    return new PlanWire.Celebration(
        m.getDescription(),
        WireOut.optional(m.getOn(), WireOut::date),
        WireOut.unknown(m.getUnknownProperties()));
  }

  private static PlanWire.Reflection reflection(Reflection m) {
    return new PlanWire.Reflection(
        m.getMemberId().getValue(),
        m.getNewLearning().orElse(null),
        m.getApplication().orElse(null),
        WireOut.strings(m.getSelfReflectivePractices()),
        WireOut.list(m.getCompetencies(), PlanMapping::competency),
        WireOut.flag(m.isPrivateToAuthor()),
        WireOut.unknown(m.getUnknownProperties()));
  }

  private static PlanWire.CompetencyRef competency(org.edcop.model.CompetencyRef m) {
    return new PlanWire.CompetencyRef(
        m.getFrameworkId(), m.getCompetencyId(), WireOut.unknown(m.getUnknownProperties()));
  }

  private static PlanWire.FurtherApplication furtherApplication(FurtherApplication m) {
    return new PlanWire.FurtherApplication(
        WireOut.list(m.getOtherUses(), PlanMapping::otherUse),
        WireOut.strings(m.getAdaptableTeams()),
        WireOut.unknown(m.getUnknownProperties()));
  }

  private static PlanWire.OtherUse otherUse(OtherUse m) {
    return new PlanWire.OtherUse(
        m.getDescription(),
        WireOut.codes(m.getPurposeTypes()),
        WireOut.unknown(m.getUnknownProperties()));
  }
}
