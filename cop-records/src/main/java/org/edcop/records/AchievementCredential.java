package org.edcop.records;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The content of an Open Badges 3.0 achievement credential (1EdTech) for one member who completed a
 * community: who issues it, to whom, for which achievement and which competencies it is aligned to.
 * The JSON facades write it as unsigned JSON-LD ({@code OpenBadgeCredential}); signing is left to
 * the issuer's wallet or platform. The recipient's name and HR id are redacted from {@code
 * toString()}.
 *
 * @since 0.2.0
 */
@Value.Immutable
public interface AchievementCredential {

  /**
   * The credential's id, a URI: {@code urn:uuid:} and a name-based UUID of community, member and
   * day, so issuing again for the same record gives the same id.
   *
   * @return the id
   */
  String getId();

  /**
   * The credential's name, e.g. "Completed: System Leaders Community of Practice".
   *
   * @return the name
   */
  String getName();

  /**
   * Who issues it.
   *
   * @return the issuer
   */
  BadgeIssuer getIssuer();

  /**
   * From when it is valid: the start of the as-of day in the plan's time zone.
   *
   * @return the instant
   */
  OffsetDateTime getValidFrom();

  /**
   * The recipient's name, as an identifier the badge shows.
   *
   * @return the name
   */
  @Value.Redacted
  String getRecipientName();

  /**
   * The recipient's HR or learning-management id.
   *
   * @return the id, if linked
   */
  @Value.Redacted
  Optional<String> getRecipientExternalId();

  /**
   * The credit granted.
   *
   * @return the credit
   */
  BigDecimal getCreditsEarned();

  /**
   * The achievement's id, a URI shared by every credential for the same community.
   *
   * @return the id
   */
  String getAchievementId();

  /**
   * The achievement's name: the community's name.
   *
   * @return the name
   */
  String getAchievementName();

  /**
   * What the achievement is: the community's purpose statement.
   *
   * @return the description
   */
  String getAchievementDescription();

  /**
   * How the achievement was earned, in words: the attendance the policy asks for.
   *
   * @return the criteria's narrative
   */
  String getCriteriaNarrative();

  /**
   * The competencies the recipient reflected on.
   *
   * @return the alignments
   */
  List<Alignment> getAlignments();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableAchievementCredential.Builder builder() {
    return ImmutableAchievementCredential.builder();
  }

  /**
   * The issuing organisation (an Open Badges {@code Profile}).
   *
   * @since 0.2.0
   */
  @Value.Immutable
  interface BadgeIssuer {
    /**
     * The issuer's id, a URI (a web address or a DID the issuer controls).
     *
     * @return the id
     */
    @Value.Parameter
    String getId();

    /**
     * The issuer's name.
     *
     * @return the name
     */
    @Value.Parameter
    String getName();

    /**
     * Creates an issuer.
     *
     * @param id the issuer's URI
     * @param name its name
     * @return the issuer
     */
    static BadgeIssuer of(String id, String name) {
      return ImmutableBadgeIssuer.of(id, name);
    }
  }

  /**
   * A competency of a professional standard the achievement is aligned to (an Open Badges {@code
   * Alignment}).
   *
   * @since 0.2.0
   */
  @Value.Immutable
  interface Alignment {
    /**
     * The competency's name, or its id when the standard is not in the catalog.
     *
     * @return the name
     */
    String getTargetName();

    /**
     * A URI for the competency: {@code urn:edcop:standards:<framework>:<competency>}.
     *
     * @return the URI
     */
    String getTargetUrl();

    /**
     * The competency's id in its framework.
     *
     * @return the code
     */
    String getTargetCode();

    /**
     * The framework's name, or its id when not in the catalog.
     *
     * @return the framework
     */
    String getTargetFramework();

    /**
     * Starts a builder.
     *
     * @return a new builder
     */
    static ImmutableAlignment.Builder builder() {
      return ImmutableAlignment.builder();
    }
  }
}
