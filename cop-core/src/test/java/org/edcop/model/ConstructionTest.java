package org.edcop.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Building model values: builders, {@code of} factories and what they refuse. */
class ConstructionTest {

  @Test
  void bareDraftNeedsOnlyIdNameAuthorityAndZone() {
    CommunityOfPractice plan =
        CommunityOfPractice.builder()
            .id("cop-1")
            .name("Rural superintendents")
            .authority("Prairie Schools")
            .timeZone(ZoneId.of("America/Edmonton"))
            .build();

    assertThat(plan.getStatus()).isEqualTo(LifecycleStatus.PLANNING);
    assertThat(plan.getDomain().getPurpose().getTypes()).isEmpty();
    assertThat(plan.getCommunity().getMembership().getMembers()).isEmpty();
    assertThat(plan.getCommunity().getNorms().getVersion()).isEqualTo(1);
    assertThat(plan.getPractice().getMeetings()).isEmpty();
    assertThat(plan.getFurtherApplication().getOtherUses()).isEmpty();
    assertThat(plan.getCreatedOn()).isEmpty();
    assertThat(plan.getUnknownProperties()).isEmpty();
  }

  @Test
  void missingRequiredValueIsNamedInTheException() {
    assertThatThrownBy(
            () ->
                CommunityOfPractice.builder().id("x").name("n").timeZone(ZoneId.of("UTC")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("CommunityOfPractice")
        .hasMessageContaining("authority");
    assertThatThrownBy(() -> Member.builder().id(MemberId.of("m1")).person(Person.of("A")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("tier");
    assertThatThrownBy(() -> Person.builder().role("Principal").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("name");
    assertThatThrownBy(() -> Meeting.builder().title("Kick-off").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("id");
    assertThatThrownBy(() -> Evidence.builder().kind(EvidenceKind.PRODUCT).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("description");
  }

  @Test
  void nullIsRejectedNamingTheField() {
    assertThatThrownBy(() -> Person.builder().name(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("name");
    assertThatThrownBy(() -> Meeting.builder().id("m").facilitator((MemberId) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("facilitator");
    assertThatThrownBy(() -> MemberId.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("value");
    assertThatThrownBy(() -> ImmutablePerson.copyOf(Person.of("A")).withRole((String) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("role");
    assertThatThrownBy(() -> Norm.builder().text("t").addTopic(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("topics");
    assertThatThrownBy(() -> Person.builder().putUnknownProperty("x", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("unknownProperties");
  }

  @Test
  void factoriesFillTheirValues() {
    Member member = Member.of(MemberId.of("m1"), Person.of("Ada"), ParticipationTier.CORE);
    assertThat(member.getId().getValue()).isEqualTo("m1");
    assertThat(member.getPerson().getName()).isEqualTo("Ada");
    assertThat(member.getTier()).isEqualTo(ParticipationTier.CORE);
    assertThat(member.isDecisionMaker()).isFalse();
    assertThat(member.getTierHistory()).isEmpty();

    Leader leader =
        Leader.of(
            MemberId.of("m1"), LeadershipDuty.LIAISE_WITH_LEADERS, LeadershipDuty.SET_UP_MEETINGS);
    assertThat(leader.getDuties())
        .containsExactly(LeadershipDuty.SET_UP_MEETINGS, LeadershipDuty.LIAISE_WITH_LEADERS);

    Norm norm = Norm.of("We listen first.", NormTopic.CONFLICT, NormTopic.ROLE_AND_VOICE);
    assertThat(norm.getTopics()).containsExactly(NormTopic.ROLE_AND_VOICE, NormTopic.CONFLICT);

    assertThat(Tool.of("Shared drive", ToolUse.KEEPING_LEGACY).getUses())
        .containsExactly(ToolUse.KEEPING_LEGACY);
    assertThat(SizeRange.of(8, 20))
        .extracting(SizeRange::getMin, SizeRange::getMax)
        .containsExactly(8, 20);
    assertThat(CompetencyRef.of("alberta-slqs", "2"))
        .extracting(CompetencyRef::getFrameworkId, CompetencyRef::getCompetencyId)
        .containsExactly("alberta-slqs", "2");
    assertThat(TierChange.of(LocalDate.of(2026, 1, 5), ParticipationTier.ACTIVE).getTier())
        .isEqualTo(ParticipationTier.ACTIVE);
    assertThat(NormAgreement.of(MemberId.of("m1"), 2, LocalDate.of(2026, 9, 1)).getVersion())
        .isEqualTo(2);
    assertThat(Measure.of("attendance", MeasureKind.PROCESS).getKind())
        .isEqualTo(MeasureKind.PROCESS);
    assertThat(FeedbackMethod.of("exit ticket", "every meeting").getSchedule())
        .contains("every meeting");
    assertThat(Celebration.of("year-end lunch").getOn()).isEmpty();
    assertThat(ProblemOfPractice.of("p1", "absence").getEquityFocus()).isEmpty();
    assertThat(PurposeStatement.of("a", "b", "c").getCommitment()).contains("c");
  }

  @Test
  void cadenceFactories() {
    Cadence weeks = Cadence.everyWeeks(3);
    assertThat(weeks.getKind()).isEqualTo(CadenceKind.EVERY_N_WEEKS);
    assertThat(weeks.getIntervalWeeks()).contains(3);
    assertThat(weeks.getDayOfWeek()).isEmpty();

    Cadence monthly = Cadence.monthlyOn(2, DayOfWeek.TUESDAY);
    assertThat(monthly.getKind()).isEqualTo(CadenceKind.MONTHLY);
    assertThat(monthly.getWeekOfMonth()).contains(2);
    assertThat(monthly.getDayOfWeek()).contains(DayOfWeek.TUESDAY);
    assertThat(monthly.getIntervalWeeks()).isEmpty();
  }

  @Test
  void unknownPropertiesAreKeptSortedByName() {
    Person person =
        Person.builder()
            .name("Ada")
            .putUnknownProperty("zeta", "true")
            .putUnknownProperty("alpha", "{\"a\":[1,2.50]}")
            .build();
    assertThat(person.getUnknownProperties().keySet()).containsExactly("alpha", "zeta");
    assertThat(person.getUnknownProperties()).containsEntry("alpha", "{\"a\":[1,2.50]}");
  }
}
