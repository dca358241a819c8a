package org.edcop.json.format.internal;

import static org.edcop.json.format.internal.JsonPointers.child;

import java.util.Optional;
import java.util.function.BiFunction;
import org.edcop.json.format.CopJsonException;
import org.edcop.json.format.CopJsonFormat;
import org.edcop.model.ActivityKind;
import org.edcop.model.Aim;
import org.edcop.model.Cadence;
import org.edcop.model.CadenceKind;
import org.edcop.model.Celebration;
import org.edcop.model.CohortType;
import org.edcop.model.Community;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.ContactInfo;
import org.edcop.model.CycleDecision;
import org.edcop.model.Domain;
import org.edcop.model.Evidence;
import org.edcop.model.EvidenceKind;
import org.edcop.model.FeedbackMethod;
import org.edcop.model.FurtherApplication;
import org.edcop.model.ImmutableCompetencyRef;
import org.edcop.model.ImmutableNormAgreement;
import org.edcop.model.ImmutableSizeRange;
import org.edcop.model.ImmutableStatusChange;
import org.edcop.model.ImmutableTierChange;
import org.edcop.model.ImprovementWork;
import org.edcop.model.InquiryCycle;
import org.edcop.model.LaunchPlan;
import org.edcop.model.Leader;
import org.edcop.model.Leadership;
import org.edcop.model.LeadershipDuty;
import org.edcop.model.LeadershipStructure;
import org.edcop.model.Legacy;
import org.edcop.model.LifecycleStatus;
import org.edcop.model.Measure;
import org.edcop.model.MeasureKind;
import org.edcop.model.Meeting;
import org.edcop.model.MeetingElement;
import org.edcop.model.MeetingFormat;
import org.edcop.model.Member;
import org.edcop.model.Membership;
import org.edcop.model.MembershipStatus;
import org.edcop.model.Norm;
import org.edcop.model.NormTopic;
import org.edcop.model.Norms;
import org.edcop.model.OtherUse;
import org.edcop.model.ParticipantKind;
import org.edcop.model.ParticipationTier;
import org.edcop.model.Person;
import org.edcop.model.Practice;
import org.edcop.model.ProblemOfPractice;
import org.edcop.model.Purpose;
import org.edcop.model.PurposeStatement;
import org.edcop.model.PurposeType;
import org.edcop.model.Reflection;
import org.edcop.model.RequiredMember;
import org.edcop.model.Results;
import org.edcop.model.RoleCategory;
import org.edcop.model.Tool;
import org.edcop.model.ToolUse;

/**
 * Maps a plan between the model and its wire records, in both directions. Reading checks every
 * value and reports the first problem as a {@link CopJsonException} with the JSON Pointer of the
 * offending value (line and column are added by the Jackson module, which knows the text). Writing
 * leaves out what is absent, empty or equal to its default, and sorts sets.
 */
public final class PlanMapping {

  private final WireIn in;

  private final PracticeRecordsMapping records;

  private PlanMapping(boolean strict) {
    this.in = new WireIn(strict);
    this.records = new PracticeRecordsMapping(in);
  }

  /**
   * Converts a plan read from JSON into the model.
   *
   * @param wire the wire record of the whole document
   * @param strict whether unknown properties are rejected rather than kept
   * @return the plan
   * @throws CopJsonException if a value is missing, null, of an unknown code or badly formed
   */
  public static CommunityOfPractice toModel(PlanWire.CommunityOfPractice wire, boolean strict) {
    return new PlanMapping(strict).plan(wire, JsonPointers.ROOT);
  }

  private <W, M> Optional<M> opt(
      W value, JsonPointers parent, String name, BiFunction<W, JsonPointers, M> f) {
    return value == null ? Optional.empty() : Optional.of(f.apply(value, child(parent, name)));
  }

  private static <T> Optional<T> opt(T value) {
    return Optional.ofNullable(value);
  }

  // ---- reading -------------------------------------------------------------------------------

