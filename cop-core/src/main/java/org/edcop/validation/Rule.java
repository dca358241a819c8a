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
 * <p>A rule that needs nothing but a check is written with {@link #builder(String)}:
 *
 * <pre>{@code
 * Rule rule = Rule.builder("district.meeting-on-pd-day")
 *     .section(Section.COLLABORATIVE_PLAN)
 *     .stage(Stage.LAUNCH)
 *     .severity(Severity.WARNING)
 *     .description("No meeting falls on a professional-development day.")
 *     .check((plan, context) -> { ... context.report(PlanPath.of("practice", "meetings", i, "start")
 *         .toString(), "Meeting " + id + " falls on a PD day.", Map.of("meeting", id)); })
 *     .build();
 * }</pre>
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

  /**
   * Starts a rule with the given id, to be finished with its section, stage, severity, description
   * and check.
   *
   * @param id the rule's id: lower-case words separated by dots and hyphens
   * @return a builder
   * @since 0.2.0
   */
  static Builder builder(String id) {
    return new Builder(id);
  }

  /**
   * Creates a rule from its parts.
   *
   * @param id the rule's id: lower-case words separated by dots and hyphens
   * @param section the guide section it checks
   * @param stage the stage it is due at
   * @param severity its severity once due
   * @param description what it checks, one sentence
   * @param check the check
   * @return the rule
   * @throws IllegalArgumentException if the id is not lower-case words separated by dots and
   *     hyphens, or the description is blank
   * @since 0.2.0
   */
  static Rule of(
      String id, Section section, Stage stage, Severity severity, String description, Check check) {
    return builder(id)
        .section(section)
        .stage(stage)
        .severity(severity)
        .description(description)
        .check(check)
        .build();
  }

  /**
   * The check of a rule made with {@link #builder(String)} or {@link #of}: what {@link Rule#check}
   * does.
   *
   * @since 0.2.0
   */
  @FunctionalInterface
  interface Check {
    /**
     * Checks a plan and reports each problem through the context.
     *
     * @param plan the plan
     * @param context where to report findings, and the policy in force
     */
    void check(CommunityOfPractice plan, RuleContext context);
  }

  /**
   * Builds a {@link Rule} from its parts; {@link #build()} checks that every part is set.
   *
   * @since 0.2.0
   */
  final class Builder {
    private static final java.util.regex.Pattern ID =
        java.util.regex.Pattern.compile("[a-z0-9]+(?:[.-][a-z0-9]+)*");

    private final String id;
    private Section section;
    private Stage stage;
    private Severity severity;
    private String description;
    private Check check;
    private boolean integrity;

    private Builder(String id) {
      this.id = java.util.Objects.requireNonNull(id, "id");
    }

    /**
     * Sets the guide section the rule checks.
     *
     * @param section the section
     * @return this builder
     */
    public Builder section(Section section) {
      this.section = java.util.Objects.requireNonNull(section, "section");
      return this;
    }

    /**
     * Sets the stage from which the rule reports at its severity (before it, as info).
     *
     * @param stage the stage
     * @return this builder
     */
    public Builder stage(Stage stage) {
      this.stage = java.util.Objects.requireNonNull(stage, "stage");
      return this;
    }

    /**
     * Sets the severity of the rule's findings once due.
     *
     * @param severity the severity
     * @return this builder
     */
    public Builder severity(Severity severity) {
      this.severity = java.util.Objects.requireNonNull(severity, "severity");
      return this;
    }

    /**
     * Sets what the rule checks, one sentence.
     *
     * @param description the description
     * @return this builder
     */
    public Builder description(String description) {
      this.description = java.util.Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * Makes the rule an integrity rule, reported at its severity at every stage.
     *
     * @param integrity {@code true} for an integrity rule
     * @return this builder
     */
    public Builder integrity(boolean integrity) {
      this.integrity = integrity;
      return this;
    }

    /**
     * Sets the check.
     *
     * @param check the check; must be thread-safe
     * @return this builder
     */
    public Builder check(Check check) {
      this.check = java.util.Objects.requireNonNull(check, "check");
      return this;
    }

    /**
     * Builds the rule.
     *
     * @return the rule
     * @throws IllegalStateException if a part is missing
     * @throws IllegalArgumentException if the id is not lower-case words separated by dots and
     *     hyphens, or the description is blank
     */
    public Rule build() {
      if (!ID.matcher(id).matches()) {
        throw new IllegalArgumentException(
            "a rule id is lower-case words separated by dots and hyphens (e.g."
                + " district.meeting-on-pd-day), but was: '"
                + id
                + "'");
      }
      if (section == null || stage == null || severity == null || check == null) {
        throw new IllegalStateException(
            "rule '" + id + "' needs a section, a stage, a severity and a check");
      }
      if (description == null || description.isBlank()) {
        throw new IllegalArgumentException("rule '" + id + "' needs a description");
      }
      return new Made(this);
    }

    /** A rule made by the builder. */
    private static final class Made implements Rule {
      private final String id;
      private final Section section;
      private final Stage stage;
      private final Severity severity;
      private final String description;
      private final boolean integrity;
      private final Check check;

      private Made(Builder b) {
        this.id = b.id;
        this.section = b.section;
        this.stage = b.stage;
        this.severity = b.severity;
        this.description = b.description;
        this.integrity = b.integrity;
        this.check = b.check;
      }

      @Override
      public String getId() {
        return id;
      }

      @Override
      public Section getSection() {
        return section;
      }

      @Override
      public Stage getStage() {
        return stage;
      }

      @Override
      public Severity getDefaultSeverity() {
        return severity;
      }

      @Override
      public boolean isIntegrity() {
        return integrity;
      }

      @Override
      public String getDescription() {
        return description;
      }

      @Override
      public void check(CommunityOfPractice plan, RuleContext context) {
        check.check(plan, context);
      }

      @Override
      public String toString() {
        return id;
      }
    }
  }
}
