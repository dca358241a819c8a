package org.edcop.validation.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.edcop.model.ActionItem;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.Evidence;
import org.edcop.model.Meeting;
import org.edcop.model.Member;
import org.edcop.model.MemberId;
import org.edcop.model.PurposeType;
import org.edcop.model.SharedResource;
import org.edcop.model.ValueStory;
import org.edcop.model.Vocabulary;
import org.edcop.running.Participation;
import org.edcop.running.SuggestedTierChange;
import org.edcop.running.internal.Dates;
import org.edcop.validation.Rule;
import org.edcop.validation.RuleContext;
import org.edcop.validation.Section;
import org.edcop.validation.Severity;
import org.edcop.validation.Stage;

/**
 * The rules on what a running community records: meeting action items, tier drift, the resource
 * bank, legacy items and value stories. They are written against the public {@link Rule} and {@link
 * RuleContext} API, like a district's own rule, and join the built-in rules through {@link #all()}.
 * Messages come from the library's message bundles under the rule id (or {@code ruleId.variant}).
 * None of them throws on a plan with mistakes: bad references become findings.
 */
public final class RecordRules {

  private RecordRules() {}

  /**
   * The rules, in catalog order.
   *
   * @return the rules
   */
  public static List<Rule> all() {
    return List.of(
        new ActionOwnerUnresolved(),
        new ActionDueBeforeMeeting(),
        new StoryEvidenceUnresolved(),
        new RecordMemberUnresolved(),
        new ActionOverdue(),
        new TierDrift(),
        new ResourceBankEmpty(),
        new LegacyItemsMissing(),
        new ValueStoryMissing());
  }

  /** A rule with fixed metadata that reports messages from the bundle. */
  abstract static class RecordRule implements Rule {
    private final String id;
    private final Section section;
    private final Stage stage;
    private final Severity severity;
    private final String description;

    RecordRule(String id, Section section, Stage stage, Severity severity, String description) {
      this.id = id;
      this.section = section;
      this.stage = stage;
      this.severity = severity;
      this.description = description;
    }

    @Override
    public final String getId() {
      return id;
    }

    @Override
    public final Section getSection() {
      return section;
    }

    @Override
    public final Stage getStage() {
      return stage;
    }

    @Override
    public final Severity getDefaultSeverity() {
      return severity;
    }

    @Override
    public final boolean isIntegrity() {
      return id.startsWith("integrity.");
    }

    @Override
    public final String getDescription() {
      return description;
    }

    @Override
    public String toString() {
      return id;
    }

    /** Reports under the key {@code id} or {@code id.variant}. */
    final void report(
        RuleContext context, String path, String variant, Map<String, String> arguments) {
      String key = variant == null ? id : id + "." + variant;
      context.report(path, key, Messages.render(key, arguments, Locale.ROOT), arguments);
    }

    /**
     * The day the plan is judged as of: the caller's as-of date, else the plan's closing date (a
     * plan that records its closing is judged as of that day), else none.
     */
    static Optional<LocalDate> judgedOn(CommunityOfPractice plan, RuleContext context) {
      return context.getAsOf().or(plan::getClosedOn);
    }

    static Map<String, String> args(Object... namesAndValues) {
      Map<String, String> args = new LinkedHashMap<>();
      for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
        Object value = namesAndValues[i + 1];
        String text =
            value instanceof Vocabulary
                ? ((Vocabulary) value).code()
                : value instanceof MemberId ? ((MemberId) value).getValue() : String.valueOf(value);
        args.put(String.valueOf(namesAndValues[i]), text);
      }
      return args;
    }

    /**
     * Whether an id is on the roster: the validator's plan index when there is one (built once per
     * call, #22), else a set built here.
     */
    static Predicate<MemberId> roster(CommunityOfPractice plan, RuleContext context) {
      if (context instanceof PlanIndex.Holder holder) {
        return holder.planIndex()::resolves;
      }
      Set<String> ids = new HashSet<>();
      for (Member member : plan.getCommunity().getMembership().getMembers()) {
        ids.add(member.getId().getValue());
      }
      return id -> ids.contains(id.getValue());
    }

    static String actionItem(int meeting, int item, String... more) {
      String base = Pointer.of("practice", "meetings", meeting, "actionItems", item);
      return more.length == 0 ? base : Pointer.append(base, (Object[]) more);
    }