  private CommunityOfPractice plan(PlanWire.CommunityOfPractice w, JsonPointers p) {
    in.schemaVersion(w.schemaVersion(), child(p, CopJsonFormat.SCHEMA_VERSION_PROPERTY));
    var b =
        CommunityOfPractice.builder()
            .id(in.required(w.id(), p, "id"))
            .name(in.required(w.name(), p, "name"))
            .authority(in.required(w.authority(), p, "authority"))
            .timeZone(in.zone(in.required(w.timeZone(), p, "timeZone"), child(p, "timeZone")))
            .createdOn(opt(w.createdOn(), p, "createdOn", in::date))
            .launchedOn(opt(w.launchedOn(), p, "launchedOn", in::date))
            .closedOn(opt(w.closedOn(), p, "closedOn", in::date))
            .renewalDecisions(
                in.list(w.renewalDecisions(), child(p, "renewalDecisions"), records::renewal))
            .unknownProperties(in.unknown(w.unknownProperties(), p));
    if (w.status() != null) {
      b.status(in.code(LifecycleStatus.class, w.status(), child(p, "status")));
    }
    if (w.developmentStage() != null) {
      b.developmentStage(
          in.code(
              org.edcop.model.DevelopmentStage.class,
              w.developmentStage(),
              child(p, "developmentStage")));
    }
    if (w.domain() != null) {
      b.domain(domain(w.domain(), child(p, "domain")));
    }
    if (w.community() != null) {
      b.community(community(w.community(), child(p, "community")));
    }
    if (w.practice() != null) {
      b.practice(practice(w.practice(), child(p, "practice")));
    }
    if (w.furtherApplication() != null) {
      b.furtherApplication(
          furtherApplication(w.furtherApplication(), child(p, "furtherApplication")));
    }
    return b.build();
  }

  private Domain domain(PlanWire.Domain w, JsonPointers p) {
    var b =
        Domain.builder()
            .sharedInterest(opt(w.sharedInterest()))
            .sharedExpertise(opt(w.sharedExpertise()))
            .problemsOfPractice(
                in.list(w.problemsOfPractice(), child(p, "problemsOfPractice"), this::problem))
            .unknownProperties(in.unknown(w.unknownProperties(), p));
    if (w.equityCentred() != null) {
      b.equityCentred(w.equityCentred());
    }
    if (w.purpose() != null) {
      b.purpose(purpose(w.purpose(), child(p, "purpose")));
    }
    return b.build();
  }

  private Purpose purpose(PlanWire.Purpose w, JsonPointers p) {
    var b =
        Purpose.builder()
            .types(in.codes(PurposeType.class, w.types(), child(p, "types")))
            .customPurpose(opt(w.customPurpose()))
            .unknownProperties(in.unknown(w.unknownProperties(), p));
    if (w.statement() != null) {
      b.statement(statement(w.statement(), child(p, "statement")));
    }
    return b.build();
  }

  private PurposeStatement statement(PlanWire.PurposeStatement w, JsonPointers p) {
    return PurposeStatement.builder()
        .audience(opt(w.audience()))
        .sharedConcern(opt(w.sharedConcern()))
        .commitment(opt(w.commitment()))
        .unknownProperties(in.unknown(w.unknownProperties(), p))
        .build();
  }

  private ProblemOfPractice problem(PlanWire.ProblemOfPractice w, JsonPointers p) {
    return ProblemOfPractice.builder()
        .id(in.required(w.id(), p, "id"))
        .statement(in.required(w.statement(), p, "statement"))
        .equityFocus(opt(w.equityFocus()))
        .unknownProperties(in.unknown(w.unknownProperties(), p))
        .build();
  }

  private Community community(PlanWire.Community w, JsonPointers p) {
    var b = Community.builder().unknownProperties(in.unknown(w.unknownProperties(), p));
    if (w.membership() != null) {
      b.membership(membership(w.membership(), child(p, "membership")));
    }
    if (w.leadership() != null) {
      b.leadership(leadership(w.leadership(), child(p, "leadership")));
    }
    if (w.norms() != null) {
      b.norms(norms(w.norms(), child(p, "norms")));
    }
    return b.build();
  }

  private Membership membership(PlanWire.Membership w, JsonPointers p) {
    return Membership.builder()
        .idealMemberProfile(opt(w.idealMemberProfile()))
        .requiredMembers(
            in.list(w.requiredMembers(), child(p, "requiredMembers"), this::requiredMember))
        .idealSize(opt(w.idealSize(), p, "idealSize", this::sizeRange))
        .invitationApproach(opt(w.invitationApproach()))
        .cohortType(
            opt(w.cohortType(), p, "cohortType", (v, at) -> in.code(CohortType.class, v, at)))
        .decisionRoute(opt(w.decisionRoute()))
        .members(in.list(w.members(), child(p, "members"), this::member))
        .unknownProperties(in.unknown(w.unknownProperties(), p))
        .build();
  }

