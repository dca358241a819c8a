package org.edcop.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.edcop.model.Community;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.CompetencyRef;
import org.edcop.model.ContactInfo;
import org.edcop.model.Leader;
import org.edcop.model.Leadership;
import org.edcop.model.LeadershipDuty;
import org.edcop.model.Meeting;
import org.edcop.model.Member;
import org.edcop.model.MemberId;
import org.edcop.model.Membership;
import org.edcop.model.NormAgreement;
import org.edcop.model.Norms;
import org.edcop.model.ParticipationTier;
import org.edcop.model.Person;
import org.edcop.model.Practice;
import org.edcop.model.Reflection;
import org.edcop.model.RequiredMember;
import org.junit.jupiter.api.Test;

/**
 * Redaction profiles and erasure on a small hand-made plan (the seeded property test is in
 * cop-json).
 */
class PrivacyTest {

  private static final MemberId ADA = MemberId.of("ada");
  private static final MemberId BO = MemberId.of("bo");
  private static final OffsetDateTime START = OffsetDateTime.parse("2026-09-08T15:30:00-06:00");

  static CommunityOfPractice plan() {
    Person ada =
        Person.builder()
            .name("Ada Lovelace")
            .role("Principal")
            .organisation("North School")
            .externalId("hr-1")
            .contact(ContactInfo.builder().email("ada@x.example").phone("+1 555 0100").build())
            .unknownProperties(Map.of("pronouns", "\"she/her\""))
            .build();
    return CommunityOfPractice.builder()
        .id("p")
        .name("n")
        .authority("a")
        .timeZone(ZoneId.of("America/Edmonton"))
        .community(
            Community.builder()
                .membership(
                    Membership.builder()
                        .addMembers(Member.of(ADA, ada, ParticipationTier.CORE))
                        .addMembers(
                            Member.of(BO, Person.of("Bo Diddley"), ParticipationTier.ACTIVE))
                        .addRequiredMembers(
                            RequiredMember.builder()
                                .who("Ada, the principal")
                                .memberId(ADA)
                                .build())
                        .addRequiredMembers(RequiredMember.builder().who("a trustee").build())
                        .build())
                .leadership(
                    Leadership.builder()
                        .addLeaders(Leader.of(ADA, LeadershipDuty.SET_UP_MEETINGS))
                        .build())
                .norms(
                    Norms.builder()
                        .addAgreements(NormAgreement.of(ADA, 1, LocalDate.of(2026, 9, 8)))
                        .build())
                .build())
        .practice(
            Practice.builder()
                .addMeetings(
                    Meeting.builder()
                        .id("m1")
                        .start(START)
                        .end(START.plusMinutes(90))
                        .facilitator(ADA)
                        .addAttendance(ADA, BO, MemberId.of("ghost"))
                        .build())
                .addReflections(
                    Reflection.builder()
                        .memberId(ADA)
                        .newLearning("I was wrong about grading")
                        .addCompetencies(CompetencyRef.of("alberta-lqs", "1"))
                        .build())
                .addReflections(
                    Reflection.builder()
                        .memberId(BO)
                        .application("only for me")
                        .addCompetencies(CompetencyRef.of("alberta-lqs", "2"))
                        .privateToAuthor(true)
                        .build())
                .build())
        .build();
  }

  @Test
  void stakeholderKeepsNamesAndRolesButNoContactOrReflectionText() {
    CommunityOfPractice copy = Privacy.redact(plan(), RedactionProfile.STAKEHOLDER);
    Person ada = copy.getCommunity().getMembership().getMembers().get(0).getPerson();
    assertThat(ada.getName()).isEqualTo("Ada Lovelace");
    assertThat(ada.getRole()).contains("Principal");
    assertThat(ada.getContact()).isEmpty();
    assertThat(ada.getExternalId()).isEmpty();
    assertThat(ada.getUnknownProperties()).isEmpty();
    Reflection open = copy.getPractice().getReflections().get(0);
    assertThat(open.getNewLearning()).isEmpty();
    assertThat(open.getCompetencies()).hasSize(1);
    Reflection closed = copy.getPractice().getReflections().get(1);
    assertThat(closed.getApplication()).isEmpty();
    assertThat(closed.getCompetencies()).isEmpty();
    assertThat(closed.isPrivateToAuthor()).isTrue();
    assertThat(copy.getPractice().learningTimeByMember())
        .isEqualTo(plan().getPractice().learningTimeByMember());
  }

