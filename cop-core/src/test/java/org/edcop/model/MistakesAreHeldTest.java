package org.edcop.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * The model holds plans with mistakes, so that validation can report them instead of a builder
 * throwing.
 */
class MistakesAreHeldTest {

  @Test
  void planWithIntegrityMistakesStillBuilds() {
    MemberId dup = MemberId.of("m1");
    MemberId ghost = MemberId.of("nobody");
    CommunityOfPractice plan =
        CommunityOfPractice.builder()
            .id("c")
            .name("Flawed")
            .authority("A")
            .timeZone(ZoneId.of("America/Edmonton"))
            .community(
                Community.builder()
                    .membership(
                        Membership.builder()
                            .idealSize(SizeRange.of(20, 5))
                            .addMembers(Member.of(dup, Person.of("One"), ParticipationTier.CORE))
                            .addMembers(Member.of(dup, Person.of("Two"), ParticipationTier.ACTIVE))
                            .addRequiredMembers(
                                RequiredMember.builder().who("lead").memberId(ghost).build())
                            .build())
                    .leadership(
                        Leadership.builder()
                            .structure(LeadershipStructure.SINGLE_LEADER)
                            .addLeaders(Leader.of(ghost, LeadershipDuty.CONVENE_COMMUNITY))
                            .build())
                    .norms(
                        Norms.builder()
                            .version(-3)
                            .addAgreements(
                                NormAgreement.of(ghost, 1, java.time.LocalDate.of(2026, 1, 1)))
                            .build())
                    .build())
            .practice(
                Practice.builder()
                    .addMeetings(
                        Meeting.builder()
                            .id("x")
                            .start(OffsetDateTime.parse("2026-10-01T10:00Z"))
                            .end(OffsetDateTime.parse("2026-10-01T09:00Z"))
                            .facilitator(ghost)
                            .addAttendance(ghost)
                            .build(),
                        Meeting.builder().id("x").build())
                    .addImprovementWork(
                        ImprovementWork.builder().problemOfPracticeId("missing").build())
                    .addReflections(
                        Reflection.builder()
                            .memberId(ghost)
                            .addCompetencies(CompetencyRef.of("no-such-standard", "99"))
                            .build())
                    .build())
            .build();

    Membership membership = plan.getCommunity().getMembership();
    assertThat(membership.getMembers()).hasSize(2);
    assertThat(membership.getMembers()).extracting(Member::getId).containsOnly(dup);
    assertThat(membership.getIdealSize()).contains(SizeRange.of(20, 5));
    assertThat(membership.getIdealSize().get().contains(10)).isFalse();
    assertThat(membership.findMember(ghost)).isEmpty();
    assertThat(membership.findMember(dup).get().getPerson().getName()).isEqualTo("One");
    assertThat(plan.getCommunity().getNorms().getVersion()).isEqualTo(-3);
    Meeting backwards = plan.getPractice().getMeetings().get(0);
    assertThat(backwards.length()).isEmpty();
    assertThat(plan.getPractice().getMeetings())
        .extracting(Meeting::getId)
        .containsExactly("x", "x");
    assertThat(plan.getPractice().learningTimeByMember()).isEmpty();
  }
}
