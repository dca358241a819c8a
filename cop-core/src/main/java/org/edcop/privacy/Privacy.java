package org.edcop.privacy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.edcop.model.ActionItem;
import org.edcop.model.Community;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.Leader;
import org.edcop.model.Leadership;
import org.edcop.model.Meeting;
import org.edcop.model.Member;
import org.edcop.model.MemberId;
import org.edcop.model.Membership;
import org.edcop.model.NormAgreement;
import org.edcop.model.Norms;
import org.edcop.model.Person;
import org.edcop.model.Practice;
import org.edcop.model.Reflection;
import org.edcop.model.RequiredMember;
import org.edcop.model.Results;
import org.edcop.model.SharedResource;
import org.edcop.model.ValueStory;
import org.edcop.validation.internal.Pointer;

/**
 * Redaction and erasure of the personal data in a plan (see the package description and
 * docs/privacy.md). Both return new values and leave the given plan untouched; both are pure
 * functions of their input, so redacting the same plan twice gives equal copies.
 *
 * @since 0.2.0
 */
public final class Privacy {

  /** The name an erased person is shown under. */
  public static final String ERASED_NAME = "Erased member";

  /** The prefix of tombstone ids; a number follows that no member id of the plan uses. */
  public static final String TOMBSTONE_PREFIX = "erased-";

  private static final String MEMBERS = "/community/membership/members";

  private Privacy() {}

  // ---- redaction ---------------------------------------------------------------------------

