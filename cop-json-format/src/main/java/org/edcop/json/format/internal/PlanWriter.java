package org.edcop.json.format.internal;

import static org.edcop.json.format.internal.WireNames.*;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.edcop.json.format.CopJsonFormat;
import org.edcop.model.ActionItem;
import org.edcop.model.ActionItemStatus;
import org.edcop.model.Aim;
import org.edcop.model.Cadence;
import org.edcop.model.Celebration;
import org.edcop.model.Community;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.CompetencyRef;
import org.edcop.model.ContactInfo;
import org.edcop.model.Domain;
import org.edcop.model.Evidence;
import org.edcop.model.FeedbackMethod;
import org.edcop.model.FeedbackReceived;
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
import org.edcop.model.MemberId;
import org.edcop.model.Membership;
import org.edcop.model.Norm;
import org.edcop.model.NormAgreement;
import org.edcop.model.Norms;
import org.edcop.model.OtherUse;
import org.edcop.model.ParticipantKind;
import org.edcop.model.Person;
import org.edcop.model.Practice;
import org.edcop.model.ProblemOfPractice;
import org.edcop.model.Purpose;
import org.edcop.model.PurposeStatement;
import org.edcop.model.Reflection;
import org.edcop.model.RenewalDecision;
import org.edcop.model.RequiredMember;
import org.edcop.model.Results;
import org.edcop.model.SharedResource;
import org.edcop.model.SizeRange;
import org.edcop.model.StatusChange;
import org.edcop.model.TierChange;
import org.edcop.model.Tool;
import org.edcop.model.ValueStory;
import org.edcop.model.Vocabulary;
import org.edcop.model.internal.ArraySet;

/**
 * Writes a plan from the model straight to a {@link TokenSink}, without building the wire records
 * first: the records' mapping was a second copy of every document and the generic {@link
 * WireWriter} a per-value type dispatch, about a third of the writing time together (issues 14 and
 * 22, docs/performance.md). The bytes are those the records gave: the same properties in the same
 * order, absent and default values left out, sets sorted.
 *
 * <p>Each property is named by its {@link WireNames} constant, the one the wire records'
 * annotations (the schema's source) and the plan reader's dispatch use, so the three cannot
 * disagree on a name; the properties are written in the order of the wire records'
 * {@code @JsonPropertyOrder}, which {@code PlanWriterTest} checks against the annotations.
 *
 * <p>One call keeps what it wrote of the roster ({@link RosterTexts}): the members come before the
 * meetings, whose attendance is then written from that copy, through the position hints the sets
 * carry, without reading the attendees' ids (#22). The bytes are the same either way.
 */
final class PlanWriter {

  /** Writes one model value as a JSON value. */
  @FunctionalInterface
  interface Part<T> {
    void write(TokenSink sink, T value) throws IOException;
  }

  /**
   * A plan to be written by {@link WireWriter}: what {@link WireDocument#PLAN} hands the writer in
   * place of a wire record.
   *
   * @param plan the plan
   */
  record Document(CommunityOfPractice plan) implements WireWriter.Direct {
    @Override
    public void writeTo(TokenSink sink) throws IOException {
      PlanWriter.plan(sink, plan);
    }
  }

  // the empty values that are left out, built once
  private static final Domain NO_DOMAIN = Domain.builder().build();
  private static final Community NO_COMMUNITY = Community.builder().build();
  private static final Practice NO_PRACTICE = Practice.builder().build();
  private static final FurtherApplication NO_FURTHER = FurtherApplication.builder().build();
  private static final Purpose NO_PURPOSE = Purpose.builder().build();
  private static final PurposeStatement NO_STATEMENT = PurposeStatement.builder().build();
  private static final Membership NO_MEMBERSHIP = Membership.builder().build();
  private static final Leadership NO_LEADERSHIP = Leadership.builder().build();
  private static final Norms NO_NORMS = Norms.builder().build();
  private static final LaunchPlan NO_LAUNCH = LaunchPlan.builder().build();
  private static final Results NO_RESULTS = Results.builder().build();

  private PlanWriter() {}

  // ---- the plan, in the order of its wire records -----------------------------------------------

