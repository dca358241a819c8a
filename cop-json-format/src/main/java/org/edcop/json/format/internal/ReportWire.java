package org.edcop.json.format.internal;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The wire records of a validation report document. {@code acceptable} and {@code sections} are
 * derived from the findings: they are written for the reader's convenience and checked, not
 * trusted, when read. Reports keep no unknown properties: the lenient reader ignores them, the
 * strict one rejects them.
 */
public final class ReportWire {

  private ReportWire() {}

  /**
   * The wire form of {@link org.edcop.validation.ValidationReport}.
   *
   * @param schemaVersion the {@code schemaVersion} property
   * @param stage the {@code stage} property
   * @param asOf the {@code asOf} property: the day the plan was judged as of (since schema 1 of
   *     0.2.0; reports written without it still read)
   * @param acceptable the {@code acceptable} property
   * @param sections the {@code sections} property
   * @param findings the {@code findings} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"schemaVersion", "stage", "asOf", "acceptable", "sections", "findings"})
  public record ValidationReport(
      @JsonProperty("schemaVersion") Integer schemaVersion,
      @JsonProperty("stage") String stage,
      @JsonProperty("asOf") String asOf,
      @JsonProperty("acceptable") Boolean acceptable,
      @JsonProperty("sections") List<SectionSummary> sections,
      @JsonProperty("findings") List<Finding> findings,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.validation.SectionSummary}.
   *
   * @param section the {@code section} property
   * @param complete the {@code complete} property
   * @param errors the {@code errors} property
   * @param warnings the {@code warnings} property
   * @param infos the {@code infos} property
   * @param openQuestions the {@code openQuestions} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"section", "complete", "errors", "warnings", "infos", "openQuestions"})
  public record SectionSummary(
      @JsonProperty("section") String section,
      @JsonProperty("complete") Boolean complete,
      @JsonProperty("errors") Integer errors,
      @JsonProperty("warnings") Integer warnings,
      @JsonProperty("infos") Integer infos,
      @JsonProperty("openQuestions") List<String> openQuestions,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  /**
   * The wire form of {@link org.edcop.validation.Finding}.
   *
   * @param ruleId the {@code ruleId} property
   * @param severity the {@code severity} property
   * @param section the {@code section} property
   * @param path the {@code path} property
   * @param message the {@code message} property
   * @param messageKey the {@code messageKey} property
   * @param arguments the {@code arguments} property
   * @param unknownProperties properties the format does not define, as raw JSON by name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    "ruleId",
    "severity",
    "section",
    "path",
    "message",
    "messageKey",
    "arguments"
  })
  public record Finding(
      @JsonProperty("ruleId") String ruleId,
      @JsonProperty("severity") String severity,
      @JsonProperty("section") String section,
      @JsonProperty("path") String path,
      @JsonProperty("message") String message,
      @JsonProperty("messageKey") String messageKey,
      @JsonProperty("arguments") Map<String, String> arguments,
      @JsonAnyGetter @JsonAnySetter Map<String, RawJson> unknownProperties) {}
}