  private RequiredMember requiredMember(PlanWire.RequiredMember w, JsonPointers p) {
    return RequiredMember.builder()
        .who(in.required(w.who(), p, "who"))
        .reason(opt(w.reason()))
        .memberId(opt(w.memberId(), p, "memberId", in::memberId))
        .unknownProperties(in.unknown(w.unknownProperties(), p))
        .build();
  }

  private org.edcop.model.SizeRange sizeRange(PlanWire.SizeRange w, JsonPointers p) {
    return ImmutableSizeRange.builder()
        .min(in.required(w.min(), p, "min"))
        .max(in.required(w.max(), p, "max"))
        .unknownProperties(in.unknown(w.unknownProperties(), p))
        .build();
  }

  private Member member(PlanWire.Member w, JsonPointers p) {
    var b =
        Member.builder()
            .id(in.memberId(in.required(w.id(), p, "id"), child(p, "id")))
            .person(person(in.required(w.person(), p, "person"), child(p, "person")))
            .kind(
                w.kind() == null
                    ? ParticipantKind.MEMBER
                    : in.code(ParticipantKind.class, w.kind(), child(p, "kind")))
            .tier(
                in.code(
                    ParticipationTier.class, in.required(w.tier(), p, "tier"), child(p, "tier")))
            .tierHistory(in.list(w.tierHistory(), child(p, "tierHistory"), this::tierChange))
            .statusHistory(
                in.list(w.statusHistory(), child(p, "statusHistory"), this::statusChange))
            .unknownProperties(in.unknown(w.unknownProperties(), p));
    if (w.decisionMaker() != null) {
      b.decisionMaker(w.decisionMaker());
    }
    return b.build();
  }

  private Person person(PlanWire.Person w, JsonPointers p) {
    return Person.builder()
        .name(in.required(w.name(), p, "name"))
        .role(opt(w.role()))
        .roleCategory(
            opt(w.roleCategory(), p, "roleCategory", (v, at) -> in.code(RoleCategory.class, v, at)))
        .organisation(opt(w.organisation()))
        .contact(opt(w.contact(), p, "contact", this::contact))
        .externalId(opt(w.externalId()))
        .unknownProperties(in.unknown(w.unknownProperties(), p))
        .build();
  }

  private ContactInfo contact(PlanWire.ContactInfo w, JsonPointers p) {
    return ContactInfo.builder()
        .email(opt(w.email()))
        .phone(opt(w.phone()))
        .unknownProperties(in.unknown(w.unknownProperties(), p))
        .build();
  }

  private org.edcop.model.StatusChange statusChange(PlanWire.StatusChange w, JsonPointers p) {
    return ImmutableStatusChange.builder()
        .effectiveOn(
            in.date(in.required(w.effectiveOn(), p, "effectiveOn"), child(p, "effectiveOn")))
        .status(
            in.code(
                MembershipStatus.class, in.required(w.status(), p, "status"), child(p, "status")))
        .unknownProperties(in.unknown(w.unknownProperties(), p))
        .build();
  }

  private org.edcop.model.TierChange tierChange(PlanWire.TierChange w, JsonPointers p) {
    return ImmutableTierChange.builder()
        .effectiveOn(
            in.date(in.required(w.effectiveOn(), p, "effectiveOn"), child(p, "effectiveOn")))
        .tier(in.code(ParticipationTier.class, in.required(w.tier(), p, "tier"), child(p, "tier")))
        .unknownProperties(in.unknown(w.unknownProperties(), p))
        .build();
  }

  private Leadership leadership(PlanWire.Leadership w, JsonPointers p) {
    return Leadership.builder()
        .structure(
            opt(
                w.structure(),
                p,
                "structure",
                (v, at) -> in.code(LeadershipStructure.class, v, at)))
        .rotation(opt(w.rotation()))
        .leaders(in.list(w.leaders(), child(p, "leaders"), this::leader))
        .communication(opt(w.communication()))
        .support(opt(w.support()))
        .unknownProperties(in.unknown(w.unknownProperties(), p))
        .build();
  }

