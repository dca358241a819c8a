package org.edcop.validation.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.edcop.model.ActionItem;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.Evidence;
import org.edcop.model.Meeting;
import org.edcop.model.MemberId;
import org.edcop.model.PurposeType;
import org.edcop.model.SharedResource;
import org.edcop.model.ValueStory;
import org.edcop.running.Participation;
import org.edcop.running.SuggestedTierChange;
import org.edcop.validation.RuleContext;

/**
 * The checks of the rules on what a running community records: meeting action items, tier drift,
 * the resource bank, legacy items and value stories (entries of {@link BuiltInRules}). None of them
 * throws on a plan with mistakes: bad references become findings.
 */
final class RecordRules {

  private RecordRules() {}

  /** Helpers of the record rules. */
  abstract static class RecordRule extends RuleCheck {
    /**
     * The day the plan is judged as of: the caller's as-of date, else the plan's closing date (a
     * plan that records its closing is judged as of that day), else none.
     */
    static Optional<LocalDate> judgedOn(CommunityOfPractice plan, RuleContext context) {
      return context.getAsOf().or(plan::getClosedOn);
    }

    static String actionItem(int meeting, int item, String... more) {
      String base = Pointer.of("practice", "meetings", meeting, "actionItems", item);
      return more.length == 0 ? base : Pointer.append(base, (Object[]) more);
    }
  }

  /** Every action item's owner is on the roster. */
  static final class ActionOwnerUnresolved extends RecordRule {
    @Override
    public void check(PlanIndex indexed, Out out) {
      CommunityOfPractice plan = indexed.plan();
      List<Meeting> meetings = plan.getPractice().getMeetings();
      PlanIndex.MeetingColumns columns = indexed.columns();
      for (int i = 0; i < meetings.size(); i++) {
        // the index's flag: meetings without action items are not visited again (#22)
        if (!columns.has(i, PlanIndex.MeetingColumns.ACTION_ITEMS)) {
          continue;
        }
        List<ActionItem> items = meetings.get(i).getActionItems();
        for (int j = 0; j < items.size(); j++) {
          Optional<MemberId> owner = items.get(j).getOwner();
          if (owner.isPresent() && !indexed.resolves(owner.get())) {
            out.report(
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
    @Override
    public void check(PlanIndex indexed, Out out) {
      CommunityOfPractice plan = indexed.plan();
      List<Meeting> meetings = plan.getPractice().getMeetings();
      PlanIndex.MeetingColumns columns = indexed.columns();
      for (int i = 0; i < meetings.size(); i++) {
        // only meetings with action items and a start need their day
        if (!columns.has(i, PlanIndex.MeetingColumns.ACTION_ITEMS)
            || !columns.has(i, PlanIndex.MeetingColumns.START)) {
          continue;
        }
        Optional<LocalDate> day = Optional.of(indexed.startDate(i));
        List<ActionItem> items = meetings.get(i).getActionItems();
        for (int j = 0; j < items.size(); j++) {
          Optional<LocalDate> due = items.get(j).getDueOn();
          if (due.isPresent() && due.get().isBefore(day.get())) {
            out.report(
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
    @Override
    public void check(PlanIndex indexed, Out out) {
      CommunityOfPractice plan = indexed.plan();
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
            out.report(
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
    @Override
    public void check(PlanIndex indexed, Out out) {
      CommunityOfPractice plan = indexed.plan();
      List<SharedResource> bank = plan.getPractice().getResourceBank();
      for (int i = 0; i < bank.size(); i++) {
        Optional<MemberId> contributor = bank.get(i).getContributor();
        if (contributor.isPresent() && !indexed.resolves(contributor.get())) {
          out.report(
              Pointer.of("practice", "resourceBank", i, "contributor"),
              "contributor",
              args("member", contributor.get(), "title", bank.get(i).getTitle()));
        }
      }
      List<ValueStory> stories = plan.getPractice().getResults().getValueStories();
      for (int i = 0; i < stories.size(); i++) {
        Optional<MemberId> author = stories.get(i).getAuthor();
        if (author.isPresent() && !indexed.resolves(author.get())) {
          out.report(
              Pointer.of("practice", "results", "valueStories", i, "author"),
              "author",
              args("member", author.get()));
        }
      }
    }
  }

  /** No open action item is past its due date at the as-of date. */
  static final class ActionOverdue extends RecordRule {
    @Override
    public void check(PlanIndex indexed, Out out) {
      CommunityOfPractice plan = indexed.plan();
      RuleContext context = out.context();
      Optional<LocalDate> asOf = judgedOn(plan, context);
      if (asOf.isEmpty()) {
        return;
      }
      List<Meeting> meetings = plan.getPractice().getMeetings();
      PlanIndex.MeetingColumns columns = indexed.columns();
      for (int i = 0; i < meetings.size(); i++) {
        if (!columns.has(i, PlanIndex.MeetingColumns.ACTION_ITEMS)) {
          continue;
        }
        List<ActionItem> items = meetings.get(i).getActionItems();
        for (int j = 0; j < items.size(); j++) {
          ActionItem item = items.get(j);
          if (item.isOverdueOn(asOf.get())) {
            out.report(
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
    @Override
    public void check(PlanIndex indexed, Out out) {
      CommunityOfPractice plan = indexed.plan();
      RuleContext context = out.context();
      Optional<LocalDate> asOf = judgedOn(plan, context);
      if (asOf.isEmpty()) {
        return;
      }
      Participation participation =
          Participation.of(plan, asOf.get(), context.getPolicy().getParticipation());
      for (SuggestedTierChange change : participation.tierDrift()) {
        // the first listing of the id, as the index has it: no map of the roster per call
        int m = indexed.memberIndex(change.member());
        boolean down = change.to().compareTo(change.from()) > 0;
        out.report(
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
    @Override
    public void check(PlanIndex indexed, Out out) {
      CommunityOfPractice plan = indexed.plan();
      if (plan.getDomain().getPurpose().getTypes().contains(PurposeType.BUILDING_A_RESOURCE_BANK)
          && plan.getPractice().getResourceBank().isEmpty()) {
        out.report(Pointer.of("practice", "resourceBank"), null, args());
      }
    }
  }

  /** When a legacy is planned, legacy items are recorded. */
  static final class LegacyItemsMissing extends RecordRule {
    @Override
    public void check(PlanIndex indexed, Out out) {
      CommunityOfPractice plan = indexed.plan();
      if (plan.getPractice().getResults().getLegacy().isPresent()
          && plan.getPractice().getResourceBank().stream().noneMatch(SharedResource::isLegacy)) {
        out.report(Pointer.of("practice", "resourceBank"), null, args());
      }
    }
  }

  /** Each purpose type has a value story showing applied value or later. */
  static final class ValueStoryMissing extends RecordRule {
    @Override
    public void check(PlanIndex indexed, Out out) {
      CommunityOfPractice plan = indexed.plan();
      Set<PurposeType> shown = EnumSet.noneOf(PurposeType.class);
      for (ValueStory story : plan.getPractice().getResults().getValueStories()) {
        if (story.reachesPractice()) {
          shown.addAll(story.getPurposeTypes());
        }
      }
      for (PurposeType type : plan.getDomain().getPurpose().getTypes()) {
        if (!shown.contains(type)) {
          out.report(
              Pointer.of("practice", "results", "valueStories"), null, args("purposeType", type));
        }
      }
    }
  }
}
