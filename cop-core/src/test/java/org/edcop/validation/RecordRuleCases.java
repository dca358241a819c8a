package org.edcop.validation;

import static org.edcop.validation.Plans.id;
import static org.edcop.validation.Plans.meeting;
import static org.edcop.validation.Plans.membership;
import static org.edcop.validation.Plans.practice;
import static org.edcop.validation.Plans.purpose;
import static org.edcop.validation.Plans.results;

import java.util.List;
import org.edcop.model.ActionItem;
import org.edcop.model.ActionItemStatus;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.Member;
import org.edcop.model.ParticipationTier;
import org.edcop.model.PurposeType;
import org.edcop.model.SharedResource;
import org.edcop.model.ValueCycle;
import org.edcop.model.ValueStory;
import org.edcop.validation.RuleCasesTest.Case;

/**
 * Breaking and boundary (just satisfying) plans for the running-record rules (#16), used by
 * RuleCasesTest.
 */
final class RecordRuleCases {

  private RecordRuleCases() {}

  private static CommunityOfPractice withAction(CommunityOfPractice p, ActionItem item) {
    return meeting(p, 1, m -> m.withActionItems(item));
  }

  private static org.edcop.model.ImmutableActionItem item(String owner, java.time.LocalDate due) {
    return org.edcop.model.ImmutableActionItem.builder()
        .description("draft the survey")
        .owner(id(owner))
        .dueOn(due)
        .build();
  }

  private static List<org.edcop.model.MemberId> withM(
      java.util.Collection<org.edcop.model.MemberId> attendance, String member) {
    List<org.edcop.model.MemberId> more = new java.util.ArrayList<>(attendance);
    more.add(id(member));
    return more;
  }

