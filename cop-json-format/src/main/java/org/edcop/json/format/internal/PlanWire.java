package org.edcop.json.format.internal;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The wire records of a plan document: one record per model type, with the model's property names.
 * Codes, dates, date-times, durations, zones and member ids are plain text here and are converted
 * (and checked) by {@link PlanMapping}, so that no Jackson generation needs custom date or enum
 * handling. Properties the format does not define are collected, as raw JSON, in each record's
 * {@code unknownProperties}.
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
    "schemaVersion",
    "id",
    "name",
    "authority",
    "status",
    "createdOn",
    "launchedOn",
    "closedOn",
    "timeZone",
    "domain",
    "community",
    "practice",
    "furtherApplication",
    "developmentStage",
    "renewalDecisions"
  })
  public record CommunityOfPractice(
      @JsonProperty("schemaVersion") Integer schemaVersion,
      @JsonProperty("id") String id,
      @JsonProperty("name") String name,
      @JsonProperty("authority") String authority,
      @JsonProperty("status") String status,
      @JsonProperty("createdOn") String createdOn,
      @JsonProperty("launchedOn") String launchedOn,
      @JsonProperty("closedOn") String closedOn,
      @JsonProperty("timeZone") String timeZone,
      @JsonProperty("domain") Domain domain,
      @JsonProperty("community") Community community,
      @JsonProperty("practice") Practice practice,
      @JsonProperty("furtherApplication") FurtherApplication furtherApplication,
      @JsonProperty("developmentStage") String developmentStage,
      @JsonProperty("renewalDecisions") List<PracticeRecordsWire.RenewalDecision> renewalDecisions,
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
    "sharedInterest",
    "sharedExpertise",
    "equityCentred",
    "purpose",
    "problemsOfPractice"
  })
  public record Domain(
      @JsonProperty("sharedInterest") String sharedInterest,
      @JsonProperty("sharedExpertise") String sharedExpertise,
      @JsonProperty("equityCentred") Boolean equityCentred,
      @JsonProperty("purpose") Purpose purpose,
      @JsonProperty("problemsOfPractice") List<ProblemOfPractice> problemsOfPractice,
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
  @JsonPropertyOrder({"statement", "types", "customPurpose"})
  public record Purpose(
      @JsonProperty("statement") PurposeStatement statement,
      @JsonProperty("types") List<String> types,
      @JsonProperty("customPurpose") String customPurpose,
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
  @JsonPropertyOrder({"audience", "sharedConcern", "commitment"})
  public record PurposeStatement(
      @JsonProperty("audience") String audience,
      @JsonProperty("sharedConcern") String sharedConcern,
      @JsonProperty("commitment") String commitment,
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
  @JsonPropertyOrder({"id", "statement", "equityFocus"})
  public record ProblemOfPractice(
      @JsonProperty("id") String id,
      @JsonProperty("statement") String statement,
      @JsonProperty("equityFocus") String equityFocus,
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
  @JsonPropertyOrder({"membership", "leadership", "norms"})
  public record Community(
      @JsonProperty("membership") Membership membership,
      @JsonProperty("leadership") Leadership leadership,
      @JsonProperty("norms") Norms norms,
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
    "idealMemberProfile",
    "requiredMembers",
    "idealSize",
    "invitationApproach",
    "cohortType",
    "decisionRoute",
    "members"
  })
  public record Membership(
      @JsonProperty("idealMemberProfile") String idealMemberProfile,
      @JsonProperty("requiredMembers") List<RequiredMember> requiredMembers,
      @JsonProperty("idealSize") SizeRange idealSize,
      @JsonProperty("invitationApproach") String invitationApproach,
      @JsonProperty("cohortType") String cohortType,
      @JsonProperty("decisionRoute") String decisionRoute,
      @JsonProperty("members") List<Member> members,
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
  @JsonPropertyOrder({"who", "reason", "memberId"})
  public record RequiredMember(
      @JsonProperty("who") String who,
      @JsonProperty("reason") String reason,
      @JsonProperty("memberId") String memberId,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.model.SizeRange}.
   *
   * @param min the {@code min} property
   * @param max the {@code max} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"min", "max"})
  public record SizeRange(
      @JsonProperty("min") Integer min,
      @JsonProperty("max") Integer max,
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
    "id",
    "person",
    "kind",
    "tier",
    "tierHistory",
    "statusHistory",
    "decisionMaker"
  })
  public record Member(
      @JsonProperty("id") String id,
      @JsonProperty("person") Person person,
      @JsonProperty("kind") String kind,
      @JsonProperty("tier") String tier,
      @JsonProperty("tierHistory") List<TierChange> tierHistory,
      @JsonProperty("statusHistory") List<StatusChange> statusHistory,
      @JsonProperty("decisionMaker") Boolean decisionMaker,
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
  @JsonPropertyOrder({"name", "role", "roleCategory", "organisation", "contact", "externalId"})
  public record Person(
      @JsonProperty("name") String name,
      @JsonProperty("role") String role,
      @JsonProperty("roleCategory") String roleCategory,
      @JsonProperty("organisation") String organisation,
      @JsonProperty("contact") ContactInfo contact,
      @JsonProperty("externalId") String externalId,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.model.ContactInfo}.
   *
   * @param email the {@code email} property
   * @param phone the {@code phone} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"email", "phone"})
  public record ContactInfo(
      @JsonProperty("email") String email,
      @JsonProperty("phone") String phone,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.model.TierChange}.
   *
   * @param effectiveOn the {@code effectiveOn} property
   * @param tier the {@code tier} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"effectiveOn", "tier"})
  public record TierChange(
      @JsonProperty("effectiveOn") String effectiveOn,
      @JsonProperty("tier") String tier,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.model.StatusChange}.
   *
   * @param effectiveOn the {@code effectiveOn} property
   * @param status the {@code status} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"effectiveOn", "status"})
  public record StatusChange(
      @JsonProperty("effectiveOn") String effectiveOn,
      @JsonProperty("status") String status,
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
  @JsonPropertyOrder({"structure", "rotation", "leaders", "communication", "support"})
  public record Leadership(
      @JsonProperty("structure") String structure,
      @JsonProperty("rotation") String rotation,
      @JsonProperty("leaders") List<Leader> leaders,
      @JsonProperty("communication") String communication,
      @JsonProperty("support") String support,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.model.Leader}.
   *
   * @param memberId the {@code memberId} property
   * @param duties the {@code duties} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"memberId", "duties"})
  public record Leader(
      @JsonProperty("memberId") String memberId,
      @JsonProperty("duties") List<String> duties,
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
  @JsonPropertyOrder({"norms", "developmentProcess", "valuesAlignment", "version", "agreements"})
  public record Norms(
      @JsonProperty("norms") List<Norm> norms,
      @JsonProperty("developmentProcess") String developmentProcess,
      @JsonProperty("valuesAlignment") String valuesAlignment,
      @JsonProperty("version") Integer version,
      @JsonProperty("agreements") List<NormAgreement> agreements,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.model.Norm}.
   *
   * @param text the {@code text} property
   * @param topics the {@code topics} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"text", "topics"})
  public record Norm(
      @JsonProperty("text") String text,
      @JsonProperty("topics") List<String> topics,
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
  @JsonPropertyOrder({"memberId", "version", "agreedOn"})
  public record NormAgreement(
      @JsonProperty("memberId") String memberId,
      @JsonProperty("version") Integer version,
      @JsonProperty("agreedOn") String agreedOn,
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
    "launchPlan",
    "meetings",
    "improvementWork",
    "results",
    "reflections",
    "resourceBank"
  })
  public record Practice(
      @JsonProperty("launchPlan") LaunchPlan launchPlan,
      @JsonProperty("meetings") List<Meeting> meetings,
      @JsonProperty("improvementWork") List<ImprovementWork> improvementWork,
      @JsonProperty("results") Results results,
      @JsonProperty("reflections") List<Reflection> reflections,
      @JsonProperty("resourceBank") List<PracticeRecordsWire.SharedResource> resourceBank,
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
    "launchDate",
    "cadence",
    "meetingLength",
    "format",
    "place",
    "platform",
    "standingAgendaItems",
    "activityKinds",
    "tools"
  })
  public record LaunchPlan(
      @JsonProperty("launchDate") String launchDate,
      @JsonProperty("cadence") Cadence cadence,
      @JsonProperty("meetingLength") String meetingLength,
      @JsonProperty("format") String format,
      @JsonProperty("place") String place,
      @JsonProperty("platform") String platform,
      @JsonProperty("standingAgendaItems") List<String> standingAgendaItems,
      @JsonProperty("activityKinds") List<String> activityKinds,
      @JsonProperty("tools") List<Tool> tools,
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
    "kind",
    "intervalWeeks",
    "intervalMonths",
    "weekOfMonth",
    "dayOfMonth",
    "weeksOfMonth",
    "daysOfMonth",
    "dayOfWeek",
    "startTime"
  })
  public record Cadence(
      @JsonProperty("kind") String kind,
      @JsonProperty("intervalWeeks") Integer intervalWeeks,
      @JsonProperty("intervalMonths") Integer intervalMonths,
      @JsonProperty("weekOfMonth") Integer weekOfMonth,
      @JsonProperty("dayOfMonth") Integer dayOfMonth,
      @JsonProperty("weeksOfMonth") List<Integer> weeksOfMonth,
      @JsonProperty("daysOfMonth") List<Integer> daysOfMonth,
      @JsonProperty("dayOfWeek") String dayOfWeek,
      @JsonProperty("startTime") String startTime,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.model.Tool}.
   *
   * @param name the {@code name} property
   * @param uses the {@code uses} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"name", "uses"})
  public record Tool(
      @JsonProperty("name") String name,
      @JsonProperty("uses") List<String> uses,
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
    "id",
    "title",
    "start",
    "end",
    "topics",
    "activities",
    "guidingQuestions",
    "resources",
    "facilitator",
    "includes",
    "rescheduledFrom",
    "attendance",
    "notes",
    "decisions",
    "actionItems"
  })
  public record Meeting(
      @JsonProperty("id") String id,
      @JsonProperty("title") String title,
      @JsonProperty("start") String start,
      @JsonProperty("end") String end,
      @JsonProperty("topics") List<String> topics,
      @JsonProperty("activities") List<String> activities,
      @JsonProperty("guidingQuestions") List<String> guidingQuestions,
      @JsonProperty("resources") List<String> resources,
      @JsonProperty("facilitator") String facilitator,
      @JsonProperty("includes") List<String> includes,
      @JsonProperty("rescheduledFrom") String rescheduledFrom,
      @JsonProperty("attendance") List<String> attendance,
      @JsonProperty("notes") String notes,
      @JsonProperty("decisions") List<String> decisions,
      @JsonProperty("actionItems") List<PracticeRecordsWire.ActionItem> actionItems,
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
  @JsonPropertyOrder({"problemOfPracticeId", "aim", "measures", "cycles"})
  public record ImprovementWork(
      @JsonProperty("problemOfPracticeId") String problemOfPracticeId,
      @JsonProperty("aim") Aim aim,
      @JsonProperty("measures") List<Measure> measures,
      @JsonProperty("cycles") List<InquiryCycle> cycles,
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
  @JsonPropertyOrder({"statement", "measure", "target", "by", "result"})
  public record Aim(
      @JsonProperty("statement") String statement,
      @JsonProperty("measure") String measure,
      @JsonProperty("target") String target,
      @JsonProperty("by") String by,
      @JsonProperty("result") String result,
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
  @JsonPropertyOrder({"name", "kind", "description"})
  public record Measure(
      @JsonProperty("name") String name,
      @JsonProperty("kind") String kind,
      @JsonProperty("description") String description,
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
    "id",
    "question",
    "prediction",
    "done",
    "study",
    "decision",
    "startedOn",
    "completedOn"
  })
  public record InquiryCycle(
      @JsonProperty("id") String id,
      @JsonProperty("question") String question,
      @JsonProperty("prediction") String prediction,
      @JsonProperty("done") String done,
      @JsonProperty("study") String study,
      @JsonProperty("decision") String decision,
      @JsonProperty("startedOn") String startedOn,
      @JsonProperty("completedOn") String completedOn,
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
    "feedbackMethods",
    "plannedEvidence",
    "collectedEvidence",
    "successCriteria",
    "legacy",
    "celebrations",
    "feedbackReceived",
    "valueStories"
  })
  public record Results(
      @JsonProperty("feedbackMethods") List<FeedbackMethod> feedbackMethods,
      @JsonProperty("plannedEvidence") List<Evidence> plannedEvidence,
      @JsonProperty("collectedEvidence") List<Evidence> collectedEvidence,
      @JsonProperty("successCriteria") String successCriteria,
      @JsonProperty("legacy") Legacy legacy,
      @JsonProperty("celebrations") List<Celebration> celebrations,
      @JsonProperty("feedbackReceived") List<PracticeRecordsWire.FeedbackReceived> feedbackReceived,
      @JsonProperty("valueStories") List<PracticeRecordsWire.ValueStory> valueStories,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.model.FeedbackMethod}.
   *
   * @param description the {@code description} property
   * @param schedule the {@code schedule} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"description", "schedule"})
  public record FeedbackMethod(
      @JsonProperty("description") String description,
      @JsonProperty("schedule") String schedule,
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
  @JsonPropertyOrder({"id", "kind", "purposeType", "description", "collectedOn"})
  public record Evidence(
      @JsonProperty("id") String id,
      @JsonProperty("kind") String kind,
      @JsonProperty("purposeType") String purposeType,
      @JsonProperty("description") String description,
      @JsonProperty("collectedOn") String collectedOn,
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
  @JsonPropertyOrder({"description", "stakeholders", "communication"})
  public record Legacy(
      @JsonProperty("description") String description,
      @JsonProperty("stakeholders") List<String> stakeholders,
      @JsonProperty("communication") String communication,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.model.Celebration}.
   *
   * @param description the {@code description} property
   * @param on the {@code on} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"description", "on"})
  public record Celebration(
      @JsonProperty("description") String description,
      @JsonProperty("on") String on,
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
    "memberId",
    "newLearning",
    "application",
    "selfReflectivePractices",
    "competencies",
    "privateToAuthor"
  })
  public record Reflection(
      @JsonProperty("memberId") String memberId,
      @JsonProperty("newLearning") String newLearning,
      @JsonProperty("application") String application,
      @JsonProperty("selfReflectivePractices") List<String> selfReflectivePractices,
      @JsonProperty("competencies") List<CompetencyRef> competencies,
      @JsonProperty("privateToAuthor") Boolean privateToAuthor,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.model.CompetencyRef}.
   *
   * @param frameworkId the {@code frameworkId} property
   * @param competencyId the {@code competencyId} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"frameworkId", "competencyId"})
  public record CompetencyRef(
      @JsonProperty("frameworkId") String frameworkId,
      @JsonProperty("competencyId") String competencyId,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.model.FurtherApplication}.
   *
   * @param otherUses the {@code otherUses} property
   * @param adaptableTeams the {@code adaptableTeams} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"otherUses", "adaptableTeams"})
  public record FurtherApplication(
      @JsonProperty("otherUses") List<OtherUse> otherUses,
      @JsonProperty("adaptableTeams") List<String> adaptableTeams,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.model.OtherUse}.
   *
   * @param description the {@code description} property
   * @param purposeTypes the {@code purposeTypes} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"description", "purposeTypes"})
  public record OtherUse(
      @JsonProperty("description") String description,
      @JsonProperty("purposeTypes") List<String> purposeTypes,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}
}
