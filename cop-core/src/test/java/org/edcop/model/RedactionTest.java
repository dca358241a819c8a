package org.edcop.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Personal data must never leak into logs through {@code toString()}; {@code
 * org.edcop.testing.ModelToStringTest} checks every model type on seeded random plans.
 */
class RedactionTest {

  private static final String EMAIL = "ada.example@district.example";
  private static final String PHONE = "+1 780 555 0199";

  private static final ContactInfo CONTACT =
      ContactInfo.builder().email(EMAIL).phone(PHONE).build();

  @Test
  void contactInfoDoesNotPrintItsValues() {
    assertThat(CONTACT.toString()).doesNotContain(EMAIL).doesNotContain(PHONE);
    assertThat(CONTACT.getEmail()).contains(EMAIL);
    assertThat(CONTACT.getPhone()).contains(PHONE);
  }

  @Test
  void noEnclosingValuePrintsContactDetails() {
    Person person = Person.builder().name("Ada Example").role("Principal").contact(CONTACT).build();
    Member member = Member.of(MemberId.of("m1"), person, ParticipationTier.CORE);
    CommunityOfPractice plan =
        CommunityOfPractice.builder()
            .id("c")
            .name("n")
            .authority("a")
            .timeZone(ZoneId.of("UTC"))
            .community(
                Community.builder()
                    .membership(Membership.builder().addMembers(member).build())
                    .build())
            .build();

    for (Object value : new Object[] {person, member, plan, plan.getCommunity()}) {
      assertThat(value.toString())
          .as(value.getClass().getSimpleName())
          .doesNotContain(EMAIL)
          .doesNotContain("district.example")
          .doesNotContain(PHONE)
          .doesNotContain("555");
    }
    assertThat(person.toString()).doesNotContain("Ada Example").doesNotContain("Principal");
    assertThat(person.getContact()).contains(CONTACT);
  }

  @Test
  void unknownPropertiesOfPersonalTypesAreNotPrinted() {
    var mobile = java.util.Map.of("mobile", "\"+1 780 555 0142\"");
    ContactInfo contact = ContactInfo.builder().email(EMAIL).unknownProperties(mobile).build();
    Person person = Person.builder().name("Ada Example").unknownProperties(mobile).build();
    Member member =
        Member.builder()
            .id(MemberId.of("m1"))
            .person(person)
            .tier(ParticipationTier.CORE)
            .unknownProperties(mobile)
            .build();
    Reflection reflection =
        Reflection.builder()
            .memberId(MemberId.of("m1"))
            .newLearning("I was afraid to say it")
            .unknownProperties(mobile)
            .build();
    RequiredMember required =
        RequiredMember.builder().who("Ada Example").unknownProperties(mobile).build();
    for (Object value : new Object[] {contact, person, member, reflection, required}) {
      assertThat(value.toString())
          .as(value.getClass().getSimpleName())
          .doesNotContain("0142")
          .doesNotContain("Ada Example")
          .doesNotContain("afraid");
    }
    assertThat(contact.getUnknownProperties()).isEqualTo(mobile);
  }
}