  private Leader leader(PlanWire.Leader w, JsonPointers p) {
    return Leader.builder()
        .memberId(in.memberId(in.required(w.memberId(), p, "memberId"), child(p, "memberId")))
        .duties(in.codes(LeadershipDuty.class, w.duties(), child(p, "duties")))
        .unknownProperties(in.unknown(w.unknownProperties(), p))
        .build();
  }

  private Norms norms(PlanWire.Norms w, JsonPointers p) {
    var b =
        Norms.builder()
            .norms(in.list(w.norms(), child(p, "norms"), this::norm))
            .developmentProcess(opt(w.developmentProcess()))
            .valuesAlignment(opt(w.valuesAlignment()))
            .agreements(in.list(w.agreements(), child(p, "agreements"), this::agreement))
            .unknownProperties(in.unknown(w.unknownProperties(), p));
    if (w.version() != null) {
      b.version(w.version());
    }
    return b.build();
  }

  private Norm norm(PlanWire.Norm w, JsonPointers p) {
    return Norm.builder()
        .text(in.required(w.text(), p, "text"))
        .topics(in.codes(NormTopic.class, w.topics(), child(p, "topics")))
        .unknownProperties(in.unknown(w.unknownProperties(), p))
        .build();
  }

  private org.edcop.model.NormAgreement agreement(PlanWire.NormAgreement w, JsonPointers p) {
    return ImmutableNormAgreement.builder()
        .memberId(in.memberId(in.required(w.memberId(), p, "memberId"), child(p, "memberId")))
        .version(in.required(w.version(), p, "version"))
        .agreedOn(in.date(in.required(w.agreedOn(), p, "agreedOn"), child(p, "agreedOn")))
        .unknownProperties(in.unknown(w.unknownProperties(), p))
        .build();
  }

  private Practice practice(PlanWire.Practice w, JsonPointers p) {
    var b =
        Practice.builder()
            .meetings(in.list(w.meetings(), child(p, "meetings"), this::meeting))
            .improvementWork(
                in.list(w.improvementWork(), child(p, "improvementWork"), this::improvementWork))
            .reflections(in.list(w.reflections(), child(p, "reflections"), this::reflection))
            .resourceBank(in.list(w.resourceBank(), child(p, "resourceBank"), records::resource))
            .unknownProperties(in.unknown(w.unknownProperties(), p));
    if (w.launchPlan() != null) {
      b.launchPlan(launchPlan(w.launchPlan(), child(p, "launchPlan")));
    }
    if (w.results() != null) {
      b.results(results(w.results(), child(p, "results")));
    }
    return b.build();
  }

  private LaunchPlan launchPlan(PlanWire.LaunchPlan w, JsonPointers p) {
    return LaunchPlan.builder()
        .launchDate(opt(w.launchDate(), p, "launchDate", in::date))
        .cadence(opt(w.cadence(), p, "cadence", this::cadence))
        .meetingLength(opt(w.meetingLength(), p, "meetingLength", in::duration))
        .format(opt(w.format(), p, "format", (v, at) -> in.code(MeetingFormat.class, v, at)))
        .place(opt(w.place()))
        .platform(opt(w.platform()))
        .standingAgendaItems(in.strings(w.standingAgendaItems(), child(p, "standingAgendaItems")))
        .activityKinds(in.codes(ActivityKind.class, w.activityKinds(), child(p, "activityKinds")))
        .tools(in.list(w.tools(), child(p, "tools"), this::tool))
        .unknownProperties(in.unknown(w.unknownProperties(), p))
        .build();
  }

  private Cadence cadence(PlanWire.Cadence w, JsonPointers p) {
    return Cadence.builder()
        .kind(in.code(CadenceKind.class, in.required(w.kind(), p, "kind"), child(p, "kind")))
        .intervalWeeks(opt(w.intervalWeeks()))
        .intervalMonths(opt(w.intervalMonths()))
        .weekOfMonth(opt(w.weekOfMonth()))
        .dayOfMonth(opt(w.dayOfMonth()))
        .weeksOfMonth(in.list(w.weeksOfMonth(), child(p, "weeksOfMonth"), (v, at) -> v))
        .daysOfMonth(in.list(w.daysOfMonth(), child(p, "daysOfMonth"), (v, at) -> v))
        .dayOfWeek(opt(w.dayOfWeek(), p, "dayOfWeek", in::dayOfWeek))
        .startTime(opt(w.startTime(), p, "startTime", in::time))
        .unknownProperties(in.unknown(w.unknownProperties(), p))
        .build();
  }