    static Optional<LocalDate> meetingDate(CommunityOfPractice plan, Meeting meeting) {
      return meeting.getStart().map(start -> Dates.localDate(start, plan.getTimeZone()));
    }
  }

  /** Every action item's owner is on the roster. */
  static final class ActionOwnerUnresolved extends RecordRule {
    ActionOwnerUnresolved() {
      super(
          "integrity.action-owner-unresolved",
          Section.COLLABORATIVE_PLAN,
          Stage.DRAFT,
          Severity.ERROR,
          "Every action item's owner is a member id on the roster.");
    }

    @Override
    public void check(CommunityOfPractice plan, RuleContext context) {
      Predicate<MemberId> roster = roster(plan, context);
      List<Meeting> meetings = plan.getPractice().getMeetings();
      for (int i = 0; i < meetings.size(); i++) {
        List<ActionItem> items = meetings.get(i).getActionItems();
        for (int j = 0; j < items.size(); j++) {
          Optional<MemberId> owner = items.get(j).getOwner();
          if (owner.isPresent() && !roster.test(owner.get())) {
            report(
                context,
                actionItem(i, j, "owner"),
                null,
                args("meeting", meetings.get(i).getId(), "member", owner.get()));
          }
        }
      }
    }
  }

  /** No action item is due before the meeting that agreed it. */
  static final class ActionDueBeforeMeeting extends RecordRule {
    ActionDueBeforeMeeting() {
      super(
          "integrity.action-due-before-meeting",
          Section.COLLABORATIVE_PLAN,
          Stage.DRAFT,
          Severity.ERROR,
          "No action item is due before the day of the meeting that agreed it.");
    }

    @Override
    public void check(CommunityOfPractice plan, RuleContext context) {
      List<Meeting> meetings = plan.getPractice().getMeetings();
      for (int i = 0; i < meetings.size(); i++) {
        Optional<LocalDate> day = meetingDate(plan, meetings.get(i));
        if (day.isEmpty()) {
          continue;
        }
        List<ActionItem> items = meetings.get(i).getActionItems();
        for (int j = 0; j < items.size(); j++) {
          Optional<LocalDate> due = items.get(j).getDueOn();
          if (due.isPresent() && due.get().isBefore(day.get())) {
            report(
                context,
                actionItem(i, j, "dueOn"),
                null,
                args("meeting", meetings.get(i).getId(), "dueOn", due.get(), "date", day.get()));
          }
        }
      }
    }
  }

  /** Every piece of evidence a value story cites exists. */
  static final class StoryEvidenceUnresolved extends RecordRule {
    StoryEvidenceUnresolved() {
      super(
          "integrity.story-evidence-unresolved",
          Section.RESULTS,
          Stage.DRAFT,
          Severity.ERROR,
          "Every evidence id a value story cites is the id of planned or collected evidence.");
    }

    @Override
    public void check(CommunityOfPractice plan, RuleContext context) {
      Set<String> known = new HashSet<>();
      for (Evidence evidence : plan.getPractice().getResults().getPlannedEvidence()) {
        evidence.getId().ifPresent(known::add);
      }
      for (Evidence evidence : plan.getPractice().getResults().getCollectedEvidence()) {
        evidence.getId().ifPresent(known::add);
      }
      List<ValueStory> stories = plan.getPractice().getResults().getValueStories();
      for (int i = 0; i < stories.size(); i++) {
        List<String> cited = stories.get(i).getEvidence();
        for (int j = 0; j < cited.size(); j++) {
          if (!known.contains(cited.get(j))) {
            report(
                context,
                Pointer.of("practice", "results", "valueStories", i, "evidence", j),
                null,
                args("evidence", cited.get(j)));
          }
        }
      }
    }
  }

  /** Value story authors and resource contributors are on the roster. */
  static final class RecordMemberUnresolved extends RecordRule {
    RecordMemberUnresolved() {
      super(
          "integrity.record-member-unresolved",
          Section.RESULTS,
          Stage.DRAFT,
          Severity.ERROR,
          "Every value story's author and every resource's contributor is a member id on the"
              + " roster.");
    }

    @Override
    public void check(CommunityOfPractice plan, RuleContext context) {
      Predicate<MemberId> roster = roster(plan, context);
      List<SharedResource> bank = plan.getPractice().getResourceBank();
      for (int i = 0; i < bank.size(); i++) {
        Optional<MemberId> contributor = bank.get(i).getContributor();
        if (contributor.isPresent() && !roster.test(contributor.get())) {
          report(
              context,
              Pointer.of("practice", "resourceBank", i, "contributor"),
              "contributor",
              args("member", contributor.get(), "title", bank.get(i).getTitle()));
        }
      }
      List<ValueStory> stories = plan.getPractice().getResults().getValueStories();
      for (int i = 0; i < stories.size(); i++) {
        Optional<MemberId> author = stories.get(i).getAuthor();
        if (author.isPresent() && !roster.test(author.get())) {
          report(
              context,
              Pointer.of("practice", "results", "valueStories", i, "author"),
              "author",
              args("member", author.get()));
        }
      }
    }
  }

  /** No open action item is past its due date at the as-of date. */
  static final class ActionOverdue extends RecordRule {
    ActionOverdue() {
      super(
          "collaborative-plan.action-overdue",
          Section.COLLABORATIVE_PLAN,
          Stage.RUNNING,
          Severity.WARNING,
          "No open action item is past its due date on the as-of date.");
    }

    @Override
    public void check(CommunityOfPractice plan, RuleContext context) {
      Optional<LocalDate> asOf = judgedOn(plan, context);
      if (asOf.isEmpty()) {
        return;
      }
      List<Meeting> meetings = plan.getPractice().getMeetings();
      for (int i = 0; i < meetings.size(); i++) {
        List<ActionItem> items = meetings.get(i).getActionItems();
        for (int j = 0; j < items.size(); j++) {
          ActionItem item = items.get(j);
          if (item.isOverdueOn(asOf.get())) {
            report(
                context,
                actionItem(i, j),
                null,
                args(
                    "meeting",
                    meetings.get(i).getId(),
                    "description",
                    item.getDescription(),
                    "dueOn",
                    item.getDueOn().orElseThrow(),
                    "asOf",
                    asOf.get()));
          }
        }
      }
    }
  }

  /** A member's recent attendance matches their tier. */
  static final class TierDrift extends RecordRule {
    TierDrift() {
      super(
          "membership.tier-drift",
          Section.MEMBERSHIP,
          Stage.RUNNING,
          Severity.INFO,
          "A member's recent attendance fits their tier; otherwise a tier change is suggested for"
              + " a person to confirm.");
    }

    @Override
    public void check(CommunityOfPractice plan, RuleContext context) {
      Optional<LocalDate> asOf = judgedOn(plan, context);
      if (asOf.isEmpty()) {
        return;
      }
      Participation participation =
          Participation.of(plan, asOf.get(), context.getPolicy().getParticipation());
      List<Member> roster = plan.getCommunity().getMembership().getMembers();
      Map<String, Integer> index = new LinkedHashMap<>();
      for (int m = 0; m < roster.size(); m++) {
        index.putIfAbsent(roster.get(m).getId().getValue(), m);
      }
      for (SuggestedTierChange change : participation.tierDrift()) {
        int m = index.get(change.member().getValue());
        boolean down = change.to().compareTo(change.from()) > 0;
        report(
            context,
            Pointer.of("community", "membership", "members", m, "tier"),
            down ? "down" : "up",
            args(
                "member",
                change.member(),
                "tier",
                change.from(),
                "suggestedTier",
                change.to(),
                "attended",
                change.recentAttended(),
                "missed",
                change.recentHeld() - change.recentAttended(),
                "held",
                change.recentHeld()));
      }
    }
  }

  /** A community building a bank of resources has some at close. */
  static final class ResourceBankEmpty extends RecordRule {
    ResourceBankEmpty() {
      super(
          "results.resource-bank-empty",
          Section.RESULTS,
          Stage.CLOSE,
          Severity.WARNING,
          "A community whose purpose is building a bank of resources has resources in its bank.");
    }

    @Override
    public void check(CommunityOfPractice plan, RuleContext context) {
      if (plan.getDomain().getPurpose().getTypes().contains(PurposeType.BUILDING_A_RESOURCE_BANK)
          && plan.getPractice().getResourceBank().isEmpty()) {
        report(context, Pointer.of("practice", "resourceBank"), null, args());
      }
    }
  }

  /** When a legacy is planned, legacy items are recorded. */
  static final class LegacyItemsMissing extends RecordRule {
    LegacyItemsMissing() {
      super(
          "results.legacy-items-missing",
          Section.RESULTS,
          Stage.CLOSE,
          Severity.WARNING,
          "When a legacy is planned, at least one resource of the bank is marked as a legacy"
              + " item.");
    }

    @Override
    public void check(CommunityOfPractice plan, RuleContext context) {
      if (plan.getPractice().getResults().getLegacy().isPresent()
          && plan.getPractice().getResourceBank().stream().noneMatch(SharedResource::isLegacy)) {
        report(context, Pointer.of("practice", "resourceBank"), null, args());
      }
    }
  }

  /** Each purpose type has a value story showing applied value or later. */
  static final class ValueStoryMissing extends RecordRule {
    ValueStoryMissing() {
      super(
          "results.value-story-missing",
          Section.RESULTS,
          Stage.CLOSE,
          Severity.WARNING,
          "Every purpose type chosen has at least one value story showing applied, realized or"
              + " reframing value.");
    }

    @Override
    public void check(CommunityOfPractice plan, RuleContext context) {
      Set<PurposeType> shown = EnumSet.noneOf(PurposeType.class);
      for (ValueStory story : plan.getPractice().getResults().getValueStories()) {
        if (story.reachesPractice()) {
          shown.addAll(story.getPurposeTypes());
        }
      }
      for (PurposeType type : plan.getDomain().getPurpose().getTypes()) {
        if (!shown.contains(type)) {
          report(
              context,
              Pointer.of("practice", "results", "valueStories"),
              null,
              args("purposeType", type));
        }
      }
    }
  }
}