  static void plan(TokenSink s, CommunityOfPractice m) throws IOException {
    RosterTexts roster = new RosterTexts();
    s.startObject();
    s.name(SCHEMA_VERSION);
    s.number(CopJsonFormat.SCHEMA_VERSION);
    text(s, ID, m.getId());
    text(s, NAME, m.getName());
    text(s, AUTHORITY, m.getAuthority());
    codeUnless(s, STATUS, m.getStatus(), LifecycleStatus.PLANNING);
    date(s, CREATED_ON, m.getCreatedOn());
    date(s, LAUNCHED_ON, m.getLaunchedOn());
    date(s, CLOSED_ON, m.getClosedOn());
    text(s, TIME_ZONE, m.getTimeZone().getId());
    unlessDefault(s, DOMAIN, m.getDomain(), NO_DOMAIN, PlanWriter::domain);
    // the community (and its roster) before the practice (and its meetings' attendance)
    unlessDefault(s, COMMUNITY, m.getCommunity(), NO_COMMUNITY, (t, c) -> community(t, c, roster));
    unlessDefault(s, PRACTICE, m.getPractice(), NO_PRACTICE, (t, p) -> practice(t, p, roster));
    unlessDefault(
        s, FURTHER_APPLICATION, m.getFurtherApplication(), NO_FURTHER, PlanWriter::further);
    code(s, DEVELOPMENT_STAGE, m.getDevelopmentStage());
    list(s, RENEWAL_DECISIONS, m.getRenewalDecisions(), PlanWriter::renewal);
    end(s, m.getUnknownProperties());
  }

  private static void domain(TokenSink s, Domain m) throws IOException {
    s.startObject();
    text(s, SHARED_INTEREST, m.getSharedInterest());
    text(s, SHARED_EXPERTISE, m.getSharedExpertise());
    flag(s, EQUITY_CENTRED, m.isEquityCentred());
    unlessDefault(s, PURPOSE, m.getPurpose(), NO_PURPOSE, PlanWriter::purpose);
    list(s, PROBLEMS_OF_PRACTICE, m.getProblemsOfPractice(), PlanWriter::problem);
    end(s, m.getUnknownProperties());
  }

  private static void purpose(TokenSink s, Purpose m) throws IOException {
    s.startObject();
    unlessDefault(s, STATEMENT, m.getStatement(), NO_STATEMENT, PlanWriter::statement);
    codes(s, TYPES, m.getTypes());
    text(s, CUSTOM_PURPOSE, m.getCustomPurpose());
    end(s, m.getUnknownProperties());
  }

  private static void statement(TokenSink s, PurposeStatement m) throws IOException {
    s.startObject();
    text(s, AUDIENCE, m.getAudience());
    text(s, SHARED_CONCERN, m.getSharedConcern());
    text(s, COMMITMENT, m.getCommitment());
    end(s, m.getUnknownProperties());
  }

  private static void problem(TokenSink s, ProblemOfPractice m) throws IOException {
    s.startObject();
    text(s, ID, m.getId());
    text(s, STATEMENT, m.getStatement());
    text(s, EQUITY_FOCUS, m.getEquityFocus());
    end(s, m.getUnknownProperties());
  }

  private static void community(TokenSink s, Community m, RosterTexts roster) throws IOException {
    s.startObject();
    unlessDefault(
        s, MEMBERSHIP, m.getMembership(), NO_MEMBERSHIP, (t, ms) -> membership(t, ms, roster));
    unlessDefault(s, LEADERSHIP, m.getLeadership(), NO_LEADERSHIP, PlanWriter::leadership);
    unlessDefault(s, NORMS, m.getNorms(), NO_NORMS, PlanWriter::norms);
    end(s, m.getUnknownProperties());
  }

  private static void membership(TokenSink s, Membership m, RosterTexts roster) throws IOException {
    s.startObject();
    text(s, IDEAL_MEMBER_PROFILE, m.getIdealMemberProfile());
    list(s, REQUIRED_MEMBERS, m.getRequiredMembers(), PlanWriter::requiredMember);
    object(s, IDEAL_SIZE, m.getIdealSize(), PlanWriter::sizeRange);
    text(s, INVITATION_APPROACH, m.getInvitationApproach());
    code(s, COHORT_TYPE, m.getCohortType());
    text(s, DECISION_ROUTE, m.getDecisionRoute());
    List<Member> members = m.getMembers();
    roster.start(members.size());
    list(s, MEMBERS, members, (t, member) -> member(t, member, roster));
    end(s, m.getUnknownProperties());
  }

