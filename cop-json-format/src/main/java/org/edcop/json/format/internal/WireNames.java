package org.edcop.json.format.internal;

/**
 * The JSON property names of the plan document (and the participation thresholds of the policy),
 * written once: the wire records' annotations (the schema generator's source and the writer's) and
 * the plan reader's dispatch both use these constants, so a name cannot differ between the schema,
 * the writer and the reader.
 */
final class WireNames {

  private WireNames() {}

  /** {@code actionItems} */
  static final String ACTION_ITEMS = "actionItems";

  /** {@code activities} */
  static final String ACTIVITIES = "activities";

  /** {@code activityKinds} */
  static final String ACTIVITY_KINDS = "activityKinds";

  /** {@code adaptableTeams} */
  static final String ADAPTABLE_TEAMS = "adaptableTeams";

  /** {@code addedOn} */
  static final String ADDED_ON = "addedOn";

  /** {@code agreedOn} */
  static final String AGREED_ON = "agreedOn";

  /** {@code agreements} */
  static final String AGREEMENTS = "agreements";

  /** {@code aim} */
  static final String AIM = "aim";

  /** {@code application} */
  static final String APPLICATION = "application";

  /** {@code attendance} */
  static final String ATTENDANCE = "attendance";

  /** {@code audience} */
  static final String AUDIENCE = "audience";

  /** {@code author} */
  static final String AUTHOR = "author";

  /** {@code authority} */
  static final String AUTHORITY = "authority";

  /** {@code by} */
  static final String BY = "by";

  /** {@code cadence} */
  static final String CADENCE = "cadence";

  /** {@code celebrations} */
  static final String CELEBRATIONS = "celebrations";

  /** {@code closedOn} */
  static final String CLOSED_ON = "closedOn";

  /** {@code cohortType} */
  static final String COHORT_TYPE = "cohortType";

  /** {@code collectedEvidence} */
  static final String COLLECTED_EVIDENCE = "collectedEvidence";

  /** {@code collectedOn} */
  static final String COLLECTED_ON = "collectedOn";

  /** {@code commitment} */
  static final String COMMITMENT = "commitment";

  /** {@code communication} */
  static final String COMMUNICATION = "communication";

  /** {@code community} */
  static final String COMMUNITY = "community";

  /** {@code competencies} */
  static final String COMPETENCIES = "competencies";

  /** {@code competencyId} */
  static final String COMPETENCY_ID = "competencyId";

  /** {@code completedOn} */
  static final String COMPLETED_ON = "completedOn";

  /** {@code contact} */
  static final String CONTACT = "contact";

  /** {@code contributor} */
  static final String CONTRIBUTOR = "contributor";

  /** {@code createdOn} */
  static final String CREATED_ON = "createdOn";

  /** {@code customPurpose} */
  static final String CUSTOM_PURPOSE = "customPurpose";

  /** {@code cycles} */
  static final String CYCLES = "cycles";

  /** {@code daysOfMonth} */
  static final String DAYS_OF_MONTH = "daysOfMonth";

  /** {@code dayOfMonth} */
  static final String DAY_OF_MONTH = "dayOfMonth";

  /** {@code dayOfWeek} */
  static final String DAY_OF_WEEK = "dayOfWeek";

  /** {@code decidedOn} */
  static final String DECIDED_ON = "decidedOn";

  /** {@code decision} */
  static final String DECISION = "decision";

  /** {@code decisions} */
  static final String DECISIONS = "decisions";

  /** {@code decisionMaker} */
  static final String DECISION_MAKER = "decisionMaker";

  /** {@code decisionRoute} */
  static final String DECISION_ROUTE = "decisionRoute";

  /** {@code description} */
  static final String DESCRIPTION = "description";

  /** {@code developmentProcess} */
  static final String DEVELOPMENT_PROCESS = "developmentProcess";

  /** {@code developmentStage} */
  static final String DEVELOPMENT_STAGE = "developmentStage";

  /** {@code domain} */
  static final String DOMAIN = "domain";

  /** {@code done} */
  static final String DONE = "done";

  /** {@code driftAbsenceShare} */
  static final String DRIFT_ABSENCE_SHARE = "driftAbsenceShare";

  /** {@code driftAttendanceShare} */
  static final String DRIFT_ATTENDANCE_SHARE = "driftAttendanceShare";

  /** {@code driftMinimumMeetings} */
  static final String DRIFT_MINIMUM_MEETINGS = "driftMinimumMeetings";

  /** {@code dueOn} */
  static final String DUE_ON = "dueOn";

  /** {@code duties} */
  static final String DUTIES = "duties";