  /**
   * Returns a copy of a plan for a wider audience. What each profile keeps is described on {@link
   * RedactionProfile}. Ids, tiers, tier history, attendance, leaders, norm agreements and the
   * number of every list are kept (in the {@code public} profile member ids are renamed
   * consistently), so the copy produces the same structural validation findings as the original.
   *
   * @param plan the plan
   * @param profile who the copy is for
   * @return the redacted copy
   */
  public static CommunityOfPractice redact(CommunityOfPractice plan, RedactionProfile profile) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(profile, "profile");
    boolean pseudonymise = profile == RedactionProfile.PUBLIC;
    List<Member> roster = plan.getCommunity().getMembership().getMembers();
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < roster.size(); i++) {
      position.putIfAbsent(roster.get(i).getId().getValue(), i + 1);
    }
    UnaryOperator<MemberId> ids = UnaryOperator.identity();
    if (pseudonymise) {
      Map<String, MemberId> renamed = new HashMap<>();
      Set<String> used = new TreeSet<>();
      position.forEach((id, n) -> used.add("member-" + n));
      ids =
          id ->
              renamed.computeIfAbsent(
                  id.getValue(),
                  value -> {
                    Integer n = position.get(value);
                    if (n != null) {
                      return MemberId.of("member-" + n);
                    }
                    // a reference that resolves to nobody stays dangling, under a neutral name
                    String dangling;
                    int k = used.size() + 1;
                    do {
                      dangling = "unlisted-" + k++;
                    } while (!used.add(dangling));
                    return MemberId.of(dangling);
                  });
    }
    List<Member> members = new ArrayList<>(roster.size());
    for (int i = 0; i < roster.size(); i++) {
      Member m = roster.get(i);
      Person p = m.getPerson();
      Person person =
          pseudonymise
              ? Person.of("Member " + position.get(m.getId().getValue()))
              : Person.builder()
                  .name(p.getName())
                  .role(p.getRole())
                  .organisation(p.getOrganisation())
                  .build();
      if (pseudonymise && position.get(m.getId().getValue()) != i + 1) {
        person = Person.of("Member " + (i + 1)); // a duplicate id: its own position, same id
      }
      members.add(
          Member.builder()
              .from(m)
              .id(ids.apply(m.getId()))
              .person(person)
              .unknownProperties(Map.of())
              .build());
    }
    UnaryOperator<MemberId> finalIds = ids;
    List<RequiredMember> required = new ArrayList<>();
    int unlinked = 0;
    for (RequiredMember r : plan.getCommunity().getMembership().getRequiredMembers()) {
      var b = RequiredMember.builder().from(r).unknownProperties(Map.of());
      r.getMemberId().ifPresent(id -> b.memberId(finalIds.apply(id)));
      if (pseudonymise) {
        Integer n = r.getMemberId().map(id -> position.get(id.getValue())).orElse(null);
        b.who(n != null ? "Member " + n : "Required member " + ++unlinked);
      }
      required.add(b.build());
    }
    List<Reflection> reflections = new ArrayList<>();
    for (Reflection r : plan.getPractice().getReflections()) {
      reflections.add(
          Reflection.builder()
              .memberId(finalIds.apply(r.getMemberId()))
              .competencies(r.isPrivateToAuthor() ? List.of() : r.getCompetencies())
              .privateToAuthor(r.isPrivateToAuthor())
              .build());
    }
    return rebuild(plan, members, required, reflections, finalIds);
  }

  // ---- erasure -----------------------------------------------------------------------------

  /**
   * Erases one person: every roster entry with the id keeps its place, tier, tier history and
   * decision-maker flag but loses its name (shown as {@value #ERASED_NAME}), contact, role,
   * organisation, HR link and unknown properties; their reflections lose their text and
   * competencies; a required-member entry pointing at them loses its description; and every
   * reference to the id (leaders, facilitators, norm agreements, attendance, required members,
   * reflections) is replaced by a tombstone id ({@value #TOMBSTONE_PREFIX} and the smallest number
   * no member id uses). Attendance totals, learning time per member and all counts stay as they
   * were.
   *
   * @param plan the plan
   * @param memberId the id of the person to erase
   * @return the erased plan with a report of what was removed
   * @throws UnknownMemberException if no roster entry has the id
   */
  public static ErasureReport erase(CommunityOfPractice plan, MemberId memberId) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(memberId, "memberId");
    List<Member> roster = plan.getCommunity().getMembership().getMembers();
    if (roster.stream().noneMatch(m -> m.getId().equals(memberId))) {
      throw new UnknownMemberException(memberId, plan.getId());
    }
    Set<String> used = new LinkedHashSet<>();
    roster.forEach(m -> used.add(m.getId().getValue()));
    int n = 1;
    while (used.contains(TOMBSTONE_PREFIX + n)) {
      n++;
    }
    MemberId tombstone = MemberId.of(TOMBSTONE_PREFIX + n);
    UnaryOperator<MemberId> ids = id -> id.equals(memberId) ? tombstone : id;
    List<String> removed = new ArrayList<>();

    List<Member> members = new ArrayList<>(roster.size());
    for (int i = 0; i < roster.size(); i++) {
      Member m = roster.get(i);
      if (!m.getId().equals(memberId)) {
        members.add(m);
        continue;
      }
      String at = Pointer.append(MEMBERS, i);
      removed.add(at + "/id");
      removed.add(at + "/person");
      for (String property : m.getUnknownProperties().keySet()) {
        removed.add(Pointer.append(at, property));
      }
      members.add(
          Member.builder()
              .from(m)
              .id(tombstone)
              .person(Person.of(ERASED_NAME))
              .unknownProperties(Map.of())
              .build());
    }
    List<RequiredMember> required = new ArrayList<>();
    List<RequiredMember> listed = plan.getCommunity().getMembership().getRequiredMembers();
    for (int i = 0; i < listed.size(); i++) {
      RequiredMember r = listed.get(i);
      if (r.getMemberId().filter(memberId::equals).isPresent()) {
        removed.add(Pointer.of("community", "membership", "requiredMembers", i, "who"));
        required.add(
            RequiredMember.builder()
                .from(r)
                .who(ERASED_NAME)
                .memberId(tombstone)
                .unknownProperties(Map.of())
                .build());
      } else {
        required.add(r);
      }
    }
    List<Reflection> reflections = new ArrayList<>();
    List<Reflection> written = plan.getPractice().getReflections();
    for (int i = 0; i < written.size(); i++) {
      Reflection r = written.get(i);
      if (r.getMemberId().equals(memberId)) {
        removed.add(Pointer.of("practice", "reflections", i));
        reflections.add(
            Reflection.builder()
                .memberId(tombstone)
                .privateToAuthor(r.isPrivateToAuthor())
                .build());
      } else {
        reflections.add(r);
      }
    }
    CommunityOfPractice erased = rebuild(plan, members, required, reflections, ids);
    return ErasureReport.builder()
        .plan(erased)
        .erasedId(memberId)
        .tombstoneId(tombstone)
        .removed(removed)
        .replacedReferences(references(erased, tombstone))
        .build();
  }

  // ---- shared ------------------------------------------------------------------------------

  /** Puts new roster, required members and reflections in, and renames every other reference. */
  private static CommunityOfPractice rebuild(
      CommunityOfPractice plan,
      List<Member> members,
      List<RequiredMember> required,
      List<Reflection> reflections,
      UnaryOperator<MemberId> ids) {
    Membership membership =
        Membership.builder()
            .from(plan.getCommunity().getMembership())
            .members(members)
            .requiredMembers(required)
            .build();
    Leadership oldLeadership = plan.getCommunity().getLeadership();
    List<Leader> leaders = new ArrayList<>();
    for (Leader leader : oldLeadership.getLeaders()) {
      leaders.add(Leader.builder().from(leader).memberId(ids.apply(leader.getMemberId())).build());
    }
    Norms oldNorms = plan.getCommunity().getNorms();
    List<NormAgreement> agreements = new ArrayList<>();
    for (NormAgreement a : oldNorms.getAgreements()) {
      agreements.add(
          NormAgreement.of(ids.apply(a.getMemberId()), a.getVersion(), a.getAgreedOn())
              .withUnknownProperties(a.getUnknownProperties()));
    }
    List<Meeting> meetings = new ArrayList<>();
    for (Meeting meeting : plan.getPractice().getMeetings()) {
      List<MemberId> attendance = new ArrayList<>();
      meeting.getAttendance().forEach(id -> attendance.add(ids.apply(id)));
      var b = Meeting.builder().from(meeting).attendance(attendance);
      meeting.getFacilitator().ifPresent(id -> b.facilitator(ids.apply(id)));
      List<ActionItem> items = new ArrayList<>();
      for (ActionItem item : meeting.getActionItems()) {
        var ib = ActionItem.builder().from(item);
        item.getOwner().ifPresent(id -> ib.owner(ids.apply(id)));
        items.add(ib.build());
      }
      meetings.add(b.actionItems(items).build());
    }
    List<SharedResource> resources = new ArrayList<>();
    for (SharedResource resource : plan.getPractice().getResourceBank()) {
      var rb = SharedResource.builder().from(resource);
      resource.getContributor().ifPresent(id -> rb.contributor(ids.apply(id)));
      resources.add(rb.build());
    }
    List<ValueStory> stories = new ArrayList<>();
    for (ValueStory story : plan.getPractice().getResults().getValueStories()) {
      var sb = ValueStory.builder().from(story);
      story.getAuthor().ifPresent(id -> sb.author(ids.apply(id)));
      stories.add(sb.build());
    }
    Practice practice =
        Practice.builder()
            .from(plan.getPractice())
            .meetings(meetings)
            .resourceBank(resources)
            .results(
                Results.builder()
                    .from(plan.getPractice().getResults())
                    .valueStories(stories)
                    .build())
            .reflections(reflections)
            .build();
    return CommunityOfPractice.builder()
        .from(plan)
        .community(
            Community.builder()
                .from(plan.getCommunity())
                .membership(membership)
                .leadership(Leadership.builder().from(oldLeadership).leaders(leaders).build())
                .norms(Norms.builder().from(oldNorms).agreements(agreements).build())
                .build())
        .practice(practice)
        .build();
  }

  /** Every place outside the roster where an id now appears. */
  private static List<String> references(CommunityOfPractice plan, MemberId id) {
    List<String> at = new ArrayList<>();
    List<Leader> leaders = plan.getCommunity().getLeadership().getLeaders();
    for (int i = 0; i < leaders.size(); i++) {
      if (leaders.get(i).getMemberId().equals(id)) {
        at.add(Pointer.of("community", "leadership", "leaders", i, "memberId"));
      }
    }
    List<NormAgreement> agreements = plan.getCommunity().getNorms().getAgreements();
    for (int i = 0; i < agreements.size(); i++) {
      if (agreements.get(i).getMemberId().equals(id)) {
        at.add(Pointer.of("community", "norms", "agreements", i, "memberId"));
      }
    }
    List<RequiredMember> required = plan.getCommunity().getMembership().getRequiredMembers();
    for (int i = 0; i < required.size(); i++) {
      if (required.get(i).getMemberId().filter(id::equals).isPresent()) {
        at.add(Pointer.of("community", "membership", "requiredMembers", i, "memberId"));
      }
    }
    List<Meeting> meetings = plan.getPractice().getMeetings();
    for (int i = 0; i < meetings.size(); i++) {
      Meeting meeting = meetings.get(i);
      if (meeting.getFacilitator().filter(id::equals).isPresent()) {
        at.add(Pointer.of("practice", "meetings", i, "facilitator"));
      }
      if (meeting.getAttendance().contains(id)) {
        at.add(Pointer.of("practice", "meetings", i, "attendance"));
      }
      List<ActionItem> items = meeting.getActionItems();
      for (int k = 0; k < items.size(); k++) {
        if (items.get(k).getOwner().filter(id::equals).isPresent()) {
          at.add(Pointer.of("practice", "meetings", i, "actionItems", k, "owner"));
        }
      }
    }
    List<SharedResource> resources = plan.getPractice().getResourceBank();
    for (int i = 0; i < resources.size(); i++) {
      if (resources.get(i).getContributor().filter(id::equals).isPresent()) {
        at.add(Pointer.of("practice", "resourceBank", i, "contributor"));
      }
    }
    List<ValueStory> stories = plan.getPractice().getResults().getValueStories();
    for (int i = 0; i < stories.size(); i++) {
      if (stories.get(i).getAuthor().filter(id::equals).isPresent()) {
        at.add(Pointer.of("practice", "results", "valueStories", i, "author"));
      }
    }
    List<Reflection> reflections = plan.getPractice().getReflections();
    for (int i = 0; i < reflections.size(); i++) {
      if (reflections.get(i).getMemberId().equals(id)) {
        at.add(Pointer.of("practice", "reflections", i, "memberId"));
      }
    }
    return List.copyOf(at);
  }
}