  private static void requiredMember(TokenSink s, RequiredMember m) throws IOException {
    s.startObject();
    text(s, WHO, m.getWho());
    text(s, REASON, m.getReason());
    memberId(s, MEMBER_ID, m.getMemberId());
    end(s, m.getUnknownProperties());
  }

  private static void sizeRange(TokenSink s, SizeRange m) throws IOException {
    s.startObject();
    s.name(MIN);
    s.number(m.getMin());
    s.name(MAX);
    s.number(m.getMax());
    end(s, m.getUnknownProperties());
  }

  private static void member(TokenSink s, Member m, RosterTexts roster) throws IOException {
    s.startObject();
    MemberId id = m.getId();
    String value = id.getValue();
    text(s, ID, value);
    roster.add(id, value);
    s.name(PERSON);
    person(s, m.getPerson());
    codeUnless(s, KIND, m.getKind(), ParticipantKind.MEMBER);
    code(s, TIER, m.getTier());
    list(s, TIER_HISTORY, m.getTierHistory(), PlanWriter::tierChange);
    list(s, STATUS_HISTORY, m.getStatusHistory(), PlanWriter::statusChange);
    flag(s, DECISION_MAKER, m.isDecisionMaker());
    end(s, m.getUnknownProperties());
  }

  private static void person(TokenSink s, Person m) throws IOException {
    s.startObject();
    text(s, NAME, m.getName());
    text(s, ROLE, m.getRole());
    code(s, ROLE_CATEGORY, m.getRoleCategory());
    text(s, ORGANISATION, m.getOrganisation());
    object(s, CONTACT, m.getContact(), PlanWriter::contact);
    text(s, EXTERNAL_ID, m.getExternalId());
    end(s, m.getUnknownProperties());
  }

  private static void contact(TokenSink s, ContactInfo m) throws IOException {
    s.startObject();
    text(s, EMAIL, m.getEmail());
    text(s, PHONE, m.getPhone());
    end(s, m.getUnknownProperties());
  }

  private static void statusChange(TokenSink s, StatusChange m) throws IOException {
    s.startObject();
    date(s, EFFECTIVE_ON, m.getEffectiveOn());
    code(s, STATUS, m.getStatus());
    end(s, m.getUnknownProperties());
  }

  private static void tierChange(TokenSink s, TierChange m) throws IOException {
    s.startObject();
    date(s, EFFECTIVE_ON, m.getEffectiveOn());
    code(s, TIER, m.getTier());
    end(s, m.getUnknownProperties());
  }

  private static void leadership(TokenSink s, Leadership m) throws IOException {
    s.startObject();
    code(s, STRUCTURE, m.getStructure());
    text(s, ROTATION, m.getRotation());
    list(s, LEADERS, m.getLeaders(), PlanWriter::leader);
    text(s, COMMUNICATION, m.getCommunication());
    text(s, SUPPORT, m.getSupport());
    end(s, m.getUnknownProperties());
  }

  private static void leader(TokenSink s, Leader m) throws IOException {
    s.startObject();
    text(s, MEMBER_ID, m.getMemberId().getValue());
    codes(s, DUTIES, m.getDuties());
    end(s, m.getUnknownProperties());
  }

  private static void norms(TokenSink s, Norms m) throws IOException {
    s.startObject();
    list(s, NORMS, m.getNorms(), PlanWriter::norm);
    text(s, DEVELOPMENT_PROCESS, m.getDevelopmentProcess());
    text(s, VALUES_ALIGNMENT, m.getValuesAlignment());
    if (m.getVersion() != 1) {
      s.name(VERSION);
      s.number(m.getVersion());
    }
    list(s, AGREEMENTS, m.getAgreements(), PlanWriter::agreement);
    end(s, m.getUnknownProperties());
  }

  private static void norm(TokenSink s, Norm m) throws IOException {
    s.startObject();
    text(s, TEXT, m.getText());
    codes(s, TOPICS, m.getTopics());
    end(s, m.getUnknownProperties());
  }

