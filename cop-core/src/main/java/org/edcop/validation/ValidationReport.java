package org.edcop.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The outcome of validating one plan at one stage: the findings in a stable order (guide section,
 * then path, then rule id), whether the plan is acceptable at that stage (no error), and a summary
 * per guide section.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface ValidationReport {

  /**
   * The stage the plan was validated for.
   *
   * @return the stage
   */
  Stage getStage();

  /**
   * The day the plan was judged as of, in the plan's time zone (see {@link RuleContext#getAsOf()}).
   *
   * @return the as-of date; always present for {@link Stage#RUNNING}, otherwise only when given
   * @since 0.2.0
   */
  Optional<LocalDate> getAsOf();

  /**
   * The findings, ordered by guide section, then path, then rule id.
   *
   * @return the findings
   */
  List<Finding> getFindings();

  /**
   * Whether the plan is acceptable at the stage: no finding is an error.
   *
   * @return {@code true} when acceptable
   */
  default boolean isAcceptable() {
    return count(Severity.ERROR) == 0;
  }

  /**
   * Counts the findings of a severity.
   *
   * @param severity the severity
   * @return the number of findings with it
   */
  default int count(Severity severity) {
    int count = 0;
    for (Finding finding : getFindings()) {
      if (finding.getSeverity() == severity) {
        count++;
      }
    }
    return count;
  }

  /**
   * The findings of one rule.
   *
   * @param ruleId the rule id
   * @return the findings with that id, in report order
   */
  default List<Finding> findings(String ruleId) {
    List<Finding> matching = new ArrayList<>();
    for (Finding finding : getFindings()) {
      if (finding.getRuleId().equals(ruleId)) {
        matching.add(finding);
      }
    }
    return List.copyOf(matching);
  }

  /**
   * One summary per guide section, every section present, in guide order.
   *
   * @return the section summaries
   */
  @Value.Lazy
  default List<SectionSummary> getSections() {
    Map<Section, ImmutableSectionSummary.Builder> builders = new EnumMap<>(Section.class);
    Map<Section, int[]> counts = new EnumMap<>(Section.class);
    for (Section section : Section.values()) {
      builders.put(section, SectionSummary.builder().section(section));
      counts.put(section, new int[Severity.values().length]);
    }
    for (Finding finding : getFindings()) {
      counts.get(finding.getSection())[finding.getSeverity().ordinal()]++;
      if (finding.getSeverity() == Severity.INFO) {
        builders.get(finding.getSection()).addOpenQuestions(finding.getMessage());
      }
    }
    List<SectionSummary> summaries = new ArrayList<>();
    for (Section section : Section.values()) {
      int[] c = counts.get(section);
      summaries.add(
          builders
              .get(section)
              .errors(c[Severity.ERROR.ordinal()])
              .warnings(c[Severity.WARNING.ordinal()])
              .infos(c[Severity.INFO.ordinal()])
              .build());
    }
    return List.copyOf(summaries);
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableValidationReport.Builder builder() {
    return ImmutableValidationReport.builder();
  }
}