  private Tool tool(PlanWire.Tool w, JsonPointers p) {
    return Tool.builder()
        .name(in.required(w.name(), p, "name"))
        .uses(in.codes(ToolUse.class, w.uses(), child(p, "uses")))
        .unknownProperties(in.unknown(w.unknownProperties(), p))
        .build();
  }

  private Meeting meeting(PlanWire.Meeting w, JsonPointers p) {
    return Meeting.builder()
        .id(in.required(w.id(), p, "id"))
        .title(opt(w.title()))
        .start(opt(w.start(), p, "start", in::dateTime))
        .end(opt(w.end(), p, "end", in::dateTime))
        .topics(in.strings(w.topics(), child(p, "topics")))
        .activities(in.codes(ActivityKind.class, w.activities(), child(p, "activities")))
        .guidingQuestions(in.strings(w.guidingQuestions(), child(p, "guidingQuestions")))
        .resources(in.strings(w.resources(), child(p, "resources")))
        .facilitator(opt(w.facilitator(), p, "facilitator", in::memberId))
        .includes(in.codes(MeetingElement.class, w.includes(), child(p, "includes")))
        .rescheduledFrom(opt(w.rescheduledFrom(), p, "rescheduledFrom", in::date))
        .attendance(in.set(w.attendance(), child(p, "attendance"), in::memberId))
        .notes(opt(w.notes()))
        .decisions(in.strings(w.decisions(), child(p, "decisions")))
        .actionItems(in.list(w.actionItems(), child(p, "actionItems"), records::actionItem))
        .unknownProperties(in.unknown(w.unknownProperties(), p))
        .build();
  }

  private ImprovementWork improvementWork(PlanWire.ImprovementWork w, JsonPointers p) {
    return ImprovementWork.builder()
        .problemOfPracticeId(in.required(w.problemOfPracticeId(), p, "problemOfPracticeId"))
        .aim(opt(w.aim(), p, "aim", this::aim))
        .measures(in.list(w.measures(), child(p, "measures"), this::measure))
        .cycles(in.list(w.cycles(), child(p, "cycles"), this::cycle))
        .unknownProperties(in.unknown(w.unknownProperties(), p))
        .build();
  }

  private Aim aim(PlanWire.Aim w, JsonPointers p) {
    return Aim.builder()
        .statement(in.required(w.statement(), p, "statement"))
        .measure(opt(w.measure()))
        .target(opt(w.target()))
        .by(opt(w.by(), p, "by", in::date))
        .result(opt(w.result()))
        .unknownProperties(in.unknown(w.unknownProperties(), p))
        .build();
  }

  private Measure measure(PlanWire.Measure w, JsonPointers p) {
    return Measure.builder()
        .name(in.required(w.name(), p, "name"))
        .kind(in.code(MeasureKind.class, in.required(w.kind(), p, "kind"), child(p, "kind")))
        .description(opt(w.description()))
        .unknownProperties(in.unknown(w.unknownProperties(), p))
        .build();
  }

  private InquiryCycle cycle(PlanWire.InquiryCycle w, JsonPointers p) {
    return InquiryCycle.builder()
        .id(in.required(w.id(), p, "id"))
        .question(opt(w.question()))
        .prediction(opt(w.prediction()))
        .done(opt(w.done()))
        .study(opt(w.study()))
        .decision(opt(w.decision(), p, "decision", (v, at) -> in.code(CycleDecision.class, v, at)))
        .startedOn(opt(w.startedOn(), p, "startedOn", in::date))
        .completedOn(opt(w.completedOn(), p, "completedOn", in::date))
        .unknownProperties(in.unknown(w.unknownProperties(), p))
        .build();
  }

