package org.edcop.json.format.internal;

import java.util.List;
import org.edcop.json.format.CopJsonFormat;
import org.edcop.records.AchievementCredential;
import org.edcop.records.AttendedMeeting;
import org.edcop.records.LearningRecord;

/**
 * Converts learning records and achievement credentials into their wire records (both are exports:
 * cop writes them and does not read them back).
 */
public final class RecordsMapping {

  private RecordsMapping() {}

  /**
   * The wire form of a records export.
   *
   * @param records the records
   * @return the document
   */
  public static RecordsWire.LearningRecords toWire(List<LearningRecord> records) {
    return new RecordsWire.LearningRecords(
        CopJsonFormat.SCHEMA_VERSION, records.stream().map(RecordsMapping::record).toList());
  }

  private static RecordsWire.LearningRecord record(LearningRecord m) {
    return new RecordsWire.LearningRecord(
        m.getCommunityId(),
        m.getCommunityName(),
        m.getAuthority(),
        m.getMemberId().getValue(),
        m.getName(),
        m.getExternalId().orElse(null),
        m.getTier().code(),
        WireOut.date(m.getAsOf()),
        period(m),
        m.getMeetingsHeld(),
        m.getMeetingsAttended().stream().map(RecordsMapping::meeting).toList(),
        m.getAttendanceShare().orElse(null),
        m.getLearningTime().toString(),
        m.getCreditedTime().toString(),
        m.getCredits(),
        m.getStatus().code(),
        m.getCompetencies().stream()
            .map(c -> new PlanWire.CompetencyRef(c.getFrameworkId(), c.getCompetencyId(), null))
            .toList());
  }

  /** The period, left out when it has neither end (a member from the start, still a member). */
  private static RecordsWire.MembershipPeriod period(LearningRecord m) {
    if (m.getPeriod().getJoinedOn().isEmpty() && m.getPeriod().getLeftOn().isEmpty()) {
      return null;
    }
    return new RecordsWire.MembershipPeriod(
        WireOut.optional(m.getPeriod().getJoinedOn(), WireOut::date),
        WireOut.optional(m.getPeriod().getLeftOn(), WireOut::date));
  }

  private static RecordsWire.AttendedMeeting meeting(AttendedMeeting m) {
    return new RecordsWire.AttendedMeeting(
        m.getMeetingId(),
        m.getTitle().orElse(null),
        WireOut.date(m.getDate()),
        m.getLength().toString());
  }

  /**
   * The wire form of an achievement credential: an unsigned {@code OpenBadgeCredential}.
   *
   * @param m the credential
   * @return the document
   */
  public static CredentialWire.Credential toWire(AchievementCredential m) {
    List<CredentialWire.Identity> identifiers =
        new java.util.ArrayList<>(
            List.of(
                new CredentialWire.Identity(
                    "IdentityObject", m.getRecipientName(), "name", false)));
    m.getRecipientExternalId()
        .ifPresent(
            id ->
                identifiers.add(
                    new CredentialWire.Identity("IdentityObject", id, "identifier", false)));
    CredentialWire.Achievement achievement =
        new CredentialWire.Achievement(
            m.getAchievementId(),
            List.of("Achievement"),
            "LearningProgram",
            m.getAchievementName(),
            m.getAchievementDescription(),
            new CredentialWire.Criteria(m.getCriteriaNarrative()),
            m.getAlignments().isEmpty()
                ? null
                : m.getAlignments().stream()
                    .map(
                        a ->
                            new CredentialWire.Alignment(
                                List.of("Alignment"),
                                a.getTargetName(),
                                a.getTargetUrl(),
                                a.getTargetCode(),
                                a.getTargetFramework()))
                    .toList());
    return new CredentialWire.Credential(
        CredentialWire.CONTEXT,
        m.getId(),
        List.of("VerifiableCredential", "OpenBadgeCredential"),
        m.getName(),
        new CredentialWire.Profile(
            m.getIssuer().getId(), List.of("Profile"), m.getIssuer().getName()),
        WireOut.dateTime(m.getValidFrom()),
        new CredentialWire.Subject(
            List.of("AchievementSubject"),
            List.copyOf(identifiers),
            achievement,
            m.getCreditsEarned()));
  }
}
