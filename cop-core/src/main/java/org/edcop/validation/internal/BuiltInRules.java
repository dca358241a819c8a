package org.edcop.validation.internal;

import static org.edcop.validation.internal.BuiltInRule.rule;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.edcop.standards.StandardsCatalog;
import org.edcop.validation.Section;
import org.edcop.validation.Severity;
import org.edcop.validation.Stage;

/**
 * The catalogue of built-in rules, in catalogue order: integrity rules first, then the others by
 * guide section. Each entry holds a rule's id, section, stage, default severity, what it checks,
 * the path it reports, how to fix it, and the check; {@code docs/rules.md} is generated from these
 * entries.
 */
public final class BuiltInRules {

  private static final AtomicInteger SETS_BUILT = new AtomicInteger();

  private BuiltInRules() {}

  /**
   * How many times this class loader has built the set of built-in rules, which happens once per
   * validator built. Lets a test check that the shared default validator is set up once per
   * process, not once per call.
   *
   * @return the number of rule sets built so far
   */
  public static int setsBuilt() {
    return SETS_BUILT.get();
  }

  /**
   * Every built-in rule, with the competency rule checking against a catalog.
   *
   * @param standards the professional standards reflections may name
   * @return the rules in catalogue order
   */
  public static List<BuiltInRule> all(StandardsCatalog standards) {
    SETS_BUILT.incrementAndGet();
    return List.of(
        rule("integrity.lifecycle-dates-order", Section.COMMUNITY, Stage.DRAFT, Severity.ERROR)
            .description(
                "The plan is launched no earlier than it was created and closed no earlier than it was"
                    + " launched or created.")
            .checks(
                "The plan's own dates run forwards: `launchedOn` is not before "
                    + "`createdOn`, and `closedOn` is not before `launchedOn` (or `createdOn` "
                    + "when there is no launch date).")
            .path("`/launchedOn` or `/closedOn`")
            .fix("Correct the date that is out of order.")
            .by(new IntegrityRules.LifecycleDatesOrder()),
        rule("integrity.problem-id-duplicate", Section.PURPOSE, Stage.DRAFT, Severity.ERROR)
            .description("Every problem of practice has an id no other problem of practice uses.")
            .checks(
                "No two problems of practice share an id (improvement work refers to them "
                    + "by id).")
            .path("`/domain/problemsOfPractice/{i}/id` of each later duplicate")
            .fix("Give each problem of practice its own id.")
            .by(new IntegrityRules.ProblemIdDuplicate()),
        rule("integrity.member-id-duplicate", Section.MEMBERSHIP, Stage.DRAFT, Severity.ERROR)
            .description("Every member id is used by one roster entry only.")
            .checks(
                "No two roster entries share a member id. Later entries with an id "
                    + "already used are reported; the first one is the one references resolve "
                    + "to.")
            .path("`/community/membership/members/{i}/id` of each later duplicate")
            .fix("Give each person their own id, or merge the two entries.")
            .by(new IntegrityRules.MemberIdDuplicate()),
        rule(
                "integrity.member-reference-unresolved",
                Section.MEMBERSHIP,
                Stage.DRAFT,
                Severity.ERROR)
            .description("Every reference to a member names an id on the roster.")
            .checks(
                "Every member id the plan refers to is on the roster: required members, "
                    + "leaders, norm agreements, meeting facilitators, meeting attendance, "
                    + "reflections.")
            .path(
                "the reference, e.g. `/community/leadership/leaders/{i}/memberId`, "
                    + "`/practice/meetings/{i}/attendance/{j}` (attendance in listed order)")
            .fix("Add the person to the roster, or correct the id.")
            .by(new IntegrityRules.MemberReferenceUnresolved()),
        rule("integrity.ideal-size-range", Section.MEMBERSHIP, Stage.DRAFT, Severity.ERROR)
            .description("The ideal size's minimum is zero or more and not above its maximum.")
            .checks(
                "The ideal size's minimum is zero or more and not larger than its " + "maximum.")
            .path(
                "`/community/membership/idealSize` (min above max) or "
                    + "`/community/membership/idealSize/min` (negative)")
            .fix("Swap or correct the two numbers.")
            .by(new IntegrityRules.IdealSizeRange()),
        rule("integrity.norms-version-range", Section.NORMS, Stage.DRAFT, Severity.ERROR)
            .description(
                "The norms' version is 1 or more, and every agreement is to a version from 1 up to the"
                    + " current one.")
            .checks(
                "The norms' version is 1 or more, and each agreement is to a version "
                    + "between 1 and the current one.")
            .path("`/community/norms/version` or `/community/norms/agreements/{i}/version`")
            .fix("Correct the version number.")
            .by(new IntegrityRules.NormsVersionRange()),
        rule("integrity.meeting-length-range", Section.LAUNCH, Stage.DRAFT, Severity.ERROR)
            .description("The planned meeting length, when given, is longer than zero.")
            .checks("The planned meeting length, when given, is longer than zero.")
            .path("`/practice/launchPlan/meetingLength`")
            .fix("Enter how long meetings last.")
            .by(new IntegrityRules.MeetingLengthRange()),
        rule("integrity.cadence-range", Section.LAUNCH, Stage.DRAFT, Severity.ERROR)
            .description(
                "A cadence's interval is at least one week and its week of the month is 1 to 5.")
            .checks(
                "A cadence's `intervalWeeks` is at least 1 and its `weekOfMonth` is 1 to "
                    + "5 (5 = the last such weekday of the month).")
            .path("`/practice/launchPlan/cadence/intervalWeeks` or `.../weekOfMonth`")
            .fix("Correct the number.")
            .by(new IntegrityRules.CadenceRange()),
        rule(
                "integrity.meeting-id-duplicate",
                Section.COLLABORATIVE_PLAN,
                Stage.DRAFT,
                Severity.ERROR)
            .description("Every meeting has an id no other meeting uses.")
            .checks("No two meetings share an id.")
            .path("`/practice/meetings/{i}/id` of each later duplicate")
            .fix("Give each meeting its own id.")
            .by(new IntegrityRules.MeetingIdDuplicate()),
        rule(
                "integrity.meeting-ends-before-start",
                Section.COLLABORATIVE_PLAN,
                Stage.DRAFT,
                Severity.ERROR)
            .description("A meeting that has a start and an end ends strictly after it starts.")
            .checks("A meeting with a start and an end ends strictly after it starts.")
            .path("`/practice/meetings/{i}/end`")
            .fix("Correct the start or the end.")
            .by(new IntegrityRules.MeetingEndsBeforeStart()),
        rule("integrity.meetings-overlap", Section.COLLABORATIVE_PLAN, Stage.DRAFT, Severity.ERROR)
            .description("No two meetings overlap in time (one may start when another ends).")
            .checks(
                "No two meetings overlap in time; one may start at the instant another "
                    + "ends. Meetings are swept once in start order; each meeting that starts "
                    + "before the latest end so far is reported once, naming the meeting it "
                    + "overlaps.")
            .path("`/practice/meetings/{i}/start` of the later meeting")
            .fix("Move one of the meetings.")
            .by(new IntegrityRules.MeetingsOverlap()),
        rule(
                "integrity.problem-reference-unresolved",
                Section.IMPROVEMENT,
                Stage.DRAFT,
                Severity.ERROR)
            .description(
                "Every piece of improvement work names a problem of practice listed in the domain.")
            .checks(
                "Each piece of improvement work names a problem of practice the domain " + "lists.")
            .path("`/practice/improvementWork/{i}/problemOfPracticeId`")
            .fix("Add the problem of practice to the domain, or correct the id.")
            .by(new IntegrityRules.ProblemReferenceUnresolved()),
        rule("integrity.cycle-id-duplicate", Section.IMPROVEMENT, Stage.DRAFT, Severity.ERROR)
            .description("The inquiry cycles of one piece of improvement work have distinct ids.")
            .checks(
                "No two inquiry cycles of the same piece of improvement work share an id "
                    + "(nothing refers to a cycle from elsewhere, so two pieces of work may "
                    + "each have a cycle `C1`).")
            .path("`/practice/improvementWork/{i}/cycles/{j}/id` of each later duplicate")
            .fix("Give each cycle its own id.")
            .by(new IntegrityRules.CycleIdDuplicate()),
        rule("integrity.cycle-dates-order", Section.IMPROVEMENT, Stage.DRAFT, Severity.ERROR)
            .description("An inquiry cycle's completion date is not before its start date.")
            .checks("An inquiry cycle is not completed before it started.")
            .path("`/practice/improvementWork/{i}/cycles/{j}/completedOn`")
            .fix("Correct one of the two dates.")
            .by(new IntegrityRules.CycleDatesOrder()),
        rule("integrity.history-order", Section.MEMBERSHIP, Stage.DRAFT, Severity.ERROR)
            .description("Each member's tier history and status history are listed oldest first.")
            .checks(
                "Each member's `tierHistory` and `statusHistory` are listed oldest first. "
                    + "A change dated before the one listed above it is reported (message "
                    + "variants `tier`, `status`).")
            .path(
                "`/community/membership/members/{i}/tierHistory/{j}/effectiveOn` or "
                    + "`.../statusHistory/{j}/effectiveOn`")
            .fix("List the changes in date order, with the right dates.")
            .by(new RunningRules.HistoryOrder()),
        rule(
                "integrity.action-owner-unresolved",
                Section.COLLABORATIVE_PLAN,
                Stage.DRAFT,
                Severity.ERROR)
            .description("Every action item's owner is a member id on the roster.")
            .checks(
                "Every action item's `owner` is a member id on the roster (arguments "
                    + "`meeting`, `member`).")
            .path("`/practice/meetings/{i}/actionItems/{j}/owner`")
            .fix("Add the person to the roster or correct the owner.")
            .by(new RecordRules.ActionOwnerUnresolved()),
        rule(
                "integrity.action-due-before-meeting",
                Section.COLLABORATIVE_PLAN,
                Stage.DRAFT,
                Severity.ERROR)
            .description("No action item is due before the day of the meeting that agreed it.")
            .checks(
                "No action item's `dueOn` falls before the day of its meeting's start in "
                    + "the plan's time zone (arguments `meeting`, `dueOn`, `date`). Meetings "
                    + "without a start are not checked.")
            .path("`/practice/meetings/{i}/actionItems/{j}/dueOn`")
            .fix("Correct the due date.")
            .by(new RecordRules.ActionDueBeforeMeeting()),
        rule("integrity.story-evidence-unresolved", Section.RESULTS, Stage.DRAFT, Severity.ERROR)
            .description(
                "Every evidence id a value story cites is the id of planned or collected evidence.")
            .checks(
                "Every id in a value story's `evidence` is the `id` of a planned or "
                    + "collected piece of evidence (argument `evidence`).")
            .path("`/practice/results/valueStories/{i}/evidence/{j}`")
            .fix("Correct the id, or record the evidence with that id.")
            .by(new RecordRules.StoryEvidenceUnresolved()),
        rule("integrity.record-member-unresolved", Section.RESULTS, Stage.DRAFT, Severity.ERROR)
            .description(
                "Every value story's author and every resource's contributor is a member id on the"
                    + " roster.")
            .checks(
                "Every resource's `contributor` and every value story's `author` is a "
                    + "member id on the roster (variants `contributor` with arguments `member`, "
                    + "`title`; `author` with `member`).")
            .path(
                "`/practice/resourceBank/{i}/contributor` or "
                    + "`/practice/results/valueStories/{i}/author`")
            .fix("Add the person to the roster or correct the id.")
            .by(new RecordRules.RecordMemberUnresolved()),
        rule("community.still-planning", Section.COMMUNITY, Stage.RUNNING, Severity.WARNING)
            .description(
                "A plan with meetings before the as-of date is no longer in status 'planning'.")
            .checks(
                "A plan whose meetings have begun (a meeting before the as-of date) is no "
                    + "longer in status `planning`.")
            .path("`/status`")
            .fix("Set the status to `launched` and record `launchedOn`.")
            .by(new RunningRules.StillPlanning()),
        rule("community.launched-on-missing", Section.COMMUNITY, Stage.RUNNING, Severity.WARNING)
            .description("A plan in status 'launched' or 'closed' records the day it launched.")
            .checks("A plan in status `launched` or `closed` records `launchedOn`.")
            .path("`/launchedOn`")
            .fix("Record the day the community launched.")
            .by(new RunningRules.LaunchedOnMissing()),
        rule("community.launched-after-as-of", Section.COMMUNITY, Stage.RUNNING, Severity.WARNING)
            .description("The recorded launch day is not after the as-of date.")
            .checks(
                "`launchedOn` is not after the as-of date (a launch day records something "
                    + "that has happened). Quiet without an as-of date.")
            .path("`/launchedOn`")
            .fix("Correct the launch day, or validate as of a later day.")
            .by(new RunningRules.LaunchedAfterAsOf()),
        rule("community.launch-date-mismatch", Section.COMMUNITY, Stage.RUNNING, Severity.WARNING)
            .description(
                "The recorded launch day is the launch plan's date (or the launch plan is updated).")
            .checks(
                "`launchedOn` equals the launch plan's `launchDate` when both are " + "recorded.")
            .path("`/launchedOn`")
            .fix(
                "Correct one of the two dates, or update the launch plan to the day the "
                    + "community really started.")
            .by(new RunningRules.LaunchDateMismatch()),
        rule("purpose.statement-incomplete", Section.PURPOSE, Stage.LAUNCH, Severity.ERROR)
            .description(
                "The purpose statement names its audience, their shared interest or concern, and what"
                    + " they commit to learn together.")
            .checks(
                "The three parts of the purpose statement are present and not blank: who "
                    + "the community is for, their shared interest or concern, and what they "
                    + "commit to learn together how best to do. One finding per missing part.")
            .path(
                "`/domain/purpose/statement/audience`, `.../sharedConcern`, " + "`.../commitment`")
            .fix("Write the missing part.")
            .by(new PurposeRules.StatementIncomplete()),
        rule("purpose.type-missing", Section.PURPOSE, Stage.LAUNCH, Severity.ERROR)
            .description(
                "At least one purpose type is chosen, or a purpose of the community's own is described.")
            .checks("At least one purpose type is chosen, or a custom purpose is described.")
            .path("`/domain/purpose/types`")
            .fix(
                "Choose a purpose type (sharing knowledge, shared learning, ...) or "
                    + "describe the community's own purpose.")
            .by(new PurposeRules.TypeMissing()),
        rule("purpose.shared-interest-missing", Section.PURPOSE, Stage.LAUNCH, Severity.WARNING)
            .description(
                "The domain states the area of interest, concern or competence the members share.")
            .checks("The domain states the shared area of interest, concern or competence.")
            .fix("Describe the domain.")
            .whenBlank("/domain/sharedInterest", p -> p.plan().getDomain().getSharedInterest()),
        rule("purpose.problem-of-practice-missing", Section.PURPOSE, Stage.LAUNCH, Severity.WARNING)
            .description(
                "An equity-centred community, or one whose purpose is solving problems of practice,"
                    + " names at least one problem of practice.")
            .checks(
                "An equity-centred community (`equityCentred`) names at least one problem "
                    + "of practice; so does a community whose purpose types include solving "
                    + "problems of practice (variant `solving`). A warning: a cohort may choose "
                    + "its problem in its first meetings. Once those are past it becomes an "
                    + "error through `purpose.problem-of-practice-overdue`.")
            .path("`/domain/problemsOfPractice`")
            .fix("Add the problem(s) of practice the community works on.")
            .by(new PurposeRules.ProblemOfPracticeMissing()),
        rule("purpose.problem-of-practice-overdue", Section.PURPOSE, Stage.RUNNING, Severity.ERROR)
            .description(
                "An equity-centred community has named a problem of practice once its first meetings"
                    + " (policy, default 2) are past.")
            .checks(
                "An equity-centred community names a problem of practice once "
                    + "`problemOfPracticeAfterMeetings` meetings (default 2) are before the "
                    + "as-of date. Quiet without an as-of date.")
            .path("`/domain/problemsOfPractice`")
            .fix("Record the problem of practice the cohort chose in its first meetings.")
            .by(new RunningRules.ProblemOfPracticeOverdue()),
        rule("membership.core-missing", Section.MEMBERSHIP, Stage.LAUNCH, Severity.ERROR)
            .description(
                "At least one member belongs to the core group that energises and takes charge.")
            .checks("At least one distinct member is in the core tier.")
            .path("`/community/membership/members`")
            .fix("Name the core members who energise the community and take charge of it.")
            .by(new MembershipRules.CoreMissing()),
        rule("membership.core-too-large", Section.MEMBERSHIP, Stage.LAUNCH, Severity.WARNING)
            .description(
                "The core group is no larger than the policy's share of the headcount (default 30%),"
                    + " always allowing one person, or two when leadership is a team or shared.")
            .checks(
                "The core group has at most `floor(maxCoreShare x headcount)` people; 1 "
                    + "is always allowed, 2 when the leadership structure is a team or shared. "
                    + "Headcount = distinct members who are not transactional, facilitators or "
                    + "sponsors, and who have not declined or left.")
            .path("`/community/membership/members`")
            .fix("Move some core members to the active tier, or tune `maxCoreShare`.")
            .by(new MembershipRules.CoreTooLarge()),
        rule("membership.profile-missing", Section.MEMBERSHIP, Stage.LAUNCH, Severity.WARNING)
            .description("The plan describes who the ideal members are.")
            .checks("An ideal-member profile is described.")
            .fix("Describe who the community is looking for.")
            .whenBlank(
                "/community/membership/idealMemberProfile",
                p -> p.plan().getCommunity().getMembership().getIdealMemberProfile()),
        rule("membership.ideal-size-missing", Section.MEMBERSHIP, Stage.LAUNCH, Severity.WARNING)
            .description("The plan records the community's ideal size as a range.")
            .checks("An ideal size range is recorded.")
            .fix("Give the smallest and largest number of members that would work.")
            .whenAbsent(
                "/community/membership/idealSize",
                p -> p.plan().getCommunity().getMembership().getIdealSize()),
        rule(
                "membership.ideal-size-unrealistic",
                Section.MEMBERSHIP,
                Stage.LAUNCH,
                Severity.WARNING)
            .description(
                "The ideal size lies within the policy's bounds (default 3 to 150 people).")
            .checks(
                "The ideal size lies within the policy's `idealSizeFloor` and "
                    + "`idealSizeCeiling` (default 3 to 150). Skipped when the range itself is "
                    + "invalid (see `integrity.ideal-size-range`).")
            .path("`/community/membership/idealSize/min` or `.../max`")
            .fix("Revise the ideal size, or tune the bounds.")
            .by(new MembershipRules.IdealSizeUnrealistic()),
        rule("membership.size-outside-ideal", Section.MEMBERSHIP, Stage.LAUNCH, Severity.WARNING)
            .description(
                "The number of members (transactional participants excluded) lies within the ideal"
                    + " size.")
            .checks(
                "The headcount (distinct members, transactional participants excluded) "
                    + "lies within the ideal size. Skipped when the range is missing or "
                    + "invalid.")
            .path("`/community/membership/members`")
            .fix(
                "Invite more members, revise the ideal size, or consider splitting the "
                    + "community.")
            .by(new MembershipRules.SizeOutsideIdeal()),
        rule("membership.required-member-missing", Section.MEMBERSHIP, Stage.LAUNCH, Severity.ERROR)
            .description(
                "Every person who must be a member for the purpose to be reached is on the roster, and"
                    + " not only as a transactional participant.")
            .checks(
                "Each required member is linked to a roster entry (`memberId`) and that "
                    + "entry is a member proper, not a transactional participant. A link to "
                    + "nobody is `integrity.member-reference-unresolved`.")
            .path(
                "`/community/membership/requiredMembers/{i}` (no link) or "
                    + "`.../requiredMembers/{i}/memberId` (transactional)")
            .fix("Add the person to the roster as a member and link their id.")
            .by(new MembershipRules.RequiredMemberMissing()),
        rule(
                "membership.decision-maker-missing",
                Section.MEMBERSHIP,
                Stage.LAUNCH,
                Severity.WARNING)
            .description(
                "When the purpose leads to a decision (gathering feedback for a decision, advancing"
                    + " initiatives, implementing a change), a core, active or occasional member makes"
                    + " that decision, or the route to an outside decision-maker is recorded.")
            .checks(
                "When a purpose type leads to a decision (gathering feedback for a plan "
                    + "or decision, advancing initiatives, implementing a change), a core, "
                    + "active or occasional member (counted, not a facilitator or sponsor) is "
                    + "marked `decisionMaker`, or `membership.decisionRoute` records how the "
                    + "community's recommendations reach a decision-maker outside it.")
            .path("`/community/membership/members`")
            .fix("Invite someone who makes the decision, or record the route to them.")
            .by(new MembershipRules.DecisionMakerMissing()),
        rule("membership.not-role-alike", Section.MEMBERSHIP, Stage.LAUNCH, Severity.WARNING)
            .description(
                "In a role-alike cohort every member has a role category, and the same one as most"
                    + " members.")
            .checks(
                "In a cohort whose `cohortType` is `role-alike`, every member proper "
                    + "(facilitators and sponsors aside) has a `person.roleCategory` (variant "
                    + "`unknown`), and it is the category most members have.")
            .path("`/community/membership/members/{i}/person/roleCategory`")
            .fix(
                "Check the person's role, or record them as a facilitator or sponsor "
                    + "(`kind`).")
            .by(new MembershipRules.NotRoleAlike()),
        rule("membership.invitation-missing", Section.MEMBERSHIP, Stage.LAUNCH, Severity.WARNING)
            .description("The plan records how people will be invited to join.")
            .checks("How people will be invited is recorded.")
            .fix("Record the invitation approach.")
            .whenBlank(
                "/community/membership/invitationApproach",
                p -> p.plan().getCommunity().getMembership().getInvitationApproach()),
        rule("membership.tier-drift", Section.MEMBERSHIP, Stage.RUNNING, Severity.INFO)
            .description(
                "A member's recent attendance fits their tier; otherwise a tier change is suggested for"
                    + " a person to confirm.")
            .checks(
                "A member's recent attendance fits their tier (see "
                    + "`docs/participation.md`): a core or active member who missed at least "
                    + "`participation.driftAbsenceShare` of their last "
                    + "`participation.recentMeetings` meetings is suggested one tier lower "
                    + "(core to active, active to occasional; variant `down`); an occasional or "
                    + "peripheral member who attended at least "
                    + "`participation.driftAttendanceShare` of them is suggested active "
                    + "(variant `up`). Only members joined on the as-of date with at least "
                    + "`participation.driftMinimumMeetings` meetings in their window are "
                    + "judged. Arguments `member`, `tier`, `suggestedTier`, `attended`, "
                    + "`missed`, `held`. Quiet without an as-of date. The suggestion never "
                    + "changes the plan.")
            .path("`/community/membership/members/{i}/tier`")
            .fix(
                "Talk with the member; if the tier changed, record a dated `tierHistory` "
                    + "entry and set the new tier.")
            .by(new RecordRules.TierDrift()),
        rule("leadership.leader-missing", Section.LEADERSHIP, Stage.LAUNCH, Severity.ERROR)
            .description("The community has at least one leader.")
            .checks("The community has at least one leader.")
            .fix("Name a leader from among the members.")
            .whenEmpty(
                "/community/leadership/leaders",
                p -> p.plan().getCommunity().getLeadership().getLeaders()),
        rule("leadership.structure-missing", Section.LEADERSHIP, Stage.LAUNCH, Severity.WARNING)
            .description(
                "The plan says whether one leader, a leadership team or the members together lead.")
            .checks("The leadership structure is chosen.")
            .fix("Choose single leader, leadership team or shared.")
            .whenAbsent(
                "/community/leadership/structure",
                p -> p.plan().getCommunity().getLeadership().getStructure()),
        rule("leadership.structure-mismatch", Section.LEADERSHIP, Stage.LAUNCH, Severity.WARNING)
            .description(
                "The structure agrees with the leaders: one person for a single leader, two or more for"
                    + " a team or shared leadership.")
            .checks(
                "The structure agrees with the leaders (distinct member ids): "
                    + "`single-leader` is exactly one person; `leadership-team` and `shared` "
                    + "are two or more. Checked once there are leaders and a structure.")
            .path("`/community/leadership/structure`")
            .fix("Add or remove leaders, or choose the structure that matches.")
            .by(new LeadershipRules.StructureMismatch()),
        rule("leadership.duty-uncovered", Section.LEADERSHIP, Stage.LAUNCH, Severity.WARNING)
            .description(
                "Each leadership duty is assigned to at least one leader, one finding per duty; the"
                    + " decision-making duty only when the purpose involves a decision or a norm covers"
                    + " decisions (checked once there is a leader).")
            .checks(
                "Each leadership duty is assigned to at least one leader; one finding per "
                    + "uncovered duty (argument `duty`, a kebab-case code). The duty "
                    + "`facilitate-decisions` is due only \"if required\": when a purpose type "
                    + "leads to a decision (gathering feedback, advancing initiatives, "
                    + "implementing a change) or a norm covers `decisions`. Checked once there "
                    + "is a leader.")
            .path("`/community/leadership/leaders`")
            .fix("Assign the duty to a leader.")
            .by(new LeadershipRules.DutyUncovered()),
        rule("leadership.leader-tier", Section.LEADERSHIP, Stage.LAUNCH, Severity.ERROR)
            .description(
                "Every leader is a core or active member or a facilitator or sponsor from outside the"
                    + " tiers, never a transactional participant (occasional and peripheral leaders one"
                    + " severity lower).")
            .checks(
                "Every leader found on the roster is a core or active member, or a "
                    + "facilitator or sponsor from outside the tiers (`kind`, e.g. 21CSLA "
                    + "academy staff). A transactional leader is an `error` (variant "
                    + "`transactional`); an occasional or peripheral leader is one severity "
                    + "lower, a `warning` (variant `engagement`; argument `tier`).")
            .path("`/community/leadership/leaders/{i}/memberId`")
            .fix("Change the member's tier, or choose another leader.")
            .by(new LeadershipRules.LeaderTier()),
        rule("leadership.communication-missing", Section.LEADERSHIP, Stage.LAUNCH, Severity.WARNING)
            .description("The plan records how the leadership structure is made known to members.")
            .checks("How the leadership structure is made known to members is recorded.")
            .fix("Record how it is communicated.")
            .whenBlank(
                "/community/leadership/communication",
                p -> p.plan().getCommunity().getLeadership().getCommunication()),
        rule("leadership.support-missing", Section.LEADERSHIP, Stage.LAUNCH, Severity.WARNING)
            .description("The plan records how the community's leaders will be supported.")
            .checks("How leaders are supported is recorded.")
            .fix("Record the support leaders receive.")
            .whenBlank(
                "/community/leadership/support",
                p -> p.plan().getCommunity().getLeadership().getSupport()),
        rule("norms.norm-missing", Section.NORMS, Stage.LAUNCH, Severity.ERROR)
            .description(
                "The plan has at least one norm, or records how the members will develop them.")
            .checks(
                "The plan has at least one norm, or a process for developing them "
                    + "(`developmentProcess`).")
            .path("`/community/norms/norms`")
            .fix("Write norms, or record how the members will develop them.")
            .by(new NormsRules.NormMissing()),
        rule("norms.topic-uncovered", Section.NORMS, Stage.LAUNCH, Severity.WARNING)
            .description(
                "Each of the seven norm topics is covered by at least one norm (checked once there are"
                    + " norms).")
            .checks(
                "Each of the seven norm topics is covered by some norm; one finding per "
                    + "topic (argument `topic`). Checked once there are norms.")
            .path("`/community/norms/norms`")
            .fix("Add a norm on the topic or extend one.")
            .by(new NormsRules.TopicUncovered()),
        rule("norms.agreement-missing", Section.NORMS, Stage.RUNNING, Severity.ERROR)
            .description(
                "Every member except transactional participants has agreed to the current version of"
                    + " the norms (checked once there are norms; occasional and peripheral members one"
                    + " severity lower).")
            .checks(
                "Every distinct member except transactional participants has agreed to "
                    + "the current `version` of the norms; an agreement to an older version is "
                    + "reported as outdated. Core and active members at the rule's severity; "
                    + "occasional and peripheral members one severity lower (`warning`). Due "
                    + "from the running stage: at launch, drafted norms or a recorded "
                    + "development process are enough (`norms.norm-missing`), and the agreement "
                    + "is an open question. People who declined or left (as of the date) are "
                    + "not asked; validated as of a date, members who joined after the last "
                    + "agreement are left to `norms.newcomer-not-agreed`.")
            .path("`/community/norms/agreements`")
            .fix("Share the current norms and record each member's agreement.")
            .by(new NormsRules.AgreementMissing()),
        rule("norms.newcomer-not-agreed", Section.NORMS, Stage.RUNNING, Severity.ERROR)
            .description(
                "A member who joined after the last norm agreement has agreed to the current norms once"
                    + " their first meeting is past (occasional and peripheral members one severity"
                    + " lower).")
            .checks(
                "A member proper who joined (`statusHistory`) after the community last "
                    + "agreed its norms (the first agreement to the current version) has agreed "
                    + "to the current version once their first meeting on or after the day they "
                    + "joined is before the as-of date. Core and active members at the rule's "
                    + "severity; occasional and peripheral members one severity lower "
                    + "(`warning`). People who declined or left are not asked. Quiet without an "
                    + "as-of date.")
            .path("`/community/norms/agreements`")
            .fix("Share the norms with the newcomer and record their agreement.")
            .by(new NormsRules.NewcomerNotAgreed()),
        rule("norms.values-alignment-missing", Section.NORMS, Stage.LAUNCH, Severity.WARNING)
            .description("The plan states how the norms align with the school authority's values.")
            .checks("How the norms align with the school authority's values is stated.")
            .fix("Describe the alignment.")
            .whenBlank(
                "/community/norms/valuesAlignment",
                p -> p.plan().getCommunity().getNorms().getValuesAlignment()),
        rule("launch.date-missing", Section.LAUNCH, Stage.LAUNCH, Severity.ERROR)
            .description("The launch plan sets a launch date.")
            .checks("A launch date is set.")
            .fix("Choose the launch date.")
            .whenAbsent(
                "/practice/launchPlan/launchDate",
                p -> p.plan().getPractice().getLaunchPlan().getLaunchDate()),
        rule("launch.date-after-first-meeting", Section.LAUNCH, Stage.LAUNCH, Severity.ERROR)
            .description(
                "The launch date is no later than the day of the first meeting, so no meeting falls"
                    + " before launch.")
            .checks(
                "The launch date is not after the date (in the plan's time zone) of the "
                    + "earliest meeting; the launch may be the first meeting. One finding "
                    + "naming the first meeting and how many meetings fall before launch.")
            .path("`/practice/launchPlan/launchDate`")
            .fix("Move the launch date or the meetings.")
            .by(new LaunchRules.DateAfterFirstMeeting()),
        rule("launch.cadence-missing", Section.LAUNCH, Stage.LAUNCH, Severity.ERROR)
            .description(
                "The launch plan sets how often the community meets (for every-n-weeks, how many"
                    + " weeks).")
            .checks("A cadence is set; an every-n-weeks cadence says how many weeks.")
            .path("`/practice/launchPlan/cadence` or `.../cadence/intervalWeeks`")
            .fix("Set the meeting frequency.")
            .by(new LaunchRules.CadenceMissing()),
        rule("launch.length-missing", Section.LAUNCH, Stage.LAUNCH, Severity.ERROR)
            .description("The launch plan sets how long meetings last.")
            .checks("A meeting length is set.")
            .fix("Set how long meetings last.")
            .whenAbsent(
                "/practice/launchPlan/meetingLength",
                p -> p.plan().getPractice().getLaunchPlan().getMeetingLength()),
        rule("launch.format-missing", Section.LAUNCH, Stage.LAUNCH, Severity.ERROR)
            .description("The launch plan says whether meetings are in person, virtual or hybrid.")
            .checks("The format (in person, virtual, hybrid) is set.")
            .fix("Choose the format.")
            .whenAbsent(
                "/practice/launchPlan/format",
                p -> p.plan().getPractice().getLaunchPlan().getFormat()),
        rule("launch.place-missing", Section.LAUNCH, Stage.LAUNCH, Severity.ERROR)
            .description("In-person and hybrid meetings have a place to meet.")
            .checks("In-person and hybrid meetings have a place.")
            .path("`/practice/launchPlan/place`")
            .fix("Name the place.")
            .by(new LaunchRules.PlaceMissing()),
        rule("launch.platform-missing", Section.LAUNCH, Stage.LAUNCH, Severity.ERROR)
            .description("Virtual and hybrid meetings have an online platform.")
            .checks("Virtual and hybrid meetings have a platform.")
            .path("`/practice/launchPlan/platform`")
            .fix("Name the platform.")
            .by(new LaunchRules.PlatformMissing()),
        rule("launch.content-missing", Section.LAUNCH, Stage.LAUNCH, Severity.WARNING)
            .description(
                "The launch plan sketches meeting content: standing agenda items or kinds of activity.")
            .checks(
                "Meeting content is sketched: at least one standing agenda item or kind "
                    + "of activity.")
            .path("`/practice/launchPlan/activityKinds`")
            .fix("Add standing agenda items or activity kinds.")
            .by(new LaunchRules.ContentMissing()),
        rule("launch.tool-missing", Section.LAUNCH, Stage.LAUNCH, Severity.WARNING)
            .description(
                "The launch plan names a tool for gathering knowledge, one for sharing resources"
                    + " and one for keeping legacy items (it may be the same tool).")
            .checks(
                "Some tool is used for `gathering-knowledge`, some tool for `sharing-resources`"
                    + " and some tool for `keeping-legacy` (one finding per missing use, argument"
                    + " `use`).")
            .path("`/practice/launchPlan/tools`")
            .fix("Name the tool the community uses for it.")
            .by(new LaunchRules.ToolMissing()),
        rule(
                "collaborative-plan.meeting-missing",
                Section.COLLABORATIVE_PLAN,
                Stage.LAUNCH,
                Severity.ERROR)
            .description("The collaborative plan schedules at least one meeting.")
            .checks("At least one meeting is scheduled.")
            .fix("Add the meetings with their dates and topics.")
            .whenEmpty("/practice/meetings", PlanIndex::meetings),
        rule(
                "collaborative-plan.meeting-time-missing",
                Section.COLLABORATIVE_PLAN,
                Stage.LAUNCH,
                Severity.ERROR)
            .description("Every meeting has a start and an end date-time.")
            .checks("Every meeting has a start and an end.")
            .path("`/practice/meetings/{i}/start` or `.../end`")
            .fix("Set the missing time.")
            .by(new PlanRules.MeetingTimeMissing()),
        rule(
                "collaborative-plan.meeting-topic-missing",
                Section.COLLABORATIVE_PLAN,
                Stage.LAUNCH,
                Severity.ERROR)
            .description("Every meeting has at least one topic or activity.")
            .checks("Every meeting has at least one non-blank topic or an activity.")
            .path("`/practice/meetings/{i}/topics`")
            .fix("Add what the community will do in the meeting.")
            .by(new PlanRules.MeetingTopicMissing()),
        rule(
                "collaborative-plan.meeting-length-mismatch",
                Section.COLLABORATIVE_PLAN,
                Stage.LAUNCH,
                Severity.WARNING)
            .description(
                "Each meeting lasts the launch plan's meeting length, within the policy's tolerance"
                    + " (default 15 minutes).")
            .checks(
                "Each meeting with a valid start and end lasts the planned meeting "
                    + "length, give or take `meetingLengthTolerance` (default 15 minutes).")
            .path("`/practice/meetings/{i}/end`")
            .fix("Adjust the meeting, the planned length, or the tolerance.")
            .by(new PlanRules.MeetingLengthMismatch()),
        rule(
                "collaborative-plan.meeting-spacing-mismatch",
                Section.COLLABORATIVE_PLAN,
                Stage.LAUNCH,
                Severity.WARNING)
            .description(
                "Meetings follow the planned cadence within the policy's tolerance (default 3"
                    + " days), skip at most `maxSkippedPeriods` planned meetings in a row, and form"
                    + " a sustained series when the policy asks for one.")
            .checks(
                "Meetings (in series order, dates in the plan's time zone) follow the cadence"
                    + " within `spacingTolerance` (default 3 days). A meeting with"
                    + " `rescheduledFrom` is measured from that day, its place in the series, so"
                    + " a meeting moved off a closure is not a finding. Every n weeks: each gap is"
                    + " a whole number (1 or more) of periods. Monthly on the n-th weekday: each"
                    + " meeting falls on that weekday of its month (5 = last). Monthly on a"
                    + " weekday only: each meeting falls exactly on that weekday, in a month of"
                    + " its own. Monthly on a day of the month (`dayOfMonth`; the month's last"
                    + " day when it is shorter): each meeting falls on that day. Monthly without"
                    + " weekday or day: consecutive meetings fall in different months on about"
                    + " the same day of the month. Every n months: as monthly. Twice a month:"
                    + " each meeting falls on one of the two dates its month names (two n-th"
                    + " weekdays, or two `daysOfMonth`). Between two meetings at most"
                    + " `maxSkippedPeriods` (default 1) planned meetings may be skipped (variant"
                    + " `gap`, arguments `meeting`, `previous`, `skipped`, `maxSkipped`). With"
                    + " `sustainedSeriesMeetings` or `sustainedSeriesMonths` set (both 0 by"
                    + " default; the `21csla-cohort` preset asks for 4 meetings over 3 months), a"
                    + " series with fewer meetings, or spanning fewer whole months from its first"
                    + " meeting to its last, is one finding (variant `short`, arguments"
                    + " `meetings`, `months`, `minMeetings`, `minMonths`).")
            .path("`/practice/meetings/{i}/start`; `/practice/meetings` for a short series")
            .fix(
                "Move the meeting, schedule the skipped ones, or change the cadence (or the"
                    + " tolerance).")
            .by(new PlanRules.MeetingSpacingMismatch()),
        rule(
                "collaborative-plan.feedback-meeting-missing",
                Section.COLLABORATIVE_PLAN,
                Stage.LAUNCH,
                Severity.WARNING)
            .description(
                "Some meeting includes gathering feedback from the members, and some meeting includes"
                    + " reflecting on progress, checked separately (once there are meetings).")
            .checks(
                "Some meeting `includes` `feedback` (variant `feedback`), and some "
                    + "meeting includes `reflection` (variant `reflection`): gathering the "
                    + "members' feedback and reflecting on progress are checked separately. "
                    + "Checked once there are meetings.")
            .path("`/practice/meetings`")
            .fix("Plan a feedback or reflection moment in a meeting.")
            .by(new PlanRules.FeedbackMeetingMissing()),
        rule(
                "collaborative-plan.celebration-meeting-missing",
                Section.COLLABORATIVE_PLAN,
                Stage.LAUNCH,
                Severity.WARNING)
            .description(
                "At least one meeting includes celebrating the community's progress (checked once"
                    + " there are meetings).")
            .checks("Some meeting includes `celebration`. Checked once there are meetings.")
            .path("`/practice/meetings`")
            .fix("Plan a celebration.")
            .by(new PlanRules.CelebrationMeetingMissing()),
        rule(
                "collaborative-plan.facilitator-not-member",
                Section.COLLABORATIVE_PLAN,
                Stage.LAUNCH,
                Severity.WARNING)
            .description(
                "Every meeting's facilitator is a member of the community or a facilitator or sponsor"
                    + " from outside the tiers, not a transactional participant; one finding per person,"
                    + " at the first meeting they facilitate.")
            .checks(
                "A meeting's facilitator, when found on the roster, is a member or a "
                    + "facilitator or sponsor from outside the tiers (`kind`), not a "
                    + "transactional participant. One finding per person, at the first meeting "
                    + "they facilitate (argument `meetings`: how many). A facilitator not on "
                    + "the roster is `integrity.member-reference-unresolved`.")
            .path("`/practice/meetings/{i}/facilitator`")
            .fix("Choose a facilitator from among the members.")
            .by(new PlanRules.FacilitatorNotMember()),
        rule(
                "collaborative-plan.attendance-missing",
                Section.COLLABORATIVE_PLAN,
                Stage.RUNNING,
                Severity.WARNING)
            .description("Every meeting before the as-of date has its attendance recorded.")
            .checks(
                "Every meeting whose start (in the plan's time zone) is before the as-of "
                    + "date has its attendance recorded. Quiet without an as-of date.")
            .path("`/practice/meetings/{i}/attendance`")
            .fix("Record who attended.")
            .by(new RunningRules.AttendanceMissing()),
        rule(
                "collaborative-plan.next-meeting-unprepared",
                Section.COLLABORATIVE_PLAN,
                Stage.RUNNING,
                Severity.WARNING)
            .description(
                "A meeting coming within the policy's horizon (default 7 days) has an end time, a topic"
                    + " or activity, and a facilitator.")
            .checks(
                "Each meeting starting from the as-of date to `nextMeetingWithinDays` "
                    + "days later (default 7) has an end time (variant `time`), a topic or an "
                    + "activity (variant `topic`) and a facilitator (variant `facilitator`). "
                    + "Quiet without an as-of date.")
            .path("`/practice/meetings/{i}/end`, `.../topics`, `.../facilitator`")
            .fix("Finish preparing the meeting.")
            .by(new RunningRules.NextMeetingUnprepared()),
        rule(
                "collaborative-plan.action-overdue",
                Section.COLLABORATIVE_PLAN,
                Stage.RUNNING,
                Severity.WARNING)
            .description("No open action item is past its due date on the as-of date.")
            .checks(
                "No `open` action item has a `dueOn` before the as-of date (arguments "
                    + "`meeting`, `description`, `dueOn`, `asOf`). Quiet without an as-of date.")
            .path("`/practice/meetings/{i}/actionItems/{j}`")
            .fix("Follow the item up, or set its status to `done` or `dropped`.")
            .by(new RecordRules.ActionOverdue()),
        rule("improvement.aim-incomplete", Section.IMPROVEMENT, Stage.LAUNCH, Severity.WARNING)
            .description(
                "Each piece of improvement work has an aim that states a measure, a target and a date.")
            .checks(
                "Each piece of improvement work has an aim that states a measure, a "
                    + "target and a date (`by`).")
            .path(
                "`/practice/improvementWork/{i}/aim`, or `.../aim/measure`, "
                    + "`.../aim/target`, `.../aim/by`")
            .fix("Complete the aim.")
            .by(new ImprovementRules.AimIncomplete()),
        rule("improvement.prediction-missing", Section.IMPROVEMENT, Stage.LAUNCH, Severity.WARNING)
            .description(
                "An inquiry cycle that records what was done also records the prediction made before"
                    + " doing it.")
            .checks(
                "An inquiry cycle that records what was done (`done`) also records its "
                    + "prediction. The model cannot tell when it was written; the rule reminds "
                    + "that the prediction comes first.")
            .path("`/practice/improvementWork/{i}/cycles/{j}/prediction`")
            .fix("Record predictions before acting.")
            .by(new ImprovementRules.PredictionMissing()),
        rule("improvement.cycle-unfinished", Section.IMPROVEMENT, Stage.CLOSE, Severity.ERROR)
            .description(
                "An inquiry cycle that records what was done, or a completion date, also records the"
                    + " study of its results and the decision taken.")
            .checks(
                "An inquiry cycle that records what was done, or a completion date, also "
                    + "records its study and its decision (adopt, adapt, abandon).")
            .path("`/practice/improvementWork/{i}/cycles/{j}/study` or `.../decision`")
            .fix("Record what was learned and what was decided.")
            .by(new ImprovementRules.CycleUnfinished()),
        rule("improvement.study-overdue", Section.IMPROVEMENT, Stage.RUNNING, Severity.WARNING)
            .description(
                "An inquiry cycle started more than the policy's number of weeks ago (default 8) has"
                    + " recorded what its study found.")
            .checks(
                "An inquiry cycle whose `startedOn` is more than `studyWithinWeeks` weeks "
                    + "(default 8) before the as-of date has its `study` recorded. Quiet "
                    + "without an as-of date.")
            .path("`/practice/improvementWork/{i}/cycles/{j}/study`")
            .fix("Record what the data of the cycle showed.")
            .by(new RunningRules.StudyOverdue()),
        rule("improvement.aim-result-missing", Section.IMPROVEMENT, Stage.RUNNING, Severity.WARNING)
            .description("An aim whose date is before the as-of date has its result recorded.")
            .checks(
                "An aim whose `by` date is before the as-of date has its `result` "
                    + "recorded. Quiet without an as-of date.")
            .path("`/practice/improvementWork/{i}/aim/result`")
            .fix("Record what was reached by the aim's date.")
            .by(new RunningRules.AimResultMissing()),
        rule("results.feedback-method-missing", Section.RESULTS, Stage.LAUNCH, Severity.WARNING)
            .description(
                "The plan names at least one way of gathering members' feedback along the way.")
            .checks(
                "At least one way of gathering members' feedback along the way is " + "planned.")
            .fix("Add a feedback method.")
            .whenEmpty(
                "/practice/results/feedbackMethods",
                p -> p.plan().getPractice().getResults().getFeedbackMethods()),
        rule("results.evidence-missing", Section.RESULTS, Stage.LAUNCH, Severity.WARNING)
            .description(
                "Every purpose type chosen has at least one planned piece of evidence that will show it"
                    + " was achieved.")
            .checks(
                "Each chosen purpose type has at least one planned piece of evidence "
                    + "tagged with it (argument `purposeType`).")
            .path("`/practice/results/plannedEvidence`")
            .fix("Plan evidence for the purpose: a product, a decision, evidence of " + "learning.")
            .by(new ResultsRules.EvidenceMissing()),
        rule("results.success-criteria-missing", Section.RESULTS, Stage.LAUNCH, Severity.WARNING)
            .description(
                "The plan states the criteria by which the community will know its purpose is"
                    + " achieved.")
            .checks("The criteria for knowing the purpose is achieved are stated.")
            .fix("State the success criteria.")
            .whenBlank(
                "/practice/results/successCriteria",
                p -> p.plan().getPractice().getResults().getSuccessCriteria()),
        rule("results.legacy-description-missing", Section.RESULTS, Stage.LAUNCH, Severity.WARNING)
            .description("While planning, the legacy the community means to leave is described.")
            .checks(
                "A legacy with a non-blank description is recorded: the guide asks what the"
                    + " community will leave behind while it plans. At close"
                    + " `results.legacy-missing` also asks how it is communicated.")
            .path("`/practice/results/legacy` or `/practice/results/legacy/description`")
            .fix("Describe what the community will hand on and to whom.")
            .by(new ResultsRules.LegacyUndescribed()),
        rule("results.legacy-missing", Section.RESULTS, Stage.CLOSE, Severity.ERROR)
            .description(
                "The plan records the community's legacy and how it is communicated to stakeholders.")
            .checks("A legacy is described, with how it is communicated to stakeholders.")
            .path("`/practice/results/legacy` or `.../legacy/communication`")
            .fix("Describe the legacy and how it is shared.")
            .by(new ResultsRules.LegacyMissing()),
        rule("results.celebration-missing", Section.RESULTS, Stage.CLOSE, Severity.ERROR)
            .description("The plan records how the community celebrated its progress.")
            .checks("At least one celebration is recorded.")
            .fix("Record how progress was celebrated.")
            .whenEmpty(
                "/practice/results/celebrations",
                p -> p.plan().getPractice().getResults().getCelebrations()),
        rule("results.evidence-uncollected", Section.RESULTS, Stage.CLOSE, Severity.ERROR)
            .description(
                "Evidence that the purpose was achieved has been collected for every purpose type"
                    + " chosen.")
            .checks(
                "For every purpose type chosen, some collected evidence names that purpose type"
                    + " or has the `id` of a planned item that names it (variant `purpose-type`,"
                    + " argument `purposeType`). A plan without purpose types needs at least one"
                    + " collected item.")
            .path("`/practice/results/collectedEvidence`")
            .fix(
                "Record the evidence collected for the purpose, with its purpose type or the id"
                    + " of the planned item it fulfils.")
            .by(new ResultsRules.EvidenceUncollected()),
        rule("results.resource-bank-empty", Section.RESULTS, Stage.CLOSE, Severity.WARNING)
            .description(
                "A community whose purpose is building a bank of resources has resources in its bank.")
            .checks(
                "A community with the purpose type `building-a-resource-bank` has at "
                    + "least one entry in its resource bank.")
            .path("`/practice/resourceBank`")
            .fix("Record the resources members gathered or created.")
            .by(new RecordRules.ResourceBankEmpty()),
        rule("results.legacy-items-missing", Section.RESULTS, Stage.CLOSE, Severity.WARNING)
            .description(
                "When a legacy is planned, at least one resource of the bank is marked as a legacy"
                    + " item.")
            .checks(
                "When a legacy is planned (`/practice/results/legacy`), at least one "
                    + "resource of the bank is marked `legacy`.")
            .path("`/practice/resourceBank`")
            .fix("Mark the items the community hands on as legacy items.")
            .by(new RecordRules.LegacyItemsMissing()),
        rule("results.value-story-missing", Section.RESULTS, Stage.CLOSE, Severity.WARNING)
            .description(
                "Every purpose type chosen has at least one value story showing applied, realized or"
                    + " reframing value.")
            .checks(
                "Every purpose type chosen has at least one value story, tagged with that "
                    + "purpose type, that shows applied value or a later cycle (`applied`, "
                    + "`realized`, `reframing`) (argument `purposeType`).")
            .path("`/practice/results/valueStories`")
            .fix("Gather a member's story of putting the community's work into practice.")
            .by(new RecordRules.ValueStoryMissing()),
        rule(
                "professional-practice.competency-unknown",
                Section.PROFESSIONAL_PRACTICE,
                Stage.LAUNCH,
                Severity.ERROR)
            .description(
                "Every competency a reflection names exists in a professional standard the validator"
                    + " knows (by default the built-in catalog).")
            .checks(
                "Every competency a reflection names (`frameworkId`, `competencyId`) exists in"
                    + " the validator's `StandardsCatalog` (by default the built-in frameworks"
                    + " `alberta-lqs`, `alberta-slqs`, `ca-cpsel`). A `competencyId` may name an"
                    + " indicator or element after the competency id: `5A`, `5.A` or `5-A`. When"
                    + " the catalog lists the competency's indicators (`competency.<n>.indicator.<id>`"
                    + " in a framework file), the indicator must be one of them (variant"
                    + " `indicator`); the built-in frameworks list none, so an indicator of a"
                    + " known competency is accepted there. An unknown framework is variant"
                    + " `framework`, an unknown competency variant `competency`.")
            .path(
                "`/practice/reflections/{i}/competencies/{j}/frameworkId` or "
                    + "`.../competencyId`")
            .fix(
                "Correct the id, or give the validator a catalog with the district's "
                    + "standard (`CopValidator.builder().standards(...)`).")
            .by(new PracticeRules.CompetencyUnknown(standards)),
        rule(
                "professional-practice.reflection-missing",
                Section.PROFESSIONAL_PRACTICE,
                Stage.CLOSE,
                Severity.ERROR)
            .description(
                "Every core and active member (the policy's `reflectionTiers`) has recorded a"
                    + " reflection connecting the community to their professional practice.")
            .checks(
                "Each member proper (not transactional, not a facilitator or sponsor from"
                    + " outside, still counted on the as-of day) whose tier is one of"
                    + " `reflectionTiers` (default `core`, `active`) has a reflection with their"
                    + " `memberId` (variant `member`, arguments `member`, `name`, `tier`). With"
                    + " no such member, at least one reflection is recorded.")
            .path("`/practice/reflections`")
            .fix(
                "Ask each of these members to record their new learning and how they will apply"
                    + " it.")
            .by(new PracticeRules.ReflectionMissing()),
        rule(
                "professional-practice.reflection-incomplete",
                Section.PROFESSIONAL_PRACTICE,
                Stage.CLOSE,
                Severity.WARNING)
            .description(
                "Each reflection records new learning, how it will translate into practice, at least one"
                    + " self-reflective practice and at least one competency.")
            .checks(
                "Each reflection records new learning, its application to practice, at "
                    + "least one self-reflective practice and at least one competency.")
            .path(
                "`/practice/reflections/{i}/newLearning`, `.../application`, "
                    + "`.../selfReflectivePractices`, `.../competencies`")
            .fix("Complete the reflection.")
            .by(new PracticeRules.ReflectionIncomplete()),
        rule(
                "further-application.application-missing",
                Section.FURTHER_APPLICATION,
                Stage.CLOSE,
                Severity.WARNING)
            .description(
                "The plan names other uses of the community-of-practice model in the school authority,"
                    + " or existing teams that could adopt it.")
            .checks(
                "Other uses of the model in the school authority, or existing teams that "
                    + "could adopt it, are named.")
            .path("`/furtherApplication/otherUses`")
            .fix("Name other uses or adaptable teams.")
            .by(new FurtherApplicationRules.ApplicationMissing()));
  }
}
