package org.edcop.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Equality, hash codes, {@code with} copies and immutability of collections. */
class ValueSemanticsTest {

  private static Member member(String id, ParticipationTier tier) {
    return Member.of(MemberId.of(id), Person.of("Person " + id), tier);
  }

  @Test
  void equalValuesAreEqualAndHashAlike() {
    ImmutableMeeting a = meeting("m1");
    Meeting b = meeting("m1");
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(a.withTitle("Other"));
    assertThat(MemberId.of("x")).isEqualTo(MemberId.of("x")).isNotEqualTo(MemberId.of("y"));
    assertThat(member("m1", ParticipationTier.CORE))
        .isEqualTo(member("m1", ParticipationTier.CORE))
        .isNotEqualTo(member("m1", ParticipationTier.ACTIVE));
  }

  @Test
  void sameInstantWithDifferentOffsetsIsADifferentValue() {
    OffsetDateTime start = OffsetDateTime.parse("2026-10-13T09:00-06:00");
    Meeting mountain = Meeting.builder().id("m").start(start).build();
    Meeting utc =
        Meeting.builder()
            .id("m")
            .start(start.withOffsetSameInstant(java.time.ZoneOffset.UTC))
            .build();
    // offsets are kept as written, so the JSON written back matches the JSON read
    assertThat(mountain).isNotEqualTo(utc);
  }

  @Test
  void unknownPropertiesTakePartInEquality() {
    ImmutablePerson plain = ImmutablePerson.copyOf(Person.of("Ada"));
    Person extended = plain.withUnknownProperties(java.util.Map.of("lms", "12"));
    assertThat(extended).isNotEqualTo(plain);
    assertThat(extended.getUnknownProperties()).containsEntry("lms", "12");
    assertThat(plain.getUnknownProperties()).isEmpty();
  }

  @Test
  void withCopiesChangeOneValueAndLeaveTheOriginal() {
    ImmutableMeeting original = meeting("m1");
    Meeting renamed = original.withTitle("Renamed");
    assertThat(renamed.getTitle()).contains("Renamed");
    assertThat(original.getTitle()).contains("Kick-off");
    assertThat(renamed.getId()).isEqualTo("m1");
    assertThat(renamed.getStart()).isEqualTo(original.getStart());

    ImmutableMember core = ImmutableMember.copyOf(member("m1", ParticipationTier.CORE));
    assertThat(core.withTier(ParticipationTier.PERIPHERAL).getTier())
        .isEqualTo(ParticipationTier.PERIPHERAL);
    assertThat(core.withDecisionMaker(true).isDecisionMaker()).isTrue();
    assertThat(core.getTier()).isEqualTo(ParticipationTier.CORE);

    ImmutableCommunityOfPractice plan =
        CommunityOfPractice.builder()
            .id("c")
            .name("n")
            .authority("a")
            .timeZone(ZoneId.of("UTC"))
            .build();
    ImmutableCommunityOfPractice launched = plan.withStatus(LifecycleStatus.LAUNCHED);
    assertThat(launched.getStatus()).isEqualTo(LifecycleStatus.LAUNCHED);
    assertThat(plan.getStatus()).isEqualTo(LifecycleStatus.PLANNING);
    assertThat(launched.withStatus(LifecycleStatus.PLANNING)).isEqualTo(plan);
  }

  @Test
  void builderFromCopiesEverything() {
    Meeting original = meeting("m1");
    assertThat(Meeting.builder().from(original).build()).isEqualTo(original);
  }

  @Test
  void collectionsAreImmutable() {
    List<Member> source = new ArrayList<>(List.of(member("m1", ParticipationTier.CORE)));
    Membership membership = Membership.builder().members(source).build();
    source.add(member("m2", ParticipationTier.ACTIVE));
    assertThat(membership.getMembers()).hasSize(1);

    assertThatThrownBy(() -> membership.getMembers().add(member("m3", ParticipationTier.CORE)))
        .isInstanceOf(UnsupportedOperationException.class);
    Meeting meeting = meeting("m1");
    assertThatThrownBy(() -> meeting.getTopics().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> meeting.getAttendance().add(MemberId.of("z")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> meeting.getIncludes().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> meeting.getUnknownProperties().put("a", "1"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> membership.rosterByTier().put(ParticipationTier.PERIPHERAL, List.of()))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> membership.rosterByTier().get(ParticipationTier.CORE).clear())
        .isInstanceOf(UnsupportedOperationException.class);
    Practice practice = Practice.builder().addMeetings(meeting).build();
    assertThatThrownBy(() -> practice.meetingsInTimeOrder().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> practice.learningTimeByMember().put(MemberId.of("q"), Duration.ZERO))
        .isInstanceOf(UnsupportedOperationException.class);
    Leadership leadership =
        Leadership.builder()
            .addLeaders(Leader.of(MemberId.of("m1"), LeadershipDuty.CLARIFY_ROLES))
            .build();
    assertThatThrownBy(() -> leadership.dutiesCovered().add(LeadershipDuty.SET_UP_MEETINGS))
        .isInstanceOf(UnsupportedOperationException.class);
    Norms norms = Norms.builder().addNorms(Norm.of("t", NormTopic.CONFLICT)).build();
    assertThatThrownBy(() -> norms.topicsCovered().add(NormTopic.DECISIONS))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> norms.agreedToCurrentVersion().add(MemberId.of("m9")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void setsKeepTheirDocumentedOrder() {
    Meeting meeting =
        Meeting.builder()
            .id("m")
            .addIncludes(MeetingElement.CELEBRATION, MeetingElement.FEEDBACK)
            .addAttendance(MemberId.of("b"), MemberId.of("a"), MemberId.of("b"))
            .build();
    assertThat(meeting.getIncludes())
        .containsExactly(MeetingElement.FEEDBACK, MeetingElement.CELEBRATION);
    assertThat(meeting.getAttendance()).containsExactly(MemberId.of("b"), MemberId.of("a"));
  }

  static ImmutableMeeting meeting(String id) {
    return Meeting.builder()
        .id(id)
        .title("Kick-off")
        .start(OffsetDateTime.parse("2026-09-08T15:30-06:00"))
        .end(OffsetDateTime.parse("2026-09-08T17:00-06:00"))
        .addTopics("Introductions", "Norms")
        .addIncludes(MeetingElement.FEEDBACK)
        .addAttendance(MemberId.of("m1"))
        .putUnknownProperty("room", "\"B12\"")
        .build();
  }
}