  private static void agreement(TokenSink s, NormAgreement m) throws IOException {
    s.startObject();
    text(s, MEMBER_ID, m.getMemberId().getValue());
    s.name(VERSION);
    s.number(m.getVersion());
    date(s, AGREED_ON, m.getAgreedOn());
    end(s, m.getUnknownProperties());
  }

  private static void practice(TokenSink s, Practice m, RosterTexts roster) throws IOException {
    s.startObject();
    unlessDefault(s, LAUNCH_PLAN, m.getLaunchPlan(), NO_LAUNCH, PlanWriter::launchPlan);
    list(s, MEETINGS, m.getMeetings(), (t, meeting) -> meeting(t, meeting, roster));
    list(s, IMPROVEMENT_WORK, m.getImprovementWork(), PlanWriter::improvementWork);
    unlessDefault(s, RESULTS, m.getResults(), NO_RESULTS, PlanWriter::results);
    list(s, REFLECTIONS, m.getReflections(), PlanWriter::reflection);
    list(s, RESOURCE_BANK, m.getResourceBank(), PlanWriter::resource);
    end(s, m.getUnknownProperties());
  }

  private static void launchPlan(TokenSink s, LaunchPlan m) throws IOException {
    s.startObject();
    date(s, LAUNCH_DATE, m.getLaunchDate());
    object(s, CADENCE, m.getCadence(), PlanWriter::cadence);
    if (m.getMeetingLength().isPresent()) {
      text(s, MEETING_LENGTH, m.getMeetingLength().get().toString());
    }
    code(s, FORMAT, m.getFormat());
    text(s, PLACE, m.getPlace());
    text(s, PLATFORM, m.getPlatform());
    strings(s, STANDING_AGENDA_ITEMS, m.getStandingAgendaItems());
    codes(s, ACTIVITY_KINDS, m.getActivityKinds());
    list(s, TOOLS, m.getTools(), PlanWriter::tool);
    end(s, m.getUnknownProperties());
  }

  private static void cadence(TokenSink s, Cadence m) throws IOException {
    s.startObject();
    code(s, KIND, m.getKind());
    number(s, INTERVAL_WEEKS, m.getIntervalWeeks());
    number(s, INTERVAL_MONTHS, m.getIntervalMonths());
    number(s, WEEK_OF_MONTH, m.getWeekOfMonth());
    number(s, DAY_OF_MONTH, m.getDayOfMonth());
    numbers(s, WEEKS_OF_MONTH, m.getWeeksOfMonth());
    numbers(s, DAYS_OF_MONTH, m.getDaysOfMonth());
    Optional<DayOfWeek> day = m.getDayOfWeek();
    if (day.isPresent()) {
      text(s, DAY_OF_WEEK, WireOut.code(day.get()));
    }
    if (m.getStartTime().isPresent()) {
      text(s, START_TIME, WireOut.time(m.getStartTime().get()));
    }
    end(s, m.getUnknownProperties());
  }

  private static void tool(TokenSink s, Tool m) throws IOException {
    s.startObject();
    text(s, NAME, m.getName());
    codes(s, USES, m.getUses());
    end(s, m.getUnknownProperties());
  }

  private static void meeting(TokenSink s, Meeting m, RosterTexts roster) throws IOException {
    s.startObject();
    text(s, ID, m.getId());
    text(s, TITLE, m.getTitle());
    dateTime(s, START, m.getStart());
    dateTime(s, END, m.getEnd());
    strings(s, TOPICS, m.getTopics());
    codes(s, ACTIVITIES, m.getActivities());
    strings(s, GUIDING_QUESTIONS, m.getGuidingQuestions());
    strings(s, RESOURCES, m.getResources());
    memberId(s, FACILITATOR, m.getFacilitator());
    codes(s, INCLUDES, m.getIncludes());
    date(s, RESCHEDULED_FROM, m.getRescheduledFrom());
    attendance(s, m.getAttendance(), roster);
    text(s, NOTES, m.getNotes());
    strings(s, DECISIONS, m.getDecisions());
    list(s, ACTION_ITEMS, m.getActionItems(), PlanWriter::actionItem);
    end(s, m.getUnknownProperties());
  }

