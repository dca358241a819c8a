package org.edcop.testing.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.edcop.model.ContactInfo;
import org.edcop.model.ImmutableMember;
import org.edcop.model.MemberId;
import org.edcop.model.ParticipationTier;
import org.edcop.model.Person;

/** Small helpers shared by the hand-written samples. */
final class SampleSupport {

  private SampleSupport() {}

  static MemberId id(String value) {
    return MemberId.of(value);
  }

  static ImmutableMember member(
      String id, String name, String role, String organisation, ParticipationTier tier) {
    String local = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.').replace("'", "");
    return ImmutableMember.builder()
        .id(MemberId.of(id))
        .person(
            Person.builder()
                .name(name)
                .role(role)
                .organisation(organisation)
                .contact(ContactInfo.builder().email(local + "@example.org").build())
                .build())
        .tier(tier)
        .build();
  }

  /** Agreements to one version of the norms by every member who counts as a member. */
  static java.util.List<org.edcop.model.NormAgreement> everyoneAgrees(
      java.util.List<? extends org.edcop.model.Member> members, int version, LocalDate on) {
    java.util.List<org.edcop.model.NormAgreement> agreements = new java.util.ArrayList<>();
    for (org.edcop.model.Member member : members) {
      if (member.countsAsMember()) {
        agreements.add(org.edcop.model.NormAgreement.of(member.getId(), version, on));
      }
    }
    return agreements;
  }

  /** Dates from {@code first}, every {@code weeks} weeks, {@code count} of them. */
  static java.util.List<LocalDate> everyWeeks(LocalDate first, int weeks, int count) {
    java.util.List<LocalDate> dates = new java.util.ArrayList<>();
    for (int i = 0; i < count; i++) {
      dates.add(first.plusWeeks((long) weeks * i));
    }
    return dates;
  }

  /** The start of a meeting at a local time on a date, with the zone's offset on that day. */
  static OffsetDateTime at(LocalDate date, LocalTime time, ZoneId zone) {
    return ZonedDateTime.of(date, time, zone).toOffsetDateTime();
  }
}
