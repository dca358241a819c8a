package org.edcop.json.format.internal;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The wire records of a plan document: one record per model type, with the model's property names
 * (from {@link WireNames}). Codes, dates, date-times, durations, zones and member ids are plain
 * text here. The records are the shape the JSON Schemas are generated from and the one declaration
 * of each object's properties and their writing order; plans themselves are read by {@link
 * PlanReader} and written by {@link PlanWriter} without building them. Properties the format does
 * not define are collected, as raw JSON, in each record's {@code unknownProperties}.
 */
public final class PlanWire {

  private PlanWire() {}

  /**
   * The wire form of {@link org.edcop.model.CommunityOfPractice}.
   *
   * @param schemaVersion the {@code schemaVersion} property
   * @param id the {@code id} property
   * @param name the {@code name} property
   * @param authority the {@code authority} property
   * @param status the {@code status} property
   * @param createdOn the {@code createdOn} property
   * @param launchedOn the {@code launchedOn} property
   * @param closedOn the {@code closedOn} property
   * @param timeZone the {@code timeZone} property
   * @param domain the {@code domain} property
   * @param community the {@code community} property
   * @param practice the {@code practice} property
   * @param furtherApplication the {@code furtherApplication} property
   * @param developmentStage the {@code developmentStage} property
   * @param renewalDecisions the {@code renewalDecisions} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    WireNames.SCHEMA_VERSION,
    WireNames.ID,
    WireNames.NAME,
    WireNames.AUTHORITY,
    WireNames.STATUS,
    WireNames.CREATED_ON,
    WireNames.LAUNCHED_ON,
    WireNames.CLOSED_ON,
    WireNames.TIME_ZONE,
    WireNames.DOMAIN,
    WireNames.COMMUNITY,
    WireNames.PRACTICE,
    WireNames.FURTHER_APPLICATION,
    WireNames.DEVELOPMENT_STAGE,
    WireNames.RENEWAL_DECISIONS
  })
  public record CommunityOfPractice(
      @JsonProperty(WireNames.SCHEMA_VERSION) Integer schemaVersion,
      @JsonProperty(WireNames.ID) String id,
      @JsonProperty(WireNames.NAME) String name,
      @JsonProperty(WireNames.AUTHORITY) String authority,
      @JsonProperty(WireNames.STATUS) String status,
      @JsonProperty(WireNames.CREATED_ON) String createdOn,
      @JsonProperty(WireNames.LAUNCHED_ON) String launchedOn,
      @JsonProperty(WireNames.CLOSED_ON) String closedOn,
      @JsonProperty(WireNames.TIME_ZONE) String timeZone,
      @JsonProperty(WireNames.DOMAIN) Domain domain,
      @JsonProperty(WireNames.COMMUNITY) Community community,
      @JsonProperty(WireNames.PRACTICE) Practice practice,
      @JsonProperty(WireNames.FURTHER_APPLICATION) FurtherApplication furtherApplication,
      @JsonProperty(WireNames.DEVELOPMENT_STAGE) String developmentStage,
      @JsonProperty(WireNames.RENEWAL_DECISIONS)
          List<PracticeRecordsWire.RenewalDecision> renewalDecisions,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.model.Domain}.
   *
   * @param sharedInterest the {@code sharedInterest} property
   * @param sharedExpertise the {@code sharedExpertise} property
   * @param equityCentred the {@code equityCentred} property
   * @param purpose the {@code purpose} property
   * @param problemsOfPractice the {@code problemsOfPractice} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    WireNames.SHARED_INTEREST,
    WireNames.SHARED_EXPERTISE,
    WireNames.EQUITY_CENTRED,
    WireNames.PURPOSE,
    WireNames.PROBLEMS_OF_PRACTICE
  })
  public record Domain(
      @JsonProperty(WireNames.SHARED_INTEREST) String sharedInterest,
      @JsonProperty(WireNames.SHARED_EXPERTISE) String sharedExpertise,
      @JsonProperty(WireNames.EQUITY_CENTRED) Boolean equityCentred,
      @JsonProperty(WireNames.PURPOSE) Purpose purpose,
      @JsonProperty(WireNames.PROBLEMS_OF_PRACTICE) List<ProblemOfPractice> problemsOfPractice,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.model.Purpose}.
   *
   * @param statement the {@code statement} property
   * @param types the {@code types} property
   * @param customPurpose the {@code customPurpose} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({WireNames.STATEMENT, WireNames.TYPES, WireNames.CUSTOM_PURPOSE})
  public record Purpose(
      @JsonProperty(WireNames.STATEMENT) PurposeStatement statement,
      @JsonProperty(WireNames.TYPES) List<String> types,
      @JsonProperty(WireNames.CUSTOM_PURPOSE) String customPurpose,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.model.PurposeStatement}.
   *
   * @param audience the {@code audience} property
   * @param sharedConcern the {@code sharedConcern} property
   * @param commitment the {@code commitment} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({WireNames.AUDIENCE, WireNames.SHARED_CONCERN, WireNames.COMMITMENT})
  public record PurposeStatement(
      @JsonProperty(WireNames.AUDIENCE) String audience,
      @JsonProperty(WireNames.SHARED_CONCERN) String sharedConcern,
      @JsonProperty(WireNames.COMMITMENT) String commitment,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.model.ProblemOfPractice}.
   *
   * @param id the {@code id} property
   * @param statement the {@code statement} property
   * @param equityFocus the {@code equityFocus} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({WireNames.ID, WireNames.STATEMENT, WireNames.EQUITY_FOCUS})
  public record ProblemOfPractice(
      @JsonProperty(WireNames.ID) String id,
      @JsonProperty(WireNames.STATEMENT) String statement,
      @JsonProperty(WireNames.EQUITY_FOCUS) String equityFocus,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.model.Community}.
   *
   * @param membership the {@code membership} property
   * @param leadership the {@code leadership} property
   * @param norms the {@code norms} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({WireNames.MEMBERSHIP, WireNames.LEADERSHIP, WireNames.NORMS})
  public record Community(
      @JsonProperty(WireNames.MEMBERSHIP) Membership membership,
      @JsonProperty(WireNames.LEADERSHIP) Leadership leadership,
      @JsonProperty(WireNames.NORMS) Norms norms,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.model.Membership}.
   *
   * @param idealMemberProfile the {@code idealMemberProfile} property
   * @param requiredMembers the {@code requiredMembers} property
   * @param idealSize the {@code idealSize} property
   * @param invitationApproach the {@code invitationApproach} property
   * @param cohortType the {@code cohortType} property
   * @param decisionRoute the {@code decisionRoute} property
   * @param members the {@code members} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    WireNames.IDEAL_MEMBER_PROFILE,
    WireNames.REQUIRED_MEMBERS,
    WireNames.IDEAL_SIZE,
    WireNames.INVITATION_APPROACH,
    WireNames.COHORT_TYPE,
    WireNames.DECISION_ROUTE,
    WireNames.MEMBERS
  })
  public record Membership(
      @JsonProperty(WireNames.IDEAL_MEMBER_PROFILE) String idealMemberProfile,
      @JsonProperty(WireNames.REQUIRED_MEMBERS) List<RequiredMember> requiredMembers,
      @JsonProperty(WireNames.IDEAL_SIZE) SizeRange idealSize,
      @JsonProperty(WireNames.INVITATION_APPROACH) String invitationApproach,
      @JsonProperty(WireNames.COHORT_TYPE) String cohortType,
      @JsonProperty(WireNames.DECISION_ROUTE) String decisionRoute,
      @JsonProperty(WireNames.MEMBERS) List<Member> members,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.model.RequiredMember}.
   *
   * @param who the {@code who} property
   * @param reason the {@code reason} property
   * @param memberId the {@code memberId} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({WireNames.WHO, WireNames.REASON, WireNames.MEMBER_ID})
  public record RequiredMember(
      @JsonProperty(WireNames.WHO) String who,
      @JsonProperty(WireNames.REASON) String reason,
      @JsonProperty(WireNames.MEMBER_ID) String memberId,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.model.SizeRange}.
   *
   * @param min the {@code min} property
   * @param max the {@code max} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({WireNames.MIN, WireNames.MAX})
  public record SizeRange(
      @JsonProperty(WireNames.MIN) Integer min,
      @JsonProperty(WireNames.MAX) Integer max,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.model.Member}.
   *
   * @param id the {@code id} property
   * @param person the {@code person} property
   * @param kind the {@code kind} property
   * @param tier the {@code tier} property
   * @param tierHistory the {@code tierHistory} property
   * @param statusHistory the {@code statusHistory} property
   * @param decisionMaker the {@code decisionMaker} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    WireNames.ID,
    WireNames.PERSON,
    WireNames.KIND,
    WireNames.TIER,
    WireNames.TIER_HISTORY,
    WireNames.STATUS_HISTORY,
    WireNames.DECISION_MAKER
  })
  public record Member(
      @JsonProperty(WireNames.ID) String id,
      @JsonProperty(WireNames.PERSON) Person person,
      @JsonProperty(WireNames.KIND) String kind,
      @JsonProperty(WireNames.TIER) String tier,
      @JsonProperty(WireNames.TIER_HISTORY) List<TierChange> tierHistory,
      @JsonProperty(WireNames.STATUS_HISTORY) List<StatusChange> statusHistory,
      @JsonProperty(WireNames.DECISION_MAKER) Boolean decisionMaker,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.model.Person}.
   *
   * @param name the {@code name} property
   * @param role the {@code role} property
   * @param roleCategory the {@code roleCategory} property
   * @param organisation the {@code organisation} property
   * @param contact the {@code contact} property
   * @param externalId the {@code externalId} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    WireNames.NAME,
    WireNames.ROLE,
    WireNames.ROLE_CATEGORY,
    WireNames.ORGANISATION,
    WireNames.CONTACT,
    WireNames.EXTERNAL_ID
  })
  public record Person(
      @JsonProperty(WireNames.NAME) String name,
      @JsonProperty(WireNames.ROLE) String role,
      @JsonProperty(WireNames.ROLE_CATEGORY) String roleCategory,
      @JsonProperty(WireNames.ORGANISATION) String organisation,
      @JsonProperty(WireNames.CONTACT) ContactInfo contact,
      @JsonProperty(WireNames.EXTERNAL_ID) String externalId,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.model.ContactInfo}.
   *
   * @param email the {@code email} property
   * @param phone the {@code phone} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({WireNames.EMAIL, WireNames.PHONE})
  public record ContactInfo(
      @JsonProperty(WireNames.EMAIL) String email,
      @JsonProperty(WireNames.PHONE) String phone,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.model.TierChange}.
   *
   * @param effectiveOn the {@code effectiveOn} property
   * @param tier the {@code tier} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({WireNames.EFFECTIVE_ON, WireNames.TIER})
  public record TierChange(
      @JsonProperty(WireNames.EFFECTIVE_ON) String effectiveOn,
      @JsonProperty(WireNames.TIER) String tier,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.model.StatusChange}.
   *
   * @param effectiveOn the {@code effectiveOn} property
   * @param status the {@code status} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({WireNames.EFFECTIVE_ON, WireNames.STATUS})
  public record StatusChange(
      @JsonProperty(WireNames.EFFECTIVE_ON) String effectiveOn,
      @JsonProperty(WireNames.STATUS) String status,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.model.Leadership}.
   *
   * @param structure the {@code structure} property
   * @param rotation the {@code rotation} property
   * @param leaders the {@code leaders} property
   * @param communication the {@code communication} property
   * @param support the {@code support} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    WireNames.STRUCTURE,
    WireNames.ROTATION,
    WireNames.LEADERS,
    WireNames.COMMUNICATION,
    WireNames.SUPPORT
  })
  public record Leadership(
      @JsonProperty(WireNames.STRUCTURE) String structure,
      @JsonProperty(WireNames.ROTATION) String rotation,
      @JsonProperty(WireNames.LEADERS) List<Leader> leaders,
      @JsonProperty(WireNames.COMMUNICATION) String communication,
      @JsonProperty(WireNames.SUPPORT) String support,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.model.Leader}.
   *
   * @param memberId the {@code memberId} property
   * @param duties the {@code duties} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({WireNames.MEMBER_ID, WireNames.DUTIES})
  public record Leader(
      @JsonProperty(WireNames.MEMBER_ID) String memberId,
      @JsonProperty(WireNames.DUTIES) List<String> duties,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.model.Norms}.
   *
   * @param norms the {@code norms} property
   * @param developmentProcess the {@code developmentProcess} property
   * @param valuesAlignment the {@code valuesAlignment} property
   * @param version the {@code version} property
   * @param agreements the {@code agreements} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    WireNames.NORMS,
    WireNames.DEVELOPMENT_PROCESS,
    WireNames.VALUES_ALIGNMENT,
    WireNames.VERSION,
    WireNames.AGREEMENTS
  })
  public record Norms(
      @JsonProperty(WireNames.NORMS) List<Norm> norms,
      @JsonProperty(WireNames.DEVELOPMENT_PROCESS) String developmentProcess,
      @JsonProperty(WireNames.VALUES_ALIGNMENT) String valuesAlignment,
      @JsonProperty(WireNames.VERSION) Integer version,
      @JsonProperty(WireNames.AGREEMENTS) List<NormAgreement> agreements,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.model.Norm}.
   *
   * @param text the {@code text} property
   * @param topics the {@code topics} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({WireNames.TEXT, WireNames.TOPICS})
  public record Norm(
      @JsonProperty(WireNames.TEXT) String text,
      @JsonProperty(WireNames.TOPICS) List<String> topics,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.model.NormAgreement}.
   *
   * @param memberId the {@code memberId} property
   * @param version the {@code version} property
   * @param agreedOn the {@code agreedOn} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({WireNames.MEMBER_ID, WireNames.VERSION, WireNames.AGREED_ON})
  public record NormAgreement(
      @JsonProperty(WireNames.MEMBER_ID) String memberId,
      @JsonProperty(WireNames.VERSION) Integer version,
      @JsonProperty(WireNames.AGREED_ON) String agreedOn,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.model.Practice}.
   *
   * @param launchPlan the {@code launchPlan} property
   * @param meetings the {@code meetings} property
   * @param improvementWork the {@code improvementWork} property
   * @param results the {@code results} property
   * @param reflections the {@code reflections} property
   * @param resourceBank the {@code resourceBank} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    WireNames.LAUNCH_PLAN,
    WireNames.MEETINGS,
    WireNames.IMPROVEMENT_WORK,
    WireNames.RESULTS,
    WireNames.REFLECTIONS,
    WireNames.RESOURCE_BANK
  })
  public record Practice(
      @JsonProperty(WireNames.LAUNCH_PLAN) LaunchPlan launchPlan,
      @JsonProperty(WireNames.MEETINGS) List<Meeting> meetings,
      @JsonProperty(WireNames.IMPROVEMENT_WORK) List<ImprovementWork> improvementWork,
      @JsonProperty(WireNames.RESULTS) Results results,
      @JsonProperty(WireNames.REFLECTIONS) List<Reflection> reflections,
      @JsonProperty(WireNames.RESOURCE_BANK) List<PracticeRecordsWire.SharedResource> resourceBank,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.model.LaunchPlan}.
   *
   * @param launchDate the {@code launchDate} property
   * @param cadence the {@code cadence} property
   * @param meetingLength the {@code meetingLength} property
   * @param format the {@code format} property
   * @param place the {@code place} property
   * @param platform the {@code platform} property
   * @param standingAgendaItems the {@code standingAgendaItems} property
   * @param activityKinds the {@code activityKinds} property
   * @param tools the {@code tools} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    WireNames.LAUNCH_DATE,
    WireNames.CADENCE,
    WireNames.MEETING_LENGTH,
    WireNames.FORMAT,
    WireNames.PLACE,
    WireNames.PLATFORM,
    WireNames.STANDING_AGENDA_ITEMS,
    WireNames.ACTIVITY_KINDS,
    WireNames.TOOLS
  })
  public record LaunchPlan(
      @JsonProperty(WireNames.LAUNCH_DATE) String launchDate,
      @JsonProperty(WireNames.CADENCE) Cadence cadence,
      @JsonProperty(WireNames.MEETING_LENGTH) String meetingLength,
      @JsonProperty(WireNames.FORMAT) String format,
      @JsonProperty(WireNames.PLACE) String place,
      @JsonProperty(WireNames.PLATFORM) String platform,
      @JsonProperty(WireNames.STANDING_AGENDA_ITEMS) List<String> standingAgendaItems,
      @JsonProperty(WireNames.ACTIVITY_KINDS) List<String> activityKinds,
      @JsonProperty(WireNames.TOOLS) List<Tool> tools,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.model.Cadence}.
   *
   * @param kind the {@code kind} property
   * @param intervalWeeks the {@code intervalWeeks} property
   * @param intervalMonths the {@code intervalMonths} property
   * @param weekOfMonth the {@code weekOfMonth} property
   * @param dayOfMonth the {@code dayOfMonth} property
   * @param weeksOfMonth the {@code weeksOfMonth} property
   * @param daysOfMonth the {@code daysOfMonth} property
   * @param dayOfWeek the {@code dayOfWeek} property
   * @param startTime the {@code startTime} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    WireNames.KIND,
    WireNames.INTERVAL_WEEKS,
    WireNames.INTERVAL_MONTHS,
    WireNames.WEEK_OF_MONTH,
    WireNames.DAY_OF_MONTH,
    WireNames.WEEKS_OF_MONTH,
    WireNames.DAYS_OF_MONTH,
    WireNames.DAY_OF_WEEK,
    WireNames.START_TIME
  })
  public record Cadence(
      @JsonProperty(WireNames.KIND) String kind,
      @JsonProperty(WireNames.INTERVAL_WEEKS) Integer intervalWeeks,
      @JsonProperty(WireNames.INTERVAL_MONTHS) Integer intervalMonths,
      @JsonProperty(WireNames.WEEK_OF_MONTH) Integer weekOfMonth,
      @JsonProperty(WireNames.DAY_OF_MONTH) Integer dayOfMonth,
      @JsonProperty(WireNames.WEEKS_OF_MONTH) List<Integer> weeksOfMonth,
      @JsonProperty(WireNames.DAYS_OF_MONTH) List<Integer> daysOfMonth,
      @JsonProperty(WireNames.DAY_OF_WEEK) String dayOfWeek,
      @JsonProperty(WireNames.START_TIME) String startTime,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.model.Tool}.
   *
   * @param name the {@code name} property
   * @param uses the {@code uses} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({WireNames.NAME, WireNames.USES})
  public record Tool(
      @JsonProperty(WireNames.NAME) String name,
      @JsonProperty(WireNames.USES) List<String> uses,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.model.Meeting}.
   *
   * @param id the {@code id} property
   * @param title the {@code title} property
   * @param start the {@code start} property
   * @param end the {@code end} property
   * @param topics the {@code topics} property
   * @param activities the {@code activities} property
   * @param guidingQuestions the {@code guidingQuestions} property
   * @param resources the {@code resources} property
   * @param facilitator the {@code facilitator} property
   * @param includes the {@code includes} property
   * @param rescheduledFrom the {@code rescheduledFrom} property
   * @param attendance the {@code attendance} property
   * @param notes the {@code notes} property
   * @param decisions the {@code decisions} property
   * @param actionItems the {@code actionItems} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    WireNames.ID,
    WireNames.TITLE,
    WireNames.START,
    WireNames.END,
    WireNames.TOPICS,
    WireNames.ACTIVITIES,
    WireNames.GUIDING_QUESTIONS,
    WireNames.RESOURCES,
    WireNames.FACILITATOR,
    WireNames.INCLUDES,
    WireNames.RESCHEDULED_FROM,
    WireNames.ATTENDANCE,
    WireNames.NOTES,
    WireNames.DECISIONS,
    WireNames.ACTION_ITEMS
  })
  public record Meeting(
      @JsonProperty(WireNames.ID) String id,
      @JsonProperty(WireNames.TITLE) String title,
      @JsonProperty(WireNames.START) String start,
      @JsonProperty(WireNames.END) String end,
      @JsonProperty(WireNames.TOPICS) List<String> topics,
      @JsonProperty(WireNames.ACTIVITIES) List<String> activities,
      @JsonProperty(WireNames.GUIDING_QUESTIONS) List<String> guidingQuestions,
      @JsonProperty(WireNames.RESOURCES) List<String> resources,
      @JsonProperty(WireNames.FACILITATOR) String facilitator,
      @JsonProperty(WireNames.INCLUDES) List<String> includes,
      @JsonProperty(WireNames.RESCHEDULED_FROM) String rescheduledFrom,
      @JsonProperty(WireNames.ATTENDANCE) List<String> attendance,
      @JsonProperty(WireNames.NOTES) String notes,
      @JsonProperty(WireNames.DECISIONS) List<String> decisions,
      @JsonProperty(WireNames.ACTION_ITEMS) List<PracticeRecordsWire.ActionItem> actionItems,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.model.ImprovementWork}.
   *
   * @param problemOfPracticeId the {@code problemOfPracticeId} property
   * @param aim the {@code aim} property
   * @param measures the {@code measures} property
   * @param cycles the {@code cycles} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    WireNames.PROBLEM_OF_PRACTICE_ID,
    WireNames.AIM,
    WireNames.MEASURES,
    WireNames.CYCLES
  })
  public record ImprovementWork(
      @JsonProperty(WireNames.PROBLEM_OF_PRACTICE_ID) String problemOfPracticeId,
      @JsonProperty(WireNames.AIM) Aim aim,
      @JsonProperty(WireNames.MEASURES) List<Measure> measures,
      @JsonProperty(WireNames.CYCLES) List<InquiryCycle> cycles,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.model.Aim}.
   *
   * @param statement the {@code statement} property
   * @param measure the {@code measure} property
   * @param target the {@code target} property
   * @param by the {@code by} property
   * @param result the {@code result} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    WireNames.STATEMENT,
    WireNames.MEASURE,
    WireNames.TARGET,
    WireNames.BY,
    WireNames.RESULT
  })
  public record Aim(
      @JsonProperty(WireNames.STATEMENT) String statement,
      @JsonProperty(WireNames.MEASURE) String measure,
      @JsonProperty(WireNames.TARGET) String target,
      @JsonProperty(WireNames.BY) String by,
      @JsonProperty(WireNames.RESULT) String result,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.model.Measure}.
   *
   * @param name the {@code name} property
   * @param kind the {@code kind} property
   * @param description the {@code description} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({WireNames.NAME, WireNames.KIND, WireNames.DESCRIPTION})
  public record Measure(
      @JsonProperty(WireNames.NAME) String name,
      @JsonProperty(WireNames.KIND) String kind,
      @JsonProperty(WireNames.DESCRIPTION) String description,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.model.InquiryCycle}.
   *
   * @param id the {@code id} property
   * @param question the {@code question} property
   * @param prediction the {@code prediction} property
   * @param done the {@code done} property
   * @param study the {@code study} property
   * @param decision the {@code decision} property
   * @param startedOn the {@code startedOn} property
   * @param completedOn the {@code completedOn} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    WireNames.ID,
    WireNames.QUESTION,
    WireNames.PREDICTION,
    WireNames.DONE,
    WireNames.STUDY,
    WireNames.DECISION,
    WireNames.STARTED_ON,
    WireNames.COMPLETED_ON
  })
  public record InquiryCycle(
      @JsonProperty(WireNames.ID) String id,
      @JsonProperty(WireNames.QUESTION) String question,
      @JsonProperty(WireNames.PREDICTION) String prediction,
      @JsonProperty(WireNames.DONE) String done,
      @JsonProperty(WireNames.STUDY) String study,
      @JsonProperty(WireNames.DECISION) String decision,
      @JsonProperty(WireNames.STARTED_ON) String startedOn,
      @JsonProperty(WireNames.COMPLETED_ON) String completedOn,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.model.Results}.
   *
   * @param feedbackMethods the {@code feedbackMethods} property
   * @param plannedEvidence the {@code plannedEvidence} property
   * @param collectedEvidence the {@code collectedEvidence} property
   * @param successCriteria the {@code successCriteria} property
   * @param legacy the {@code legacy} property
   * @param celebrations the {@code celebrations} property
   * @param feedbackReceived the {@code feedbackReceived} property
   * @param valueStories the {@code valueStories} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    WireNames.FEEDBACK_METHODS,
    WireNames.PLANNED_EVIDENCE,
    WireNames.COLLECTED_EVIDENCE,
    WireNames.SUCCESS_CRITERIA,
    WireNames.LEGACY,
    WireNames.CELEBRATIONS,
    WireNames.FEEDBACK_RECEIVED,
    WireNames.VALUE_STORIES
  })
  public record Results(
      @JsonProperty(WireNames.FEEDBACK_METHODS) List<FeedbackMethod> feedbackMethods,
      @JsonProperty(WireNames.PLANNED_EVIDENCE) List<Evidence> plannedEvidence,
      @JsonProperty(WireNames.COLLECTED_EVIDENCE) List<Evidence> collectedEvidence,
      @JsonProperty(WireNames.SUCCESS_CRITERIA) String successCriteria,
      @JsonProperty(WireNames.LEGACY) Legacy legacy,
      @JsonProperty(WireNames.CELEBRATIONS) List<Celebration> celebrations,
      @JsonProperty(WireNames.FEEDBACK_RECEIVED)
          List<PracticeRecordsWire.FeedbackReceived> feedbackReceived,
      @JsonProperty(WireNames.VALUE_STORIES) List<PracticeRecordsWire.ValueStory> valueStories,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.model.FeedbackMethod}.
   *
   * @param description the {@code description} property
   * @param schedule the {@code schedule} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({WireNames.DESCRIPTION, WireNames.SCHEDULE})
  public record FeedbackMethod(
      @JsonProperty(WireNames.DESCRIPTION) String description,
      @JsonProperty(WireNames.SCHEDULE) String schedule,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.model.Evidence}.
   *
   * @param id the {@code id} property
   * @param kind the {@code kind} property
   * @param purposeType the {@code purposeType} property
   * @param description the {@code description} property
   * @param collectedOn the {@code collectedOn} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    WireNames.ID,
    WireNames.KIND,
    WireNames.PURPOSE_TYPE,
    WireNames.DESCRIPTION,
    WireNames.COLLECTED_ON
  })
  public record Evidence(
      @JsonProperty(WireNames.ID) String id,
      @JsonProperty(WireNames.KIND) String kind,
      @JsonProperty(WireNames.PURPOSE_TYPE) String purposeType,
      @JsonProperty(WireNames.DESCRIPTION) String description,
      @JsonProperty(WireNames.COLLECTED_ON) String collectedOn,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.model.Legacy}.
   *
   * @param description the {@code description} property
   * @param stakeholders the {@code stakeholders} property
   * @param communication the {@code communication} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({WireNames.DESCRIPTION, WireNames.STAKEHOLDERS, WireNames.COMMUNICATION})
  public record Legacy(
      @JsonProperty(WireNames.DESCRIPTION) String description,
      @JsonProperty(WireNames.STAKEHOLDERS) List<String> stakeholders,
      @JsonProperty(WireNames.COMMUNICATION) String communication,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.model.Celebration}.
   *
   * @param description the {@code description} property
   * @param on the {@code on} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({WireNames.DESCRIPTION, WireNames.ON})
  public record Celebration(
      @JsonProperty(WireNames.DESCRIPTION) String description,
      @JsonProperty(WireNames.ON) String on,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.model.Reflection}.
   *
   * @param memberId the {@code memberId} property
   * @param newLearning the {@code newLearning} property
   * @param application the {@code application} property
   * @param selfReflectivePractices the {@code selfReflectivePractices} property
   * @param competencies the {@code competencies} property
   * @param privateToAuthor the {@code privateToAuthor} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    WireNames.MEMBER_ID,
    WireNames.NEW_LEARNING,
    WireNames.APPLICATION,
    WireNames.SELF_REFLECTIVE_PRACTICES,
    WireNames.COMPETENCIES,
    WireNames.PRIVATE_TO_AUTHOR
  })
  public record Reflection(
      @JsonProperty(WireNames.MEMBER_ID) String memberId,
      @JsonProperty(WireNames.NEW_LEARNING) String newLearning,
      @JsonProperty(WireNames.APPLICATION) String application,
      @JsonProperty(WireNames.SELF_REFLECTIVE_PRACTICES) List<String> selfReflectivePractices,
      @JsonProperty(WireNames.COMPETENCIES) List<CompetencyRef> competencies,
      @JsonProperty(WireNames.PRIVATE_TO_AUTHOR) Boolean privateToAuthor,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.model.CompetencyRef}.
   *
   * @param frameworkId the {@code frameworkId} property
   * @param competencyId the {@code competencyId} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({WireNames.FRAMEWORK_ID, WireNames.COMPETENCY_ID})
  public record CompetencyRef(
      @JsonProperty(WireNames.FRAMEWORK_ID) String frameworkId,
      @JsonProperty(WireNames.COMPETENCY_ID) String competencyId,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.model.FurtherApplication}.
   *
   * @param otherUses the {@code otherUses} property
   * @param adaptableTeams the {@code adaptableTeams} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({WireNames.OTHER_USES, WireNames.ADAPTABLE_TEAMS})
  public record FurtherApplication(
      @JsonProperty(WireNames.OTHER_USES) List<OtherUse> otherUses,
      @JsonProperty(WireNames.ADAPTABLE_TEAMS) List<String> adaptableTeams,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.model.OtherUse}.
   *
   * @param description the {@code description} property
   * @param purposeTypes the {@code purposeTypes} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({WireNames.DESCRIPTION, WireNames.PURPOSE_TYPES})
  public record OtherUse(
      @JsonProperty(WireNames.DESCRIPTION) String description,
      @JsonProperty(WireNames.PURPOSE_TYPES) List<String> purposeTypes,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}
}