  private static void actionItem(TokenSink s, ActionItem m) throws IOException {
    s.startObject();
    text(s, DESCRIPTION, m.getDescription());
    memberId(s, OWNER, m.getOwner());
    date(s, DUE_ON, m.getDueOn());
    codeUnless(s, STATUS, m.getStatus(), ActionItemStatus.OPEN);
    end(s, m.getUnknownProperties());
  }

  private static void improvementWork(TokenSink s, ImprovementWork m) throws IOException {
    s.startObject();
    text(s, PROBLEM_OF_PRACTICE_ID, m.getProblemOfPracticeId());
    object(s, AIM, m.getAim(), PlanWriter::aim);
    list(s, MEASURES, m.getMeasures(), PlanWriter::measure);
    list(s, CYCLES, m.getCycles(), PlanWriter::cycle);
    end(s, m.getUnknownProperties());
  }

  private static void aim(TokenSink s, Aim m) throws IOException {
    s.startObject();
    text(s, STATEMENT, m.getStatement());
    text(s, MEASURE, m.getMeasure());
    text(s, TARGET, m.getTarget());
    date(s, BY, m.getBy());
    text(s, RESULT, m.getResult());
    end(s, m.getUnknownProperties());
  }

  private static void measure(TokenSink s, Measure m) throws IOException {
    s.startObject();
    text(s, NAME, m.getName());
    code(s, KIND, m.getKind());
    text(s, DESCRIPTION, m.getDescription());
    end(s, m.getUnknownProperties());
  }

  private static void cycle(TokenSink s, InquiryCycle m) throws IOException {
    s.startObject();
    text(s, ID, m.getId());
    text(s, QUESTION, m.getQuestion());
    text(s, PREDICTION, m.getPrediction());
    text(s, DONE, m.getDone());
    text(s, STUDY, m.getStudy());
    code(s, DECISION, m.getDecision());
    date(s, STARTED_ON, m.getStartedOn());
    date(s, COMPLETED_ON, m.getCompletedOn());
    end(s, m.getUnknownProperties());
  }

  private static void results(TokenSink s, Results m) throws IOException {
    s.startObject();
    list(s, FEEDBACK_METHODS, m.getFeedbackMethods(), PlanWriter::feedbackMethod);
    list(s, PLANNED_EVIDENCE, m.getPlannedEvidence(), PlanWriter::evidence);
    list(s, COLLECTED_EVIDENCE, m.getCollectedEvidence(), PlanWriter::evidence);
    text(s, SUCCESS_CRITERIA, m.getSuccessCriteria());
    object(s, LEGACY, m.getLegacy(), PlanWriter::legacy);
    list(s, CELEBRATIONS, m.getCelebrations(), PlanWriter::celebration);
    list(s, FEEDBACK_RECEIVED, m.getFeedbackReceived(), PlanWriter::feedback);
    list(s, VALUE_STORIES, m.getValueStories(), PlanWriter::story);
    end(s, m.getUnknownProperties());
  }

  private static void feedbackMethod(TokenSink s, FeedbackMethod m) throws IOException {
    s.startObject();
    text(s, DESCRIPTION, m.getDescription());
    text(s, SCHEDULE, m.getSchedule());
    end(s, m.getUnknownProperties());
  }

  private static void evidence(TokenSink s, Evidence m) throws IOException {
    s.startObject();
    text(s, ID, m.getId());
    code(s, KIND, m.getKind());
    code(s, PURPOSE_TYPE, m.getPurposeType());
    text(s, DESCRIPTION, m.getDescription());
    date(s, COLLECTED_ON, m.getCollectedOn());
    end(s, m.getUnknownProperties());
  }

  private static void legacy(TokenSink s, Legacy m) throws IOException {
    s.startObject();
    text(s, DESCRIPTION, m.getDescription());
    strings(s, STAKEHOLDERS, m.getStakeholders());
    text(s, COMMUNICATION, m.getCommunication());
    end(s, m.getUnknownProperties());
  }

  private static void celebration(TokenSink s, Celebration m) throws IOException {
    s.startObject();
    text(s, DESCRIPTION, m.getDescription());
    date(s, ON, m.getOn());
    end(s, m.getUnknownProperties());
  }

  private static void feedback(TokenSink s, FeedbackReceived m) throws IOException {
    s.startObject();
    date(s, RECEIVED_ON, m.getReceivedOn());
    text(s, METHOD, m.getMethod());
    text(s, SUMMARY, m.getSummary());
    end(s, m.getUnknownProperties());
  }