  /** {@code effectiveOn} */
  static final String EFFECTIVE_ON = "effectiveOn";

  /** {@code email} */
  static final String EMAIL = "email";

  /** {@code end} */
  static final String END = "end";

  /** {@code equityCentred} */
  static final String EQUITY_CENTRED = "equityCentred";

  /** {@code equityFocus} */
  static final String EQUITY_FOCUS = "equityFocus";

  /** {@code evidence} */
  static final String EVIDENCE = "evidence";

  /** {@code externalId} */
  static final String EXTERNAL_ID = "externalId";

  /** {@code facilitator} */
  static final String FACILITATOR = "facilitator";

  /** {@code feedbackMethods} */
  static final String FEEDBACK_METHODS = "feedbackMethods";

  /** {@code feedbackReceived} */
  static final String FEEDBACK_RECEIVED = "feedbackReceived";

  /** {@code format} */
  static final String FORMAT = "format";

  /** {@code frameworkId} */
  static final String FRAMEWORK_ID = "frameworkId";

  /** {@code furtherApplication} */
  static final String FURTHER_APPLICATION = "furtherApplication";

  /** {@code guidingQuestions} */
  static final String GUIDING_QUESTIONS = "guidingQuestions";

  /** {@code id} */
  static final String ID = "id";

  /** {@code idealMemberProfile} */
  static final String IDEAL_MEMBER_PROFILE = "idealMemberProfile";

  /** {@code idealSize} */
  static final String IDEAL_SIZE = "idealSize";

  /** {@code improvementWork} */
  static final String IMPROVEMENT_WORK = "improvementWork";

  /** {@code includes} */
  static final String INCLUDES = "includes";

  /** {@code intervalMonths} */
  static final String INTERVAL_MONTHS = "intervalMonths";

  /** {@code intervalWeeks} */
  static final String INTERVAL_WEEKS = "intervalWeeks";

  /** {@code invitationApproach} */
  static final String INVITATION_APPROACH = "invitationApproach";

  /** {@code kind} */
  static final String KIND = "kind";

  /** {@code launchedOn} */
  static final String LAUNCHED_ON = "launchedOn";

  /** {@code launchDate} */
  static final String LAUNCH_DATE = "launchDate";

  /** {@code launchPlan} */
  static final String LAUNCH_PLAN = "launchPlan";

  /** {@code leaders} */
  static final String LEADERS = "leaders";

  /** {@code leadership} */
  static final String LEADERSHIP = "leadership";

  /** {@code legacy} */
  static final String LEGACY = "legacy";

  /** {@code link} */
  static final String LINK = "link";

  /** {@code max} */
  static final String MAX = "max";

  /** {@code measure} */
  static final String MEASURE = "measure";

  /** {@code measures} */
  static final String MEASURES = "measures";

  /** {@code meetings} */
  static final String MEETINGS = "meetings";

  /** {@code meetingLength} */
  static final String MEETING_LENGTH = "meetingLength";

  /** {@code members} */
  static final String MEMBERS = "members";

  /** {@code membership} */
  static final String MEMBERSHIP = "membership";

  /** {@code memberId} */
  static final String MEMBER_ID = "memberId";

  /** {@code method} */
  static final String METHOD = "method";

  /** {@code min} */
  static final String MIN = "min";

  /** {@code name} */
  static final String NAME = "name";

  /** {@code narrative} */
  static final String NARRATIVE = "narrative";

  /** {@code newLearning} */
  static final String NEW_LEARNING = "newLearning";

  /** {@code norms} */
  static final String NORMS = "norms";

  /** {@code notes} */
  static final String NOTES = "notes";

  /** {@code on} */
  static final String ON = "on";

  /** {@code organisation} */
  static final String ORGANISATION = "organisation";

  /** {@code otherUses} */
  static final String OTHER_USES = "otherUses";

  /** {@code outcome} */
  static final String OUTCOME = "outcome";

  /** {@code owner} */
  static final String OWNER = "owner";

  /** {@code person} */
  static final String PERSON = "person";

  /** {@code phone} */
  static final String PHONE = "phone";

  /** {@code place} */
  static final String PLACE = "place";

  /** {@code plannedEvidence} */
  static final String PLANNED_EVIDENCE = "plannedEvidence";

  /** {@code platform} */
  static final String PLATFORM = "platform";

  /** {@code practice} */
  static final String PRACTICE = "practice";

  /** {@code prediction} */
  static final String PREDICTION = "prediction";

  /** {@code privateToAuthor} */
  static final String PRIVATE_TO_AUTHOR = "privateToAuthor";

  /** {@code problemsOfPractice} */
  static final String PROBLEMS_OF_PRACTICE = "problemsOfPractice";

