package org.edcop.validation.internal;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.edcop.standards.StandardsCatalog;
import org.edcop.validation.Rule;

/** The built-in rules, in catalog order (the order of {@code docs/rules.md}). */
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
   * @return the rules in catalog order
   */
  public static List<Rule> all(StandardsCatalog standards) {
    SETS_BUILT.incrementAndGet();
    return List.of(
        // integrity
        new IntegrityRules.LifecycleDatesOrder(),
        new IntegrityRules.ProblemIdDuplicate(),
        new IntegrityRules.MemberIdDuplicate(),
        new IntegrityRules.MemberReferenceUnresolved(),
        new IntegrityRules.IdealSizeRange(),
        new IntegrityRules.NormsVersionRange(),
        new IntegrityRules.MeetingLengthRange(),
        new IntegrityRules.CadenceRange(),
        new IntegrityRules.MeetingIdDuplicate(),
        new IntegrityRules.MeetingEndsBeforeStart(),
        new IntegrityRules.MeetingsOverlap(),
        new IntegrityRules.ProblemReferenceUnresolved(),
        new IntegrityRules.CycleIdDuplicate(),
        new IntegrityRules.CycleDatesOrder(),
        new RunningRules.HistoryOrder(),
        // the plan's lifecycle
        new RunningRules.StillPlanning(),
        new RunningRules.LaunchedOnMissing(),
        new RunningRules.LaunchedAfterAsOf(),
        new RunningRules.LaunchDateMismatch(),
        // purpose
        new PurposeRules.StatementIncomplete(),
        new PurposeRules.TypeMissing(),
        new PurposeRules.SharedInterestMissing(),
        new PurposeRules.ProblemOfPracticeMissing(),
        new RunningRules.ProblemOfPracticeOverdue(),
        // membership
        new MembershipRules.CoreMissing(),
        new MembershipRules.CoreTooLarge(),
        new MembershipRules.ProfileMissing(),
        new MembershipRules.IdealSizeMissing(),
        new MembershipRules.IdealSizeUnrealistic(),
        new MembershipRules.SizeOutsideIdeal(),
        new MembershipRules.RequiredMemberMissing(),
        new MembershipRules.DecisionMakerMissing(),
        new MembershipRules.NotRoleAlike(),
        new MembershipRules.InvitationMissing(),
        // leadership
        new LeadershipRules.LeaderMissing(),
        new LeadershipRules.StructureMissing(),
        new LeadershipRules.StructureMismatch(),
        new LeadershipRules.DutyUncovered(),
        new LeadershipRules.LeaderTier(),
        new LeadershipRules.CommunicationMissing(),
        new LeadershipRules.SupportMissing(),
        // norms
        new NormsRules.NormMissing(),
        new NormsRules.TopicUncovered(),
        new NormsRules.AgreementMissing(),
        new NormsRules.NewcomerNotAgreed(),
        new NormsRules.ValuesAlignmentMissing(),
        // launch
        new LaunchRules.DateMissing(),
        new LaunchRules.DateAfterFirstMeeting(),
        new LaunchRules.CadenceMissing(),
        new LaunchRules.LengthMissing(),
        new LaunchRules.FormatMissing(),
        new LaunchRules.PlaceMissing(),
        new LaunchRules.PlatformMissing(),
        new LaunchRules.ContentMissing(),
        new LaunchRules.ToolMissing(),
        // collaborative plan
        new PlanRules.MeetingMissing(),
        new PlanRules.MeetingTimeMissing(),
        new PlanRules.MeetingTopicMissing(),
        new PlanRules.MeetingLengthMismatch(),
        new PlanRules.MeetingSpacingMismatch(),
        new PlanRules.FeedbackMeetingMissing(),
        new PlanRules.CelebrationMeetingMissing(),
        new PlanRules.FacilitatorNotMember(),
        new RunningRules.AttendanceMissing(),
        new RunningRules.NextMeetingUnprepared(),
        // improvement work
        new ImprovementRules.AimIncomplete(),
        new ImprovementRules.PredictionMissing(),
        new ImprovementRules.CycleUnfinished(),
        new RunningRules.StudyOverdue(),
        new RunningRules.AimResultMissing(),
        // results
        new ResultsRules.FeedbackMethodMissing(),
        new ResultsRules.EvidenceMissing(),
        new ResultsRules.SuccessCriteriaMissing(),
        new ResultsRules.LegacyMissing(),
        new ResultsRules.CelebrationMissing(),
        new ResultsRules.EvidenceUncollected(),
        // professional practice
        new PracticeRules.CompetencyUnknown(standards),
        new PracticeRules.ReflectionMissing(),
        new PracticeRules.ReflectionIncomplete(),
        // further application
        new FurtherApplicationRules.ApplicationMissing());
  }

  /**
   * The built-in rules with the running-record rules of {@code org.edcop.running} (#16) merged in:
   * integrity rules first, then the others by guide section, each rule after the rules of the same
   * kind and section that precede it.
   *
   * @param builtIn the rules of {@link #all}
   * @return both, in catalog order
   */
  public static List<Rule> withRecordRules(List<Rule> builtIn) {
    java.util.List<Rule> rules = new java.util.ArrayList<>(builtIn);
    rules.addAll(RecordRules.all());
    rules.sort( // stable: keeps the listed order within a kind and section
        java.util.Comparator.comparing((Rule rule) -> !rule.isIntegrity())
            .thenComparing(rule -> rule.isIntegrity() ? 0 : rule.getSection().ordinal()));
    return List.copyOf(rules);
  }
}