  private static void story(TokenSink s, ValueStory m) throws IOException {
    s.startObject();
    memberId(s, AUTHOR, m.getAuthor());
    date(s, TOLD_ON, m.getToldOn());
    text(s, NARRATIVE, m.getNarrative());
    codes(s, CYCLES, m.getCycles());
    codes(s, PURPOSE_TYPES, m.getPurposeTypes());
    strings(s, EVIDENCE, m.getEvidence());
    end(s, m.getUnknownProperties());
  }

  private static void reflection(TokenSink s, Reflection m) throws IOException {
    s.startObject();
    text(s, MEMBER_ID, m.getMemberId().getValue());
    text(s, NEW_LEARNING, m.getNewLearning());
    text(s, APPLICATION, m.getApplication());
    strings(s, SELF_REFLECTIVE_PRACTICES, m.getSelfReflectivePractices());
    list(s, COMPETENCIES, m.getCompetencies(), PlanWriter::competency);
    flag(s, PRIVATE_TO_AUTHOR, m.isPrivateToAuthor());
    end(s, m.getUnknownProperties());
  }

  private static void competency(TokenSink s, CompetencyRef m) throws IOException {
    s.startObject();
    text(s, FRAMEWORK_ID, m.getFrameworkId());
    text(s, COMPETENCY_ID, m.getCompetencyId());
    end(s, m.getUnknownProperties());
  }

  private static void resource(TokenSink s, SharedResource m) throws IOException {
    s.startObject();
    text(s, TITLE, m.getTitle());
    text(s, LINK, m.getLink());
    code(s, KIND, m.getKind());
    strings(s, TAGS, m.getTags());
    memberId(s, CONTRIBUTOR, m.getContributor());
    date(s, ADDED_ON, m.getAddedOn());
    flag(s, LEGACY, m.isLegacy());
    end(s, m.getUnknownProperties());
  }

  private static void further(TokenSink s, FurtherApplication m) throws IOException {
    s.startObject();
    list(s, OTHER_USES, m.getOtherUses(), PlanWriter::otherUse);
    strings(s, ADAPTABLE_TEAMS, m.getAdaptableTeams());
    end(s, m.getUnknownProperties());
  }

  private static void otherUse(TokenSink s, OtherUse m) throws IOException {
    s.startObject();
    text(s, DESCRIPTION, m.getDescription());
    codes(s, PURPOSE_TYPES, m.getPurposeTypes());
    end(s, m.getUnknownProperties());
  }

  private static void renewal(TokenSink s, RenewalDecision m) throws IOException {
    s.startObject();
    date(s, DECIDED_ON, m.getDecidedOn());
    code(s, OUTCOME, m.getOutcome());
    text(s, REASON, m.getReason());
    end(s, m.getUnknownProperties());
  }

  // ---- values: each leaves out what the wire records held as null ------------------------------

  private static void text(TokenSink s, String name, String value) throws IOException {
    if (value != null) {
      s.name(name);
      s.string(value);
    }
  }