  static List<Case> cases(CommunityOfPractice p) {
    java.time.LocalDate oct = Plans.LAUNCH.plusWeeks(4);
    java.time.LocalDate closed = p.getClosedOn().orElseThrow();
    return List.of(
        new Case(
            "integrity.action-owner-unresolved",
            "owner not on the roster",
            () -> withAction(p, item("nobody", oct.plusDays(7)).withStatus(ActionItemStatus.DONE)),
            "/practice/meetings/1/actionItems/0/owner",
            () -> withAction(p, item("m4", oct.plusDays(7)).withStatus(ActionItemStatus.DONE))),
        new Case(
            "integrity.action-due-before-meeting",
            "due the day before",
            () -> withAction(p, item("m4", oct.minusDays(1)).withStatus(ActionItemStatus.DONE)),
            "/practice/meetings/1/actionItems/0/dueOn",
            () -> withAction(p, item("m4", oct).withStatus(ActionItemStatus.DONE))),
        new Case(
            "integrity.story-evidence-unresolved",
            "unknown evidence id",
            () ->
                results(
                    p,
                    r ->
                        r.withValueStories(
                            ValueStory.builder()
                                .from(r.getValueStories().get(0))
                                .evidence(List.of("ev-learning", "ev-missing"))
                                .build())),
            "/practice/results/valueStories/0/evidence/1",
            () ->
                results(
                    p,
                    r ->
                        r.withCollectedEvidence(
                                java.util.stream.Stream.concat(
                                        r.getCollectedEvidence().stream(),
                                        java.util.stream.Stream.of(
                                            org.edcop.model.Evidence.builder()
                                                .from(r.getCollectedEvidence().get(0))
                                                .id("ev-missing")
                                                .build()))
                                    .toList())
                            .withValueStories(
                                ValueStory.builder()
                                    .from(r.getValueStories().get(0))
                                    .evidence(List.of("ev-learning", "ev-missing"))
                                    .build()))),
        new Case(
            "integrity.record-member-unresolved",
            "contributor not on the roster",
            () ->
                practice(
                    p,
                    x ->
                        x.withResourceBank(
                            SharedResource.builder()
                                .from(x.getResourceBank().get(0))
                                .contributor(id("ghost"))
                                .build())),
            "/practice/resourceBank/0/contributor",
            () ->
                practice(
                    p,
                    x ->
                        x.withResourceBank(
                            SharedResource.builder()
                                .from(x.getResourceBank().get(0))
                                .contributor(id("t1"))
                                .build()))),
        new Case(
            "integrity.record-member-unresolved",
            "author not on the roster",
            () ->
                results(
                    p,
                    r ->
                        r.withValueStories(
                            ValueStory.builder()
                                .from(r.getValueStories().get(0))
                                .author(id("ghost"))
                                .build())),
            "/practice/results/valueStories/0/author",
            () ->
                results(
                    p,
                    r ->
                        r.withValueStories(
                            ValueStory.builder()
                                .from(r.getValueStories().get(0))
                                .author(id("t1"))
                                .build()))),
        new Case(
            "collaborative-plan.action-overdue",
            "open past its due date at closing",
            () -> withAction(p, item("m4", oct.plusDays(7))),
            "/practice/meetings/1/actionItems/0",
            () -> withAction(p, item("m4", closed))),
        new Case(
            "membership.tier-drift",
            "active member who stopped coming",
            () ->
                membership(
                    p,
                    m ->
                        m.withMembers(
                            m.getMembers().stream()
                                .map(
                                    x ->
                                        x.getId().equals(id("m6"))
                                            ? Member.builder()
                                                .from(x)
                                                .tier(ParticipationTier.ACTIVE)
                                                .build()
                                            : x)
                                .toList())),
            "/community/membership/members/5/tier",
            () ->
                meeting(
                    membership(
                        p,
                        m ->
                            m.withMembers(
                                m.getMembers().stream()
                                    .map(
                                        x ->
                                            x.getId().equals(id("m6"))
                                                ? Member.builder()
                                                    .from(x)
                                                    .tier(ParticipationTier.ACTIVE)
                                                    .build()
                                                : x)
                                    .toList())),
                    0,
                    m -> m.withAttendance(withM(m.getAttendance(), "m6")))),
        new Case(
            "membership.tier-drift",
            "peripheral member who came every time",
            () ->
                practice(
                    p,
                    x ->
                        x.withMeetings(
                            x.getMeetings().stream()
                                .map(
                                    m ->
                                        org.edcop.model.Meeting.builder()
                                            .from(m)
                                            .addAttendance(id("m8"))
                                            .build())
                                .toList())),
            "/community/membership/members/7/tier",
            () ->
                meeting(
                    meeting(p, 0, m -> m.withAttendance(withM(m.getAttendance(), "m8"))),
                    1,
                    m -> m.withAttendance(withM(m.getAttendance(), "m8")))),
        new Case(
            "results.resource-bank-empty",
            "building a bank, bank empty",
            () ->
                practice(
                    purpose(p, x -> x.withTypes(PurposeType.BUILDING_A_RESOURCE_BANK)),
                    x -> x.withResourceBank(List.of())),
            "/practice/resourceBank",
            () -> purpose(p, x -> x.withTypes(PurposeType.BUILDING_A_RESOURCE_BANK))),
        new Case(
            "results.legacy-items-missing",
            "legacy planned, no legacy item",
            () ->
                practice(
                    p,
                    x ->
                        x.withResourceBank(
                            SharedResource.builder()
                                .from(x.getResourceBank().get(0))
                                .legacy(false)
                                .build())),
            "/practice/resourceBank",
            () ->
                results(
                    practice(
                        p,
                        x ->
                            x.withResourceBank(
                                SharedResource.builder()
                                    .from(x.getResourceBank().get(0))
                                    .legacy(false)
                                    .build())),
                    r -> r.withLegacy(java.util.Optional.empty()))),
        new Case(
            "results.value-story-missing",
            "only immediate value",
            () ->
                results(
                    p,
                    r ->
                        r.withValueStories(
                            ValueStory.builder()
                                .from(r.getValueStories().get(0))
                                .cycles(List.of(ValueCycle.IMMEDIATE, ValueCycle.POTENTIAL))
                                .build())),
            "/practice/results/valueStories",
            () ->
                results(
                    p,
                    r ->
                        r.withValueStories(
                            ValueStory.builder()
                                .from(r.getValueStories().get(0))
                                .cycles(
                                    List.of(
                                        ValueCycle.IMMEDIATE,
                                        ValueCycle.POTENTIAL,
                                        ValueCycle.APPLIED))
                                .build()))));
  }
}