  private Results results(PlanWire.Results w, JsonPointers p) {
    return Results.builder()
        .feedbackMethods(
            in.list(w.feedbackMethods(), child(p, "feedbackMethods"), this::feedbackMethod))
        .plannedEvidence(in.list(w.plannedEvidence(), child(p, "plannedEvidence"), this::evidence))
        .collectedEvidence(
            in.list(w.collectedEvidence(), child(p, "collectedEvidence"), this::evidence))
        .successCriteria(opt(w.successCriteria()))
        .legacy(opt(w.legacy(), p, "legacy", this::legacy))
        .celebrations(in.list(w.celebrations(), child(p, "celebrations"), this::celebration))
        .feedbackReceived(
            in.list(w.feedbackReceived(), child(p, "feedbackReceived"), records::feedback))
        .valueStories(in.list(w.valueStories(), child(p, "valueStories"), records::story))
        .unknownProperties(in.unknown(w.unknownProperties(), p))
        .build();
  }

  private FeedbackMethod feedbackMethod(PlanWire.FeedbackMethod w, JsonPointers p) {
    return FeedbackMethod.builder()
        .description(in.required(w.description(), p, "description"))
        .schedule(opt(w.schedule()))
        .unknownProperties(in.unknown(w.unknownProperties(), p))
        .build();
  }

  private Evidence evidence(PlanWire.Evidence w, JsonPointers p) {
    return Evidence.builder()
        .id(opt(w.id()))
        .kind(in.code(EvidenceKind.class, in.required(w.kind(), p, "kind"), child(p, "kind")))
        .purposeType(
            opt(w.purposeType(), p, "purposeType", (v, at) -> in.code(PurposeType.class, v, at)))
        .description(in.required(w.description(), p, "description"))
        .collectedOn(opt(w.collectedOn(), p, "collectedOn", in::date))
        .unknownProperties(in.unknown(w.unknownProperties(), p))
        .build();
  }

  private Legacy legacy(PlanWire.Legacy w, JsonPointers p) {
    return Legacy.builder()
        .description(in.required(w.description(), p, "description"))
        .stakeholders(in.strings(w.stakeholders(), child(p, "stakeholders")))
        .communication(opt(w.communication()))
        .unknownProperties(in.unknown(w.unknownProperties(), p))
        .build();
  }

  private Celebration celebration(PlanWire.Celebration w, JsonPointers p) {
    return Celebration.builder()
        .description(in.required(w.description(), p, "description"))
        .on(opt(w.on(), p, "on", in::date))
        .unknownProperties(in.unknown(w.unknownProperties(), p))
        .build();
  }

  private Reflection reflection(PlanWire.Reflection w, JsonPointers p) {
    return Reflection.builder()
        .memberId(in.memberId(in.required(w.memberId(), p, "memberId"), child(p, "memberId")))
        .newLearning(opt(w.newLearning()))
        .application(opt(w.application()))
        .selfReflectivePractices(
            in.strings(w.selfReflectivePractices(), child(p, "selfReflectivePractices")))
        .competencies(in.list(w.competencies(), child(p, "competencies"), this::competency))
        .privateToAuthor(w.privateToAuthor() != null && w.privateToAuthor())
        .unknownProperties(in.unknown(w.unknownProperties(), p))
        .build();
  }

  private org.edcop.model.CompetencyRef competency(PlanWire.CompetencyRef w, JsonPointers p) {
    return ImmutableCompetencyRef.builder()
        .frameworkId(in.required(w.frameworkId(), p, "frameworkId"))
        .competencyId(in.required(w.competencyId(), p, "competencyId"))
        .unknownProperties(in.unknown(w.unknownProperties(), p))
        .build();
  }

  private FurtherApplication furtherApplication(PlanWire.FurtherApplication w, JsonPointers p) {
    return FurtherApplication.builder()
        .otherUses(in.list(w.otherUses(), child(p, "otherUses"), this::otherUse))
        .adaptableTeams(in.strings(w.adaptableTeams(), child(p, "adaptableTeams")))
        .unknownProperties(in.unknown(w.unknownProperties(), p))
        .build();
  }

  private OtherUse otherUse(PlanWire.OtherUse w, JsonPointers p) {
    return OtherUse.builder()
        .description(in.required(w.description(), p, "description"))
        .purposeTypes(in.codes(PurposeType.class, w.purposeTypes(), child(p, "purposeTypes")))
        .unknownProperties(in.unknown(w.unknownProperties(), p))
        .build();
  }
}