  private static void text(TokenSink s, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      s.name(name);
      s.string(value.get());
    }
  }

  private static void number(TokenSink s, String name, Optional<Integer> value) throws IOException {
    if (value.isPresent()) {
      s.name(name);
      s.number(value.get());
    }
  }

  private static void numbers(TokenSink s, String name, List<Integer> values) throws IOException {
    if (!values.isEmpty()) {
      s.name(name);
      s.startArray();
      for (int i = 0, size = values.size(); i < size; i++) {
        s.number(values.get(i));
      }
      s.endArray();
    }
  }

  private static void flag(TokenSink s, String name, boolean value) throws IOException {
    if (value) {
      s.name(name);
      s.bool(true);
    }
  }

  private static void code(TokenSink s, String name, Vocabulary value) throws IOException {
    if (value != null) {
      s.name(name);
      s.string(Codes.code(value));
    }
  }

  private static void code(TokenSink s, String name, Optional<? extends Vocabulary> value)
      throws IOException {
    if (value.isPresent()) {
      code(s, name, value.get());
    }
  }

  private static void codeUnless(TokenSink s, String name, Vocabulary value, Vocabulary unless)
      throws IOException {
    if (value != unless) {
      code(s, name, value);
    }
  }

  private static void date(TokenSink s, String name, LocalDate value) throws IOException {
    s.name(name);
    s.string(WireOut.date(value));
  }

  private static void date(TokenSink s, String name, Optional<LocalDate> value) throws IOException {
    if (value.isPresent()) {
      date(s, name, value.get());
    }
  }

  private static void dateTime(TokenSink s, String name, Optional<OffsetDateTime> value)
      throws IOException {
    if (value.isPresent()) {
      s.name(name);
      s.string(WireOut.dateTime(value.get()));
    }
  }

  private static void memberId(TokenSink s, String name, Optional<MemberId> value)
      throws IOException {
    if (value.isPresent()) {
      s.name(name);
      s.string(value.get().getValue());
    }
  }

  private static void strings(TokenSink s, String name, List<String> values) throws IOException {
    if (!values.isEmpty()) {
      s.name(name);
      s.startArray();
      for (int i = 0, size = values.size(); i < size; i++) {
        s.string(values.get(i));
      }
      s.endArray();
    }
  }

  /** A set of vocabulary values as their codes, sorted. */
  private static void codes(TokenSink s, String name, Collection<? extends Vocabulary> values)
      throws IOException {
    int size = values.size();
    if (size == 0) {
      return;
    }
    if (size == 1) {
      single(s, name, Codes.code(values.iterator().next()));
      return;
    }
    String[] codes = new String[size];
    int i = 0;
    for (Vocabulary value : values) {
      codes[i++] = Codes.code(value);
    }
    sorted(s, name, codes);
  }

  /**
   * A meeting's attendance, sorted: from the roster's texts when it is an {@link ArraySet} of the
   * roster's own ids, otherwise as any set of ids.
   */
  private static void attendance(TokenSink s, Set<MemberId> ids, RosterTexts roster)
      throws IOException {
    if (ids.isEmpty()) {
      return;
    }
    if (ids instanceof ArraySet<?> set && roster.write(s, ATTENDANCE, set)) {
      return;
    }
    memberIds(s, ATTENDANCE, ids);
  }

  /** A set of member ids, sorted. */
  private static void memberIds(TokenSink s, String name, Collection<MemberId> ids)
      throws IOException {
    int size = ids.size();
    if (size == 0) {
      return;
    }
    if (size == 1) {
      single(s, name, ids.iterator().next().getValue());
      return;
    }
    String[] values = new String[size];
    int i = 0;
    for (MemberId id : ids) {
      values[i++] = id.getValue();
    }
    sorted(s, name, values);
  }

  private static void single(TokenSink s, String name, String value) throws IOException {
    s.name(name);
    s.startArray();
    s.string(value);
    s.endArray();
  }

  private static void sorted(TokenSink s, String name, String[] values) throws IOException {
    Arrays.sort(values);
    s.name(name);
    s.startArray();
    for (String value : values) {
      s.string(value);
    }
    s.endArray();
  }

  private static <T> void list(TokenSink s, String name, List<T> values, Part<T> part)
      throws IOException {
    if (!values.isEmpty()) {
      s.name(name);
      s.startArray();
      // by index: the model's lists are random-access, and an iterator per list was garbage
      for (int i = 0, size = values.size(); i < size; i++) {
        part.write(s, values.get(i));
      }
      s.endArray();
    }
  }

  private static <T> void object(TokenSink s, String name, Optional<T> value, Part<T> part)
      throws IOException {
    if (value.isPresent()) {
      s.name(name);
      part.write(s, value.get());
    }
  }

  private static <T> void unlessDefault(
      TokenSink s, String name, T value, T defaultValue, Part<T> part) throws IOException {
    if (!value.equals(defaultValue)) {
      s.name(name);
      part.write(s, value);
    }
  }

  /** Writes an object's unknown properties (raw JSON, checked and canonical) and closes it. */
  private static void end(TokenSink s, Map<String, String> unknown) throws IOException {
    if (!unknown.isEmpty()) {
      for (Map.Entry<String, String> property : unknown.entrySet()) {
        String text = WireOut.raw(property.getKey(), property.getValue());
        s.name(property.getKey());
        s.raw(text);
      }
    }
    s.endObject();
  }
}
