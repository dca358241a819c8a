package org.edcop.benchmarks.peer;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.groups.Default;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * The peer: what an integrator would write without cop. The plan's JSON document as plain Java
 * records, read by a stock Jackson {@code ObjectMapper} and checked by Hibernate Validator.
 *
 * <p>Constraints are those Jakarta annotations can say about one element at a time: required values
 * present, strings not blank, lists not empty, numbers in range. Integrity constraints sit in the
 * {@link Default} group (cop's {@code draft}); completeness constraints in {@link Launch}, which
 * extends {@code Default} the way cop's {@code launch} includes {@code draft}. What needs more than
 * one element at a time (unique ids, references that resolve, min not above max, end after start,
 * meetings that do not overlap, coverage of duties and norm topics) is out of reach of the
 * annotations and is therefore not checked here: the peer does less work than cop.
 *
 * @param schemaVersion the version of the JSON format
 * @param id the plan's id
 * @param name the community's name
 * @param authority the school authority
 * @param status the lifecycle status
 * @param createdOn when planning started
 * @param launchedOn when the community launched
 * @param closedOn when it closed
 * @param timeZone the IANA zone
 * @param domain the domain element
 * @param community the community element
 * @param practice the practice element
 * @param furtherApplication other uses of the model
 */
public record PeerPlan(
    @NotNull @Min(1) Integer schemaVersion,
    @NotBlank String id,
    @NotBlank String name,
    @NotBlank String authority,
    Status status,
    LocalDate createdOn,
    LocalDate launchedOn,
    LocalDate closedOn,
    @NotNull ZoneId timeZone,
    @Valid @NotNull(groups = Launch.class) Domain domain,
    @Valid @NotNull(groups = Launch.class) Community community,
    @Valid @NotNull(groups = Launch.class) Practice practice,
    @Valid FurtherApplication furtherApplication) {

  /** The validation group for a plan ready to launch; includes the integrity constraints. */
  public interface Launch extends Default {}

  /** Lifecycle status. */
  @EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
  public enum Status {
    /** Being planned. */
    PLANNING,
    /** Running. */
    LAUNCHED,
    /** Closed. */
    CLOSED
  }

  /** Purpose types. */
  @EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
  public enum PurposeType {
    /** Sharing knowledge. */
    SHARING_KNOWLEDGE,
    /** Shared learning. */
    SHARED_LEARNING,
    /** Building professional capacity. */
    BUILDING_PROFESSIONAL_CAPACITY,
    /** Building a bank of resources. */
    BUILDING_A_RESOURCE_BANK,
    /** Solving problems of practice. */
    SOLVING_PROBLEMS_OF_PRACTICE,
    /** Gathering feedback for a plan or decision. */
    GATHERING_FEEDBACK,
    /** Advancing initiatives. */
    ADVANCING_INITIATIVES,
    /** Implementing a change. */
    IMPLEMENTING_A_CHANGE
  }

  /** Days of the week, as the format writes them ({@code monday} ... {@code sunday}). */
  @EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
  public enum Day {
    /** Monday. */
    MONDAY,
    /** Tuesday. */
    TUESDAY,
    /** Wednesday. */
    WEDNESDAY,
    /** Thursday. */
    THURSDAY,
    /** Friday. */
    FRIDAY,
    /** Saturday. */
    SATURDAY,
    /** Sunday. */
    SUNDAY
  }

  /** Participation tiers. */
  @EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
  public enum Tier {
    /** Core. */
    CORE,
    /** Active. */
    ACTIVE,
    /** Occasional. */
    OCCASIONAL,
    /** Peripheral. */
    PERIPHERAL,
    /** Transactional. */
    TRANSACTIONAL
  }

  /** Leadership structures. */
  @EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
  public enum Structure {
    /** One leader. */
    SINGLE_LEADER,
    /** A leadership team. */
    LEADERSHIP_TEAM,
    /** Shared among members. */
    SHARED
  }

  /** Leadership duties. */
  @EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
  public enum Duty {
    /** Set up meetings. */
    SET_UP_MEETINGS,
    /** Craft guiding questions. */
    CRAFT_GUIDING_QUESTIONS,
    /** Facilitate knowledge gathering. */
    FACILITATE_KNOWLEDGE_GATHERING,
    /** Clarify roles. */
    CLARIFY_ROLES,
    /** Convene the community. */
    CONVENE_COMMUNITY,
    /** Keep on purpose. */
    KEEP_ON_PURPOSE,
    /** Facilitate decisions. */
    FACILITATE_DECISIONS,
    /** Liaise with other leaders. */
    LIAISE_WITH_LEADERS
  }

  /** Norm topics. */
  @EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
  public enum NormTopic {
    /** Role and voice. */
    ROLE_AND_VOICE,
    /** Staying on purpose. */
    STAYING_ON_PURPOSE,
    /** Conflict. */
    CONFLICT,
    /** Decisions. */
    DECISIONS,
    /** Sharing knowledge. */
    SHARING_KNOWLEDGE,
    /** Inviting members. */
    INVITING_MEMBERS,
    /** Purpose achieved. */
    PURPOSE_ACHIEVED
  }

  /** Cadence kinds. */
  @EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
  public enum CadenceKind {
    /** Every n weeks. */
    EVERY_N_WEEKS,
    /** Monthly. */
    MONTHLY
  }

  /** Meeting formats. */
  @EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
  public enum Format {
    /** In person. */
    IN_PERSON,
    /** Virtual. */
    VIRTUAL,
    /** Both. */
    HYBRID
  }

  /** Activity kinds. */
  @EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
  public enum ActivityKind {
    /** Standing agenda. */
    STANDING_AGENDA,
    /** Guest speaker. */
    GUEST_SPEAKER,
    /** Content presentation. */
    CONTENT_PRESENTATION,
    /** Breakout discussion. */
    BREAKOUT_DISCUSSION,
    /** Reading discussion. */
    READING_DISCUSSION,
    /** Inquiry work. */
    INQUIRY_WORK,
    /** Problem solving. */
    PROBLEM_SOLVING,
    /** Other. */
    OTHER
  }

  /** Tool uses. */
  @EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
  public enum ToolUse {
    /** Gathering knowledge. */
    GATHERING_KNOWLEDGE,
    /** Sharing resources. */
    SHARING_RESOURCES,
    /** Keeping legacy items. */
    KEEPING_LEGACY
  }

  /** Meeting elements. */
  @EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
  public enum MeetingElement {
    /** Feedback. */
    FEEDBACK,
    /** Reflection. */
    REFLECTION,
    /** Celebration. */
    CELEBRATION
  }

  /** Evidence kinds. */
  @EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
  public enum EvidenceKind {
    /** A product. */
    PRODUCT,
    /** A decision. */
    DECISION,
    /** Learning and growth. */
    LEARNING_AND_GROWTH,
    /** Other. */
    OTHER
  }

  /** Improvement measure kinds. */
  @EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
  public enum MeasureKind {
    /** Outcome. */
    OUTCOME,
    /** Process. */
    PROCESS,
    /** Balancing. */
    BALANCING
  }

  /** Inquiry-cycle decisions. */
  @EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
  public enum CycleDecision {
    /** Adopt. */
    ADOPT,
    /** Adapt. */
    ADAPT,
    /** Abandon. */
    ABANDON
  }

  /**
   * The domain element.
   *
   * @param sharedInterest the shared interest
   * @param sharedExpertise the shared expertise
   * @param equityCentred whether the community is equity-centred
   * @param purpose the purpose
   * @param problemsOfPractice problems of practice
   */
  public record Domain(
      @NotBlank(groups = Launch.class) String sharedInterest,
      String sharedExpertise,
      Boolean equityCentred,
      @Valid @NotNull(groups = Launch.class) Purpose purpose,
      List<@Valid ProblemOfPractice> problemsOfPractice) {}

  /**
   * The purpose.
   *
   * @param statement the three-part statement
   * @param types the purpose types
   * @param customPurpose a purpose outside the list
   */
  public record Purpose(
      @Valid @NotNull(groups = Launch.class) PurposeStatement statement,
      @NotEmpty(groups = Launch.class) Set<@NotNull PurposeType> types,
      String customPurpose) {}

  /**
   * The three-part purpose statement.
   *
   * @param audience who it is for
   * @param sharedConcern the shared interest or concern
   * @param commitment what members commit to learn
   */
  public record PurposeStatement(
      @NotBlank(groups = Launch.class) String audience,
      @NotBlank(groups = Launch.class) String sharedConcern,
      @NotBlank(groups = Launch.class) String commitment) {}

  /**
   * A problem of practice.
   *
   * @param id its id
   * @param statement the problem
   * @param equityFocus the equity focus
   */
  public record ProblemOfPractice(
      @NotBlank String id, @NotBlank String statement, String equityFocus) {}

  /**
   * The community element.
   *
   * @param membership who belongs
   * @param leadership who leads
   * @param norms how they work together
   */
  public record Community(
      @Valid @NotNull(groups = Launch.class) Membership membership,
      @Valid @NotNull(groups = Launch.class) Leadership leadership,
      @Valid @NotNull(groups = Launch.class) Norms norms) {}

  /**
   * Membership.
   *
   * @param idealMemberProfile the profile of an ideal member
   * @param requiredMembers people who must be members
   * @param idealSize the ideal headcount
   * @param invitationApproach how people are invited
   * @param members the roster
   */
  public record Membership(
      String idealMemberProfile,
      List<@Valid RequiredMember> requiredMembers,
      @Valid @NotNull(groups = Launch.class) SizeRange idealSize,
      @NotBlank(groups = Launch.class) String invitationApproach,
      @NotEmpty(groups = Launch.class) List<@Valid @NotNull Member> members) {}

  /**
   * A person who must be a member.
   *
   * @param who who they are
   * @param reason why
   * @param memberId their roster id
   */
  public record RequiredMember(@NotBlank String who, String reason, String memberId) {}

  /**
   * An ideal size range.
   *
   * @param min the least headcount
   * @param max the greatest headcount
   */
  public record SizeRange(@PositiveOrZero int min, @Positive int max) {}

  /**
   * A roster entry.
   *
   * @param id the member id
   * @param person the person
   * @param tier the participation tier
   * @param tierHistory earlier tiers
   * @param decisionMaker whether they decide
   */
  public record Member(
      @NotBlank String id,
      @Valid @NotNull Person person,
      @NotNull Tier tier,
      List<@Valid TierChange> tierHistory,
      Boolean decisionMaker) {}

  /**
   * A person.
   *
   * @param name full name
   * @param role role or title
   * @param organisation where they work
   * @param contact how to reach them
   * @param externalId id in the user's system
   */
  public record Person(
      @NotBlank String name,
      String role,
      String organisation,
      @Valid ContactInfo contact,
      String externalId) {}

  /**
   * Contact details.
   *
   * @param email e-mail address
   * @param phone phone number
   */
  public record ContactInfo(@Email String email, String phone) {}

  /**
   * A tier change.
   *
   * @param effectiveOn from when
   * @param tier the tier
   */
  public record TierChange(@NotNull LocalDate effectiveOn, @NotNull Tier tier) {}

  /**
   * Leadership.
   *
   * @param structure the structure
   * @param rotation how leadership rotates
   * @param leaders the leaders
   * @param communication how the structure is communicated
   * @param support how leaders are supported
   */
  public record Leadership(
      @NotNull(groups = Launch.class) Structure structure,
      String rotation,
      @NotEmpty(groups = Launch.class) List<@Valid @NotNull Leader> leaders,
      @NotBlank(groups = Launch.class) String communication,
      @NotBlank(groups = Launch.class) String support) {}

  /**
   * A leader.
   *
   * @param memberId the member who leads
   * @param duties the duties held
   */
  public record Leader(@NotBlank String memberId, Set<@NotNull Duty> duties) {}

  /**
   * Norms.
   *
   * @param norms the norms
   * @param developmentProcess how they are developed
   * @param valuesAlignment alignment with the authority's values
   * @param version the current version of the norms
   * @param agreements who agreed, when
   */
  public record Norms(
      @NotEmpty(groups = Launch.class) List<@Valid @NotNull Norm> norms,
      String developmentProcess,
      @NotBlank(groups = Launch.class) String valuesAlignment,
      @Positive Integer version,
      List<@Valid @NotNull NormAgreement> agreements) {}

  /**
   * A norm.
   *
   * @param text the norm
   * @param topics what it covers
   */
  public record Norm(@NotBlank String text, Set<@NotNull NormTopic> topics) {}

  /**
   * An agreement to the norms.
   *
   * @param memberId who agreed
   * @param version which version of the norms
   * @param agreedOn when
   */
  public record NormAgreement(
      @NotBlank String memberId, @Positive Integer version, @NotNull LocalDate agreedOn) {}

  /**
   * The practice element.
   *
   * @param launchPlan how meetings start and run
   * @param meetings the schedule
   * @param improvementWork improvement work
   * @param results results and celebration
   * @param reflections leaders' reflections
   */
  public record Practice(
      @Valid @NotNull(groups = Launch.class) LaunchPlan launchPlan,
      @NotEmpty(groups = Launch.class) List<@Valid @NotNull Meeting> meetings,
      List<@Valid ImprovementWork> improvementWork,
      @Valid Results results,
      List<@Valid Reflection> reflections) {}

  /**
   * The launch plan.
   *
   * @param launchDate the launch date
   * @param cadence the meeting frequency
   * @param meetingLength the planned length
   * @param format the format
   * @param place where in-person meetings happen
   * @param platform which platform virtual meetings use
   * @param standingAgendaItems standing agenda items
   * @param activityKinds kinds of activity
   * @param tools tools for knowledge and resources
   */
  public record LaunchPlan(
      @NotNull(groups = Launch.class) LocalDate launchDate,
      @Valid @NotNull(groups = Launch.class) Cadence cadence,
      @NotNull(groups = Launch.class) Duration meetingLength,
      @NotNull(groups = Launch.class) Format format,
      String place,
      String platform,
      List<@NotBlank String> standingAgendaItems,
      Set<@NotNull ActivityKind> activityKinds,
      @NotEmpty(groups = Launch.class) List<@Valid @NotNull Tool> tools) {}

  /**
   * Meeting frequency.
   *
   * @param kind the kind
   * @param intervalWeeks weeks between meetings
   * @param weekOfMonth week of the month
   * @param dayOfWeek day of the week
   */
  public record Cadence(
      @NotNull CadenceKind kind,
      @Positive Integer intervalWeeks,
      @Min(1) @Max(5) Integer weekOfMonth,
      Day dayOfWeek) {}

  /**
   * A tool.
   *
   * @param name its name
   * @param uses what it is used for
   */
  public record Tool(@NotBlank String name, Set<@NotNull ToolUse> uses) {}

  /**
   * A meeting.
   *
   * @param id its id
   * @param title its title
   * @param start when it starts
   * @param end when it ends
   * @param topics topics and activities
   * @param activities kinds of activity
   * @param guidingQuestions guiding questions
   * @param resources resources required
   * @param facilitator the facilitating member
   * @param includes feedback, reflection, celebration
   * @param attendance who attended
   */
  public record Meeting(
      @NotBlank String id,
      String title,
      @NotNull(groups = Launch.class) OffsetDateTime start,
      @NotNull(groups = Launch.class) OffsetDateTime end,
      @NotEmpty(groups = Launch.class) List<@NotBlank String> topics,
      Set<@NotNull ActivityKind> activities,
      List<@NotBlank String> guidingQuestions,
      List<@NotBlank String> resources,
      String facilitator,
      Set<@NotNull MeetingElement> includes,
      Set<@NotBlank String> attendance) {}

  /**
   * Improvement work on a problem of practice.
   *
   * @param problemOfPracticeId the problem worked on
   * @param aim the aim
   * @param measures the measures
   * @param cycles the inquiry cycles
   */
  public record ImprovementWork(
      @NotBlank String problemOfPracticeId,
      @Valid Aim aim,
      List<@Valid Measure> measures,
      List<@Valid InquiryCycle> cycles) {}

  /**
   * An aim.
   *
   * @param statement the aim
   * @param measure how it is measured
   * @param target the target
   * @param by by when
   */
  public record Aim(@NotBlank String statement, String measure, String target, LocalDate by) {}

  /**
   * A measure.
   *
   * @param name its name
   * @param kind its kind
   * @param description what it measures
   */
  public record Measure(@NotBlank String name, @NotNull MeasureKind kind, String description) {}

  /**
   * An inquiry cycle.
   *
   * @param id its id
   * @param question the question
   * @param prediction the prediction
   * @param done what was done
   * @param study what was learned
   * @param decision adopt, adapt or abandon
   * @param startedOn when it started
   * @param completedOn when it completed
   */
  public record InquiryCycle(
      @NotBlank String id,
      String question,
      String prediction,
      String done,
      String study,
      CycleDecision decision,
      LocalDate startedOn,
      LocalDate completedOn) {}

  /**
   * Results and celebration.
   *
   * @param feedbackMethods how feedback is gathered
   * @param plannedEvidence evidence planned
   * @param collectedEvidence evidence collected
   * @param successCriteria how success is known
   * @param legacy the legacy
   * @param celebrations celebrations
   */
  public record Results(
      List<@Valid @NotNull FeedbackMethod> feedbackMethods,
      List<@Valid @NotNull Evidence> plannedEvidence,
      List<@Valid @NotNull Evidence> collectedEvidence,
      String successCriteria,
      @Valid Legacy legacy,
      List<@Valid @NotNull Celebration> celebrations) {}

  /**
   * A feedback method.
   *
   * @param description the method
   * @param schedule when it is used
   */
  public record FeedbackMethod(@NotBlank String description, String schedule) {}

  /**
   * A piece of evidence.
   *
   * @param kind its kind
   * @param purposeType the purpose type it shows
   * @param description what it is
   * @param collectedOn when it was collected
   */
  public record Evidence(
      @NotNull EvidenceKind kind,
      PurposeType purposeType,
      @NotBlank String description,
      LocalDate collectedOn) {}

  /**
   * The legacy.
   *
   * @param description what it is
   * @param stakeholders who hears of it
   * @param communication how it is shared
   */
  public record Legacy(
      @NotBlank String description, List<@NotBlank String> stakeholders, String communication) {}

  /**
   * A celebration.
   *
   * @param description what it is
   * @param on when
   */
  public record Celebration(@NotBlank String description, LocalDate on) {}

  /**
   * A leader's reflection.
   *
   * @param memberId who reflects
   * @param newLearning new learning
   * @param application how it translates into practice
   * @param selfReflectivePractices self-reflective practices
   * @param competencies competencies of a standard
   */
  public record Reflection(
      @NotBlank String memberId,
      String newLearning,
      String application,
      List<@NotBlank String> selfReflectivePractices,
      List<@Valid @NotNull CompetencyRef> competencies) {}

  /**
   * A competency of a professional standard.
   *
   * @param frameworkId the standard
   * @param competencyId the competency
   */
  public record CompetencyRef(@NotBlank String frameworkId, @NotBlank String competencyId) {}

  /**
   * Further application.
   *
   * @param otherUses other uses
   * @param adaptableTeams teams that could be adapted
   */
  public record FurtherApplication(
      List<@Valid @NotNull OtherUse> otherUses, List<@NotBlank String> adaptableTeams) {}

  /**
   * Another use of the model.
   *
   * @param description where
   * @param purposeTypes for which purposes
   */
  public record OtherUse(@NotBlank String description, Set<@NotNull PurposeType> purposeTypes) {}
}