  /** {@code problemOfPracticeId} */
  static final String PROBLEM_OF_PRACTICE_ID = "problemOfPracticeId";

  /** {@code purpose} */
  static final String PURPOSE = "purpose";

  /** {@code purposeType} */
  static final String PURPOSE_TYPE = "purposeType";

  /** {@code purposeTypes} */
  static final String PURPOSE_TYPES = "purposeTypes";

  /** {@code question} */
  static final String QUESTION = "question";

  /** {@code reason} */
  static final String REASON = "reason";

  /** {@code receivedOn} */
  static final String RECEIVED_ON = "receivedOn";

  /** {@code recentMeetings} */
  static final String RECENT_MEETINGS = "recentMeetings";

  /** {@code reflections} */
  static final String REFLECTIONS = "reflections";

  /** {@code renewalDecisions} */
  static final String RENEWAL_DECISIONS = "renewalDecisions";

  /** {@code requiredMembers} */
  static final String REQUIRED_MEMBERS = "requiredMembers";

  /** {@code rescheduledFrom} */
  static final String RESCHEDULED_FROM = "rescheduledFrom";

  /** {@code resources} */
  static final String RESOURCES = "resources";

  /** {@code resourceBank} */
  static final String RESOURCE_BANK = "resourceBank";

  /** {@code result} */
  static final String RESULT = "result";

  /** {@code results} */
  static final String RESULTS = "results";

  /** {@code role} */
  static final String ROLE = "role";

  /** {@code roleCategory} */
  static final String ROLE_CATEGORY = "roleCategory";

  /** {@code rotation} */
  static final String ROTATION = "rotation";

  /** {@code schedule} */
  static final String SCHEDULE = "schedule";

  /** {@code schemaVersion} */
  static final String SCHEMA_VERSION = org.edcop.json.format.CopJsonFormat.SCHEMA_VERSION_PROPERTY;

  /** {@code selfReflectivePractices} */
  static final String SELF_REFLECTIVE_PRACTICES = "selfReflectivePractices";

  /** {@code sharedConcern} */
  static final String SHARED_CONCERN = "sharedConcern";

  /** {@code sharedExpertise} */
  static final String SHARED_EXPERTISE = "sharedExpertise";

  /** {@code sharedInterest} */
  static final String SHARED_INTEREST = "sharedInterest";

  /** {@code stakeholders} */
  static final String STAKEHOLDERS = "stakeholders";

  /** {@code standingAgendaItems} */
  static final String STANDING_AGENDA_ITEMS = "standingAgendaItems";

  /** {@code start} */
  static final String START = "start";

  /** {@code startedOn} */
  static final String STARTED_ON = "startedOn";

  /** {@code startTime} */
  static final String START_TIME = "startTime";

  /** {@code statement} */
  static final String STATEMENT = "statement";

  /** {@code status} */
  static final String STATUS = "status";

  /** {@code statusHistory} */
  static final String STATUS_HISTORY = "statusHistory";

  /** {@code structure} */
  static final String STRUCTURE = "structure";

  /** {@code study} */
  static final String STUDY = "study";

  /** {@code successCriteria} */
  static final String SUCCESS_CRITERIA = "successCriteria";

  /** {@code summary} */
  static final String SUMMARY = "summary";

  /** {@code support} */
  static final String SUPPORT = "support";

  /** {@code tags} */
  static final String TAGS = "tags";

  /** {@code target} */
  static final String TARGET = "target";

  /** {@code text} */
  static final String TEXT = "text";

  /** {@code tier} */
  static final String TIER = "tier";

  /** {@code tierHistory} */
  static final String TIER_HISTORY = "tierHistory";

  /** {@code timeZone} */
  static final String TIME_ZONE = "timeZone";

  /** {@code title} */
  static final String TITLE = "title";

  /** {@code toldOn} */
  static final String TOLD_ON = "toldOn";

  /** {@code tools} */
  static final String TOOLS = "tools";

  /** {@code topics} */
  static final String TOPICS = "topics";

  /** {@code types} */
  static final String TYPES = "types";

  /** {@code uses} */
  static final String USES = "uses";

  /** {@code valuesAlignment} */
  static final String VALUES_ALIGNMENT = "valuesAlignment";

  /** {@code valueStories} */
  static final String VALUE_STORIES = "valueStories";

  /** {@code version} */
  static final String VERSION = "version";

  /** {@code weeksOfMonth} */
  static final String WEEKS_OF_MONTH = "weeksOfMonth";

  /** {@code weekOfMonth} */
  static final String WEEK_OF_MONTH = "weekOfMonth";

  /** {@code who} */
  static final String WHO = "who";
}
