package org.edcop.json.format.internal;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

/**
 * Writes a plan from the model straight to a {@link TokenSink}, without building the wire records
 * first: the records' mapping was a second copy of every document and the generic {@link
 * WireWriter} a per-value type dispatch, about a third of the writing time together (issues 14 and
 * 22, docs/performance.md). The bytes are those the records gave: the same properties in the same
 * order, absent and default values left out, sets sorted.
 *
 * <p>The wire names are not written here. Each wire record's names are read once, in writing order,
 * from its annotations ({@link WireShape}), which spell them with the {@link WireNames} constants;
 * the arrays below are indexed by the record's component positions, which the class initialisation
 * checks to be the writing order.
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

  private static final String[] PLAN = names(PlanWire.CommunityOfPractice.class);
  private static final String[] DOMAIN = names(PlanWire.Domain.class);
  private static final String[] PURPOSE = names(PlanWire.Purpose.class);
  private static final String[] STATEMENT = names(PlanWire.PurposeStatement.class);
  private static final String[] PROBLEM = names(PlanWire.ProblemOfPractice.class);
  private static final String[] COMMUNITY = names(PlanWire.Community.class);
  private static final String[] MEMBERSHIP = names(PlanWire.Membership.class);
  private static final String[] REQUIRED = names(PlanWire.RequiredMember.class);
  private static final String[] SIZE = names(PlanWire.SizeRange.class);
  private static final String[] MEMBER = names(PlanWire.Member.class);
  private static final String[] PERSON = names(PlanWire.Person.class);
  private static final String[] CONTACT = names(PlanWire.ContactInfo.class);
  private static final String[] STATUS_CHANGE = names(PlanWire.StatusChange.class);
  private static final String[] TIER_CHANGE = names(PlanWire.TierChange.class);
  private static final String[] LEADERSHIP = names(PlanWire.Leadership.class);
  private static final String[] LEADER = names(PlanWire.Leader.class);
  private static final String[] NORMS = names(PlanWire.Norms.class);
  private static final String[] NORM = names(PlanWire.Norm.class);
  private static final String[] AGREEMENT = names(PlanWire.NormAgreement.class);
  private static final String[] PRACTICE = names(PlanWire.Practice.class);
  private static final String[] LAUNCH = names(PlanWire.LaunchPlan.class);
  private static final String[] CADENCE = names(PlanWire.Cadence.class);
  private static final String[] TOOL = names(PlanWire.Tool.class);
  private static final String[] MEETING = names(PlanWire.Meeting.class);
  private static final String[] WORK = names(PlanWire.ImprovementWork.class);
  private static final String[] AIM = names(PlanWire.Aim.class);
  private static final String[] MEASURE = names(PlanWire.Measure.class);
  private static final String[] CYCLE = names(PlanWire.InquiryCycle.class);
  private static final String[] RESULTS = names(PlanWire.Results.class);
  private static final String[] FEEDBACK_METHOD = names(PlanWire.FeedbackMethod.class);
  private static final String[] EVIDENCE = names(PlanWire.Evidence.class);
  private static final String[] LEGACY = names(PlanWire.Legacy.class);
  private static final String[] CELEBRATION = names(PlanWire.Celebration.class);
  private static final String[] REFLECTION = names(PlanWire.Reflection.class);
  private static final String[] COMPETENCY = names(PlanWire.CompetencyRef.class);
  private static final String[] FURTHER = names(PlanWire.FurtherApplication.class);
  private static final String[] OTHER_USE = names(PlanWire.OtherUse.class);
  private static final String[] ACTION = names(PracticeRecordsWire.ActionItem.class);
  private static final String[] RESOURCE = names(PracticeRecordsWire.SharedResource.class);
  private static final String[] STORY = names(PracticeRecordsWire.ValueStory.class);
  private static final String[] FEEDBACK = names(PracticeRecordsWire.FeedbackReceived.class);
  private static final String[] RENEWAL = names(PracticeRecordsWire.RenewalDecision.class);

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

  /**
   * The JSON names of a wire record's properties by component position, checked to be in writing
   * order, so that writing them by position gives the record's order.
   */
  static String[] names(Class<?> record) {
    WireShape shape = WireShape.of(record);
    List<WireShape.Property> order = shape.writingOrder();
    String[] names = new String[order.size()];
    for (int i = 0; i < names.length; i++) {
      WireShape.Property property = order.get(i);
      if (property.index() != i) {
        throw new IllegalStateException(
            record + " writes '" + property.name() + "' out of its component order");
      }
      names[i] = property.name();
    }
    return names;
  }

  // ---- the plan, in the order of its wire records -----------------------------------------------

  static void plan(TokenSink s, CommunityOfPractice m) throws IOException {
    String[] n = PLAN;
    s.startObject();
    s.name(n[0]);
    s.number(CopJsonFormat.SCHEMA_VERSION);
    text(s, n[1], m.getId());
    text(s, n[2], m.getName());
    text(s, n[3], m.getAuthority());
    codeUnless(s, n[4], m.getStatus(), LifecycleStatus.PLANNING);
    date(s, n[5], m.getCreatedOn());
    date(s, n[6], m.getLaunchedOn());
    date(s, n[7], m.getClosedOn());
    text(s, n[8], m.getTimeZone().getId());
    unlessDefault(s, n[9], m.getDomain(), NO_DOMAIN, PlanWriter::domain);
    unlessDefault(s, n[10], m.getCommunity(), NO_COMMUNITY, PlanWriter::community);
    unlessDefault(s, n[11], m.getPractice(), NO_PRACTICE, PlanWriter::practice);
    unlessDefault(s, n[12], m.getFurtherApplication(), NO_FURTHER, PlanWriter::further);
    code(s, n[13], m.getDevelopmentStage());
    list(s, n[14], m.getRenewalDecisions(), PlanWriter::renewal);
    end(s, m.getUnknownProperties());
  }

  private static void domain(TokenSink s, Domain m) throws IOException {
    String[] n = DOMAIN;
    s.startObject();
    text(s, n[0], m.getSharedInterest());
    text(s, n[1], m.getSharedExpertise());
    flag(s, n[2], m.isEquityCentred());
    unlessDefault(s, n[3], m.getPurpose(), NO_PURPOSE, PlanWriter::purpose);
    list(s, n[4], m.getProblemsOfPractice(), PlanWriter::problem);
    end(s, m.getUnknownProperties());
  }

  private static void purpose(TokenSink s, Purpose m) throws IOException {
    String[] n = PURPOSE;
    s.startObject();
    unlessDefault(s, n[0], m.getStatement(), NO_STATEMENT, PlanWriter::statement);
    codes(s, n[1], m.getTypes());
    text(s, n[2], m.getCustomPurpose());
    end(s, m.getUnknownProperties());
  }

  private static void statement(TokenSink s, PurposeStatement m) throws IOException {
    String[] n = STATEMENT;
    s.startObject();
    text(s, n[0], m.getAudience());
    text(s, n[1], m.getSharedConcern());
    text(s, n[2], m.getCommitment());
    end(s, m.getUnknownProperties());
  }

  private static void problem(TokenSink s, ProblemOfPractice m) throws IOException {
    String[] n = PROBLEM;
    s.startObject();
    text(s, n[0], m.getId());
    text(s, n[1], m.getStatement());
    text(s, n[2], m.getEquityFocus());
    end(s, m.getUnknownProperties());
  }

  private static void community(TokenSink s, Community m) throws IOException {
    String[] n = COMMUNITY;
    s.startObject();
    unlessDefault(s, n[0], m.getMembership(), NO_MEMBERSHIP, PlanWriter::membership);
    unlessDefault(s, n[1], m.getLeadership(), NO_LEADERSHIP, PlanWriter::leadership);
    unlessDefault(s, n[2], m.getNorms(), NO_NORMS, PlanWriter::norms);
    end(s, m.getUnknownProperties());
  }

  private static void membership(TokenSink s, Membership m) throws IOException {
    String[] n = MEMBERSHIP;
    s.startObject();
    text(s, n[0], m.getIdealMemberProfile());
    list(s, n[1], m.getRequiredMembers(), PlanWriter::requiredMember);
    object(s, n[2], m.getIdealSize(), PlanWriter::sizeRange);
    text(s, n[3], m.getInvitationApproach());
    code(s, n[4], m.getCohortType());
    text(s, n[5], m.getDecisionRoute());
    list(s, n[6], m.getMembers(), PlanWriter::member);
    end(s, m.getUnknownProperties());
  }

  private static void requiredMember(TokenSink s, RequiredMember m) throws IOException {
    String[] n = REQUIRED;
    s.startObject();
    text(s, n[0], m.getWho());
    text(s, n[1], m.getReason());
    memberId(s, n[2], m.getMemberId());
    end(s, m.getUnknownProperties());
  }

  private static void sizeRange(TokenSink s, SizeRange m) throws IOException {
    String[] n = SIZE;
    s.startObject();
    s.name(n[0]);
    s.number(m.getMin());
    s.name(n[1]);
    s.number(m.getMax());
    end(s, m.getUnknownProperties());
  }

  private static void member(TokenSink s, Member m) throws IOException {
    String[] n = MEMBER;
    s.startObject();
    text(s, n[0], m.getId().getValue());
    s.name(n[1]);
    person(s, m.getPerson());
    codeUnless(s, n[2], m.getKind(), ParticipantKind.MEMBER);
    code(s, n[3], m.getTier());
    list(s, n[4], m.getTierHistory(), PlanWriter::tierChange);
    list(s, n[5], m.getStatusHistory(), PlanWriter::statusChange);
    flag(s, n[6], m.isDecisionMaker());
    end(s, m.getUnknownProperties());
  }

  private static void person(TokenSink s, Person m) throws IOException {
    String[] n = PERSON;
    s.startObject();
    text(s, n[0], m.getName());
    text(s, n[1], m.getRole());
    code(s, n[2], m.getRoleCategory());
    text(s, n[3], m.getOrganisation());
    object(s, n[4], m.getContact(), PlanWriter::contact);
    text(s, n[5], m.getExternalId());
    end(s, m.getUnknownProperties());
  }

  private static void contact(TokenSink s, ContactInfo m) throws IOException {
    String[] n = CONTACT;
    s.startObject();
    text(s, n[0], m.getEmail());
    text(s, n[1], m.getPhone());
    end(s, m.getUnknownProperties());
  }

  private static void statusChange(TokenSink s, StatusChange m) throws IOException {
    String[] n = STATUS_CHANGE;
    s.startObject();
    date(s, n[0], m.getEffectiveOn());
    code(s, n[1], m.getStatus());
    end(s, m.getUnknownProperties());
  }

  private static void tierChange(TokenSink s, TierChange m) throws IOException {
    String[] n = TIER_CHANGE;
    s.startObject();
    date(s, n[0], m.getEffectiveOn());
    code(s, n[1], m.getTier());
    end(s, m.getUnknownProperties());
  }

  private static void leadership(TokenSink s, Leadership m) throws IOException {
    String[] n = LEADERSHIP;
    s.startObject();
    code(s, n[0], m.getStructure());
    text(s, n[1], m.getRotation());
    list(s, n[2], m.getLeaders(), PlanWriter::leader);
    text(s, n[3], m.getCommunication());
    text(s, n[4], m.getSupport());
    end(s, m.getUnknownProperties());
  }

  private static void leader(TokenSink s, Leader m) throws IOException {
    String[] n = LEADER;
    s.startObject();
    text(s, n[0], m.getMemberId().getValue());
    codes(s, n[1], m.getDuties());
    end(s, m.getUnknownProperties());
  }

  private static void norms(TokenSink s, Norms m) throws IOException {
    String[] n = NORMS;
    s.startObject();
    list(s, n[0], m.getNorms(), PlanWriter::norm);
    text(s, n[1], m.getDevelopmentProcess());
    text(s, n[2], m.getValuesAlignment());
    if (m.getVersion() != 1) {
      s.name(n[3]);
      s.number(m.getVersion());
    }
    list(s, n[4], m.getAgreements(), PlanWriter::agreement);
    end(s, m.getUnknownProperties());
  }

  private static void norm(TokenSink s, Norm m) throws IOException {
    String[] n = NORM;
    s.startObject();
    text(s, n[0], m.getText());
    codes(s, n[1], m.getTopics());
    end(s, m.getUnknownProperties());
  }

  private static void agreement(TokenSink s, NormAgreement m) throws IOException {
    String[] n = AGREEMENT;
    s.startObject();
    text(s, n[0], m.getMemberId().getValue());
    s.name(n[1]);
    s.number(m.getVersion());
    date(s, n[2], m.getAgreedOn());
    end(s, m.getUnknownProperties());
  }

  private static void practice(TokenSink s, Practice m) throws IOException {
    String[] n = PRACTICE;
    s.startObject();
    unlessDefault(s, n[0], m.getLaunchPlan(), NO_LAUNCH, PlanWriter::launchPlan);
    list(s, n[1], m.getMeetings(), PlanWriter::meeting);
    list(s, n[2], m.getImprovementWork(), PlanWriter::improvementWork);
    unlessDefault(s, n[3], m.getResults(), NO_RESULTS, PlanWriter::results);
    list(s, n[4], m.getReflections(), PlanWriter::reflection);
    list(s, n[5], m.getResourceBank(), PlanWriter::resource);
    end(s, m.getUnknownProperties());
  }

  private static void launchPlan(TokenSink s, LaunchPlan m) throws IOException {
    String[] n = LAUNCH;
    s.startObject();
    date(s, n[0], m.getLaunchDate());
    object(s, n[1], m.getCadence(), PlanWriter::cadence);
    if (m.getMeetingLength().isPresent()) {
      text(s, n[2], m.getMeetingLength().get().toString());
    }
    code(s, n[3], m.getFormat());
    text(s, n[4], m.getPlace());
    text(s, n[5], m.getPlatform());
    strings(s, n[6], m.getStandingAgendaItems());
    codes(s, n[7], m.getActivityKinds());
    list(s, n[8], m.getTools(), PlanWriter::tool);
    end(s, m.getUnknownProperties());
  }

  private static void cadence(TokenSink s, Cadence m) throws IOException {
    String[] n = CADENCE;
    s.startObject();
    code(s, n[0], m.getKind());
    number(s, n[1], m.getIntervalWeeks());
    number(s, n[2], m.getIntervalMonths());
    number(s, n[3], m.getWeekOfMonth());
    number(s, n[4], m.getDayOfMonth());
    numbers(s, n[5], m.getWeeksOfMonth());
    numbers(s, n[6], m.getDaysOfMonth());
    Optional<DayOfWeek> day = m.getDayOfWeek();
    if (day.isPresent()) {
      text(s, n[7], WireOut.code(day.get()));
    }
    if (m.getStartTime().isPresent()) {
      text(s, n[8], WireOut.time(m.getStartTime().get()));
    }
    end(s, m.getUnknownProperties());
  }

  private static void tool(TokenSink s, Tool m) throws IOException {
    String[] n = TOOL;
    s.startObject();
    text(s, n[0], m.getName());
    codes(s, n[1], m.getUses());
    end(s, m.getUnknownProperties());
  }

  private static void meeting(TokenSink s, Meeting m) throws IOException {
    String[] n = MEETING;
    s.startObject();
    text(s, n[0], m.getId());
    text(s, n[1], m.getTitle());
    dateTime(s, n[2], m.getStart());
    dateTime(s, n[3], m.getEnd());
    strings(s, n[4], m.getTopics());
    codes(s, n[5], m.getActivities());
    strings(s, n[6], m.getGuidingQuestions());
    strings(s, n[7], m.getResources());
    memberId(s, n[8], m.getFacilitator());
    codes(s, n[9], m.getIncludes());
    date(s, n[10], m.getRescheduledFrom());
    memberIds(s, n[11], m.getAttendance());
    text(s, n[12], m.getNotes());
    strings(s, n[13], m.getDecisions());
    list(s, n[14], m.getActionItems(), PlanWriter::actionItem);
    end(s, m.getUnknownProperties());
  }

  private static void actionItem(TokenSink s, ActionItem m) throws IOException {
    String[] n = ACTION;
    s.startObject();
    text(s, n[0], m.getDescription());
    memberId(s, n[1], m.getOwner());
    date(s, n[2], m.getDueOn());
    codeUnless(s, n[3], m.getStatus(), ActionItemStatus.OPEN);
    end(s, m.getUnknownProperties());
  }

  private static void improvementWork(TokenSink s, ImprovementWork m) throws IOException {
    String[] n = WORK;
    s.startObject();
    text(s, n[0], m.getProblemOfPracticeId());
    object(s, n[1], m.getAim(), PlanWriter::aim);
    list(s, n[2], m.getMeasures(), PlanWriter::measure);
    list(s, n[3], m.getCycles(), PlanWriter::cycle);
    end(s, m.getUnknownProperties());
  }

  private static void aim(TokenSink s, Aim m) throws IOException {
    String[] n = AIM;
    s.startObject();
    text(s, n[0], m.getStatement());
    text(s, n[1], m.getMeasure());
    text(s, n[2], m.getTarget());
    date(s, n[3], m.getBy());
    text(s, n[4], m.getResult());
    end(s, m.getUnknownProperties());
  }

  private static void measure(TokenSink s, Measure m) throws IOException {
    String[] n = MEASURE;
    s.startObject();
    text(s, n[0], m.getName());
    code(s, n[1], m.getKind());
    text(s, n[2], m.getDescription());
    end(s, m.getUnknownProperties());
  }

  private static void cycle(TokenSink s, InquiryCycle m) throws IOException {
    String[] n = CYCLE;
    s.startObject();
    text(s, n[0], m.getId());
    text(s, n[1], m.getQuestion());
    text(s, n[2], m.getPrediction());
    text(s, n[3], m.getDone());
    text(s, n[4], m.getStudy());
    code(s, n[5], m.getDecision());
    date(s, n[6], m.getStartedOn());
    date(s, n[7], m.getCompletedOn());
    end(s, m.getUnknownProperties());
  }

  private static void results(TokenSink s, Results m) throws IOException {
    String[] n = RESULTS;
    s.startObject();
    list(s, n[0], m.getFeedbackMethods(), PlanWriter::feedbackMethod);
    list(s, n[1], m.getPlannedEvidence(), PlanWriter::evidence);
    list(s, n[2], m.getCollectedEvidence(), PlanWriter::evidence);
    text(s, n[3], m.getSuccessCriteria());
    object(s, n[4], m.getLegacy(), PlanWriter::legacy);
    list(s, n[5], m.getCelebrations(), PlanWriter::celebration);
    list(s, n[6], m.getFeedbackReceived(), PlanWriter::feedback);
    list(s, n[7], m.getValueStories(), PlanWriter::story);
    end(s, m.getUnknownProperties());
  }

  private static void feedbackMethod(TokenSink s, FeedbackMethod m) throws IOException {
    String[] n = FEEDBACK_METHOD;
    s.startObject();
    text(s, n[0], m.getDescription());
    text(s, n[1], m.getSchedule());
    end(s, m.getUnknownProperties());
  }

  private static void evidence(TokenSink s, Evidence m) throws IOException {
    String[] n = EVIDENCE;
    s.startObject();
    text(s, n[0], m.getId());
    code(s, n[1], m.getKind());
    code(s, n[2], m.getPurposeType());
    text(s, n[3], m.getDescription());
    date(s, n[4], m.getCollectedOn());
    end(s, m.getUnknownProperties());
  }

  private static void legacy(TokenSink s, Legacy m) throws IOException {
    String[] n = LEGACY;
    s.startObject();
    text(s, n[0], m.getDescription());
    strings(s, n[1], m.getStakeholders());
    text(s, n[2], m.getCommunication());
    end(s, m.getUnknownProperties());
  }

  private static void celebration(TokenSink s, Celebration m) throws IOException {
    String[] n = CELEBRATION;
    s.startObject();
    text(s, n[0], m.getDescription());
    date(s, n[1], m.getOn());
    end(s, m.getUnknownProperties());
  }

  private static void feedback(TokenSink s, FeedbackReceived m) throws IOException {
    String[] n = FEEDBACK;
    s.startObject();
    date(s, n[0], m.getReceivedOn());
    text(s, n[1], m.getMethod());
    text(s, n[2], m.getSummary());
    end(s, m.getUnknownProperties());
  }

  private static void story(TokenSink s, ValueStory m) throws IOException {
    String[] n = STORY;
    s.startObject();
    memberId(s, n[0], m.getAuthor());
    date(s, n[1], m.getToldOn());
    text(s, n[2], m.getNarrative());
    codes(s, n[3], m.getCycles());
    codes(s, n[4], m.getPurposeTypes());
    strings(s, n[5], m.getEvidence());
    end(s, m.getUnknownProperties());
  }

  private static void reflection(TokenSink s, Reflection m) throws IOException {
    String[] n = REFLECTION;
    s.startObject();
    text(s, n[0], m.getMemberId().getValue());
    text(s, n[1], m.getNewLearning());
    text(s, n[2], m.getApplication());
    strings(s, n[3], m.getSelfReflectivePractices());
    list(s, n[4], m.getCompetencies(), PlanWriter::competency);
    flag(s, n[5], m.isPrivateToAuthor());
    end(s, m.getUnknownProperties());
  }

  private static void competency(TokenSink s, CompetencyRef m) throws IOException {
    String[] n = COMPETENCY;
    s.startObject();
    text(s, n[0], m.getFrameworkId());
    text(s, n[1], m.getCompetencyId());
    end(s, m.getUnknownProperties());
  }

  private static void resource(TokenSink s, SharedResource m) throws IOException {
    String[] n = RESOURCE;
    s.startObject();
    text(s, n[0], m.getTitle());
    text(s, n[1], m.getLink());
    code(s, n[2], m.getKind());
    strings(s, n[3], m.getTags());
    memberId(s, n[4], m.getContributor());
    date(s, n[5], m.getAddedOn());
    flag(s, n[6], m.isLegacy());
    end(s, m.getUnknownProperties());
  }

  private static void further(TokenSink s, FurtherApplication m) throws IOException {
    String[] n = FURTHER;
    s.startObject();
    list(s, n[0], m.getOtherUses(), PlanWriter::otherUse);
    strings(s, n[1], m.getAdaptableTeams());
    end(s, m.getUnknownProperties());
  }

  private static void otherUse(TokenSink s, OtherUse m) throws IOException {
    String[] n = OTHER_USE;
    s.startObject();
    text(s, n[0], m.getDescription());
    codes(s, n[1], m.getPurposeTypes());
    end(s, m.getUnknownProperties());
  }

  private static void renewal(TokenSink s, RenewalDecision m) throws IOException {
    String[] n = RENEWAL;
    s.startObject();
    date(s, n[0], m.getDecidedOn());
    code(s, n[1], m.getOutcome());
    text(s, n[2], m.getReason());
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
