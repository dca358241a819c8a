package org.edcop.records;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.CompetencyRef;
import org.edcop.model.PurposeStatement;
import org.edcop.standards.Competency;
import org.edcop.standards.Framework;
import org.edcop.standards.StandardsCatalog;

/**
 * Makes Open Badges 3.0 achievement credentials for the members who completed a community.
 *
 * @since 0.2.0
 */
public final class AchievementCredentials {

  private AchievementCredentials() {}

  /**
   * One credential per record whose status is {@link CompletionStatus#COMPLETED}, in record order.
   * Competencies are named from the built-in standards catalog where they are known.
   *
   * @param plan the plan the records were computed from
   * @param records its learning records
   * @param policy the policy the records were computed under (for the criteria's wording)
   * @param issuer who issues the credentials
   * @return the credentials
   * @throws IllegalArgumentException if a record belongs to another plan
   */
  public static List<AchievementCredential> of(
      CommunityOfPractice plan,
      List<LearningRecord> records,
      CreditPolicy policy,
      AchievementCredential.BadgeIssuer issuer) {
    return of(plan, records, policy, issuer, StandardsCatalog.builtIn());
  }

  /**
   * As {@link #of(CommunityOfPractice, List, CreditPolicy, AchievementCredential.BadgeIssuer)},
   * with the district's own standards catalog.
   *
   * @param plan the plan the records were computed from
   * @param records its learning records
   * @param policy the policy the records were computed under
   * @param issuer who issues the credentials
   * @param catalog the standards that name competencies
   * @return the credentials
   * @throws IllegalArgumentException if a record belongs to another plan
   */
  public static List<AchievementCredential> of(
      CommunityOfPractice plan,
      List<LearningRecord> records,
      CreditPolicy policy,
      AchievementCredential.BadgeIssuer issuer,
      StandardsCatalog catalog) {
    Objects.requireNonNull(issuer, "issuer");
    List<AchievementCredential> credentials = new ArrayList<>();
    for (LearningRecord record : records) {
      if (!record.getCommunityId().equals(plan.getId())) {
        throw new IllegalArgumentException(
            "the record of member '"
                + record.getMemberId().getValue()
                + "' belongs to plan '"
                + record.getCommunityId()
                + "', not '"
                + plan.getId()
                + "'");
      }
      if (record.getStatus() != CompletionStatus.COMPLETED) {
        continue;
      }
      List<AchievementCredential.Alignment> alignments = new ArrayList<>();
      for (CompetencyRef ref : record.getCompetencies()) {
        alignments.add(alignment(ref, catalog));
      }
      credentials.add(
          AchievementCredential.builder()
              .id(urn(plan.getId(), record.getMemberId().getValue(), record.getAsOf().toString()))
              .name("Completed: " + plan.getName())
              .issuer(issuer)
              .validFrom(record.getAsOf().atStartOfDay(plan.getTimeZone()).toOffsetDateTime())
              .recipientName(record.getName())
              .recipientExternalId(record.getExternalId())
              .creditsEarned(record.getCredits())
              .achievementId(urn(plan.getId()))
              .achievementName(plan.getName())
              .achievementDescription(description(plan))
              .criteriaNarrative(criteria(plan, policy))
              .alignments(alignments)
              .build());
    }
    return List.copyOf(credentials);
  }

  private static AchievementCredential.Alignment alignment(
      CompetencyRef ref, StandardsCatalog catalog) {
    Optional<Framework> framework = catalog.find(ref.getFrameworkId());
    Optional<Competency> competency =
        framework.flatMap(f -> f.findCompetency(ref.getCompetencyId()));
    return AchievementCredential.Alignment.builder()
        .targetName(competency.map(Competency::getName).orElse(ref.getCompetencyId()))
        .targetUrl(
            "urn:edcop:standards:"
                + uriPart(ref.getFrameworkId())
                + ":"
                + uriPart(ref.getCompetencyId()))
        .targetCode(ref.getCompetencyId())
        .targetFramework(framework.map(Framework::getName).orElse(ref.getFrameworkId()))
        .build();
  }

  private static String description(CommunityOfPractice plan) {
    PurposeStatement statement = plan.getDomain().getPurpose().getStatement();
    if (statement.isComplete()) {
      return statement.render();
    }
    return plan.getDomain()
        .getSharedInterest()
        .filter(text -> !text.isBlank())
        .orElse("A community of practice of " + plan.getAuthority() + ".");
  }

  private static String criteria(CommunityOfPractice plan, CreditPolicy policy) {
    String percent =
        policy.getMinimumAttendanceShare().movePointRight(2).stripTrailingZeros().toPlainString();
    return "Attended at least "
        + percent
        + " % of the meetings of "
        + plan.getName()
        + " held during their membership, and every such meeting has taken place.";
  }

  private static String urn(String... parts) {
    String joined = String.join("\u0000", parts);
    return "urn:uuid:" + UUID.nameUUIDFromBytes(joined.getBytes(StandardCharsets.UTF_8));
  }

  /** Percent-encodes what a URN part must not contain raw. */
  private static String uriPart(String text) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_') {
        out.append(c);
      } else {
        out.append('%').append(String.format(java.util.Locale.ROOT, "%02X", b & 0xff));
      }
    }
    return out.toString();
  }
}