  @Test
  void publicUsesStablePseudonymsByRosterPosition() {
    CommunityOfPractice copy = Privacy.redact(plan(), RedactionProfile.PUBLIC);
    var members = copy.getCommunity().getMembership().getMembers();
    assertThat(members)
        .extracting(m -> m.getPerson().getName())
        .containsExactly("Member 1", "Member 2");
    assertThat(members)
        .extracting(m -> m.getId().getValue())
        .containsExactly("member-1", "member-2");
    assertThat(members.get(0).getPerson().getRole()).isEmpty();
    assertThat(members)
        .extracting(Member::getTier)
        .containsExactly(ParticipationTier.CORE, ParticipationTier.ACTIVE);
    assertThat(copy.getCommunity().getMembership().getRequiredMembers())
        .extracting(RequiredMember::getWho)
        .containsExactly("Member 1", "Required member 1");
    assertThat(copy.getCommunity().getLeadership().getLeaders().get(0).getMemberId().getValue())
        .isEqualTo("member-1");
    assertThat(copy.getPractice().getMeetings().get(0).getAttendance())
        .extracting(MemberId::getValue)
        .containsExactlyInAnyOrder("member-1", "member-2", "unlisted-3");
    assertThat(copy.getPractice().getMeetings().get(0).getFacilitator())
        .contains(MemberId.of("member-1"));
    assertThat(Privacy.redact(plan(), RedactionProfile.PUBLIC)).isEqualTo(copy);
  }

  @Test
  void eraseReplacesEveryReferenceWithATombstoneAndReportsWhere() {
    ErasureReport report = Privacy.erase(plan(), ADA);
    CommunityOfPractice erased = report.getPlan();
    assertThat(report.getTombstoneId()).isEqualTo(MemberId.of("erased-1"));
    Member tomb = erased.getCommunity().getMembership().getMembers().get(0);
    assertThat(tomb.getId()).isEqualTo(report.getTombstoneId());
    assertThat(tomb.getPerson()).isEqualTo(Person.of(Privacy.ERASED_NAME));
    assertThat(tomb.getTier()).isEqualTo(ParticipationTier.CORE);
    assertThat(erased.getCommunity().getMembership().getMembers().get(1))
        .isEqualTo(plan().getCommunity().getMembership().getMembers().get(1));
    assertThat(erased.getCommunity().getLeadership().getLeaders().get(0).getMemberId())
        .isEqualTo(report.getTombstoneId());
    assertThat(erased.getCommunity().getNorms().getAgreements().get(0).getMemberId())
        .isEqualTo(report.getTombstoneId());
    assertThat(erased.getPractice().getMeetings().get(0).getAttendance())
        .contains(report.getTombstoneId(), BO)
        .doesNotContain(ADA);
    Reflection reflection = erased.getPractice().getReflections().get(0);
    assertThat(reflection.getNewLearning()).isEmpty();
    assertThat(reflection.getCompetencies()).isEmpty();
    assertThat(erased.getCommunity().getMembership().getRequiredMembers().get(0).getWho())
        .isEqualTo(Privacy.ERASED_NAME);
    assertThat(report.getRemoved())
        .containsExactly(
            "/community/membership/members/0/id",
            "/community/membership/members/0/person",
            "/community/membership/requiredMembers/0/who",
            "/practice/reflections/0");
    assertThat(report.getReplacedReferences())
        .containsExactly(
            "/community/leadership/leaders/0/memberId",
            "/community/norms/agreements/0/memberId",
            "/community/membership/requiredMembers/0/memberId",
            "/practice/meetings/0/facilitator",
            "/practice/meetings/0/attendance",
            "/practice/reflections/0/memberId");
    assertThat(report.toString()).doesNotContain("value=ada}");
    assertThat(erased.getPractice().learningTimeByMember().values())
        .containsExactlyInAnyOrderElementsOf(plan().getPractice().learningTimeByMember().values());
  }

  @Test
  void tombstonesNeverCollideWithExistingIds() {
    CommunityOfPractice once = Privacy.erase(plan(), ADA).getPlan();
    ErasureReport twice = Privacy.erase(once, BO);
    assertThat(twice.getTombstoneId()).isEqualTo(MemberId.of("erased-2"));
  }

  @Test
  void anUnknownIdIsATypedErrorNamingIt() {
    UnknownMemberException e =
        catchThrowableOfType(
            UnknownMemberException.class, () -> Privacy.erase(plan(), MemberId.of("zed")));
    assertThat(e.getMemberId()).isEqualTo(MemberId.of("zed"));
    assertThat(e).hasMessage("no member with id 'zed' is on the roster of plan 'p'");
    // a dangling reference is not a roster entry either
    assertThat(
            catchThrowableOfType(
                UnknownMemberException.class, () -> Privacy.erase(plan(), MemberId.of("ghost"))))
        .isNotNull();
  }

  @Test
  void profilesHaveCodes() {
    assertThat(RedactionProfile.fromCode("stakeholder")).isEqualTo(RedactionProfile.STAKEHOLDER);
    assertThat(RedactionProfile.PUBLIC.code()).isEqualTo("public");
  }
}
