package org.edcop.validation;

import org.edcop.model.CommunityOfPractice;

/**
 * A named, documented validation rule. Every built-in rule implements this interface, and so can a
 * district's own rule: add it with {@code CopValidator.builder().addRule(rule)}. Its findings then
 * appear in reports like the built-in ones, and the {@link ValidationPolicy} switches it off or
 * changes its severity by its id in the same way.
 *
 * <p>Implementations must be stateless or thread-safe: one validator serves many threads. {@link
 * #check} must not throw; the validator reports a rule that does so as an error finding of rule
 * {@code validator.rule-failed} rather than failing the whole validation.
 *
 * @since 0.1.0
 */
public interface Rule {

  /**
   * The rule's stable id: lower-case words separated by dots and hyphens, e.g. {@code
   * district.meeting-on-pd-day}. Never reuse or rename an id once released.
   *
   * @return the id
   */
  String getId();

  /**
   * The guide section the rule checks.
   *
   * @return the section
   */
  Section getSection();

  /**
   * The stage from which the rule reports at its default severity. Before that stage it reports as
   * {@link Severity#INFO}, unless it is an integrity rule.
   *
   * @return the stage the rule is due at
   */
  Stage getStage();

  /**
   * The severity of the rule's findings once due, before the policy's overrides.
   *
   * @return the default severity
   */
  Severity getDefaultSeverity();

  /**
   * Whether the rule checks integrity (unique ids, references, ranges, times): integrity rules
   * report at their severity at every stage.
   *
   * @return {@code true} for an integrity rule
   */
  default boolean isIntegrity() {
    return false;
  }

  /**
   * A one-sentence description of what the rule checks.
   *
   * @return the description
   */
  String getDescription();

  /**
   * Checks a plan and reports each problem through the context.
   *
   * @param plan the plan
   * @param context where to report findings, and the policy in force
   */
  void check(CommunityOfPractice plan, RuleContext context);
}
