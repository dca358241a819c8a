package org.edcop.json.format.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;

/**
 * The wire records of an Open Badges 3.0 achievement credential (1EdTech), written as unsigned
 * JSON-LD. Property names and {@code type} values are the Open Badges data model's; only the
 * properties cop fills are declared.
 */
public final class CredentialWire {

  /** The JSON-LD contexts, in the order the specification requires. */
  public static final List<String> CONTEXT =
      List.of(
          "https://www.w3.org/ns/credentials/v2",
          "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");

  private CredentialWire() {}

  /**
   * An {@code OpenBadgeCredential}.
   *
   * @param context the {@code @context} property
   * @param id the {@code id} property
   * @param type the {@code type} property
   * @param name the {@code name} property
   * @param issuer the {@code issuer} property
   * @param validFrom the {@code validFrom} property
   * @param credentialSubject the {@code credentialSubject} property
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"@context", "id", "type", "name", "issuer", "validFrom", "credentialSubject"})
  public record Credential(
      @JsonProperty("@context") List<String> context,
      @JsonProperty("id") String id,
      @JsonProperty("type") List<String> type,
      @JsonProperty("name") String name,
      @JsonProperty("issuer") Profile issuer,
      @JsonProperty("validFrom") String validFrom,
      @JsonProperty("credentialSubject") Subject credentialSubject) {}

  /**
   * A {@code Profile}: the issuer.
   *
   * @param id the {@code id} property
   * @param type the {@code type} property
   * @param name the {@code name} property
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"id", "type", "name"})
  public record Profile(
      @JsonProperty("id") String id,
      @JsonProperty("type") List<String> type,
      @JsonProperty("name") String name) {}

  /**
   * An {@code AchievementSubject}: the recipient and what they achieved.
   *
   * @param type the {@code type} property
   * @param identifier the {@code identifier} property
   * @param achievement the {@code achievement} property
   * @param creditsEarned the {@code creditsEarned} property
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"type", "identifier", "achievement", "creditsEarned"})
  public record Subject(
      @JsonProperty("type") List<String> type,
      @JsonProperty("identifier") List<Identity> identifier,
      @JsonProperty("achievement") Achievement achievement,
      @JsonProperty("creditsEarned") BigDecimal creditsEarned) {}

  /**
   * An {@code IdentityObject}, not hashed.
   *
   * @param type the {@code type} property
   * @param identityHash the {@code identityHash} property (the plain value when not hashed)
   * @param identityType the {@code identityType} property
   * @param hashed the {@code hashed} property
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"type", "identityHash", "identityType", "hashed"})
  public record Identity(
      @JsonProperty("type") String type,
      @JsonProperty("identityHash") String identityHash,
      @JsonProperty("identityType") String identityType,
      @JsonProperty("hashed") Boolean hashed) {}

  /**
   * An {@code Achievement}.
   *
   * @param id the {@code id} property
   * @param type the {@code type} property
   * @param achievementType the {@code achievementType} property
   * @param name the {@code name} property
   * @param description the {@code description} property
   * @param criteria the {@code criteria} property
   * @param alignment the {@code alignment} property
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    "id",
    "type",
    "achievementType",
    "name",
    "description",
    "criteria",
    "alignment"
  })
  public record Achievement(
      @JsonProperty("id") String id,
      @JsonProperty("type") List<String> type,
      @JsonProperty("achievementType") String achievementType,
      @JsonProperty("name") String name,
      @JsonProperty("description") String description,
      @JsonProperty("criteria") Criteria criteria,
      @JsonProperty("alignment") List<Alignment> alignment) {}

  /**
   * A {@code Criteria}, by narrative.
   *
   * @param narrative the {@code narrative} property
   */
  public record Criteria(@JsonProperty("narrative") String narrative) {}

  /**
   * An {@code Alignment} to a competency.
   *
   * @param type the {@code type} property
   * @param targetName the {@code targetName} property
   * @param targetUrl the {@code targetUrl} property
   * @param targetCode the {@code targetCode} property
   * @param targetFramework the {@code targetFramework} property
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"type", "targetName", "targetUrl", "targetCode", "targetFramework"})
  public record Alignment(
      @JsonProperty("type") List<String> type,
      @JsonProperty("targetName") String targetName,
      @JsonProperty("targetUrl") String targetUrl,
      @JsonProperty("targetCode") String targetCode,
      @JsonProperty("targetFramework") String targetFramework) {}
}
