package org.edcop.validation.internal;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.edcop.model.CommunityOfPractice;
import org.edcop.validation.Rule;
import org.edcop.validation.RuleContext;
import org.edcop.validation.Section;
import org.edcop.validation.Severity;
import org.edcop.validation.Stage;

/**
 * One entry of the built-in rule catalogue ({@link BuiltInRules}): the rule's metadata, the text
 * {@code docs/rules.md} is generated from (what it checks, the path it reports, how to fix it), and
 * the check itself. A rule whose id starts with {@code integrity.} is an integrity rule. Entries
 * are written with {@link #rule}; a rule that only asks for a value to be present is one line, e.g.
 * {@code .whenAbsent("/practice/launchPlan/launchDate", p -> p.launchPlan().getLaunchDate())}.
 */
public final class BuiltInRule implements Rule {

  private final String id;
  private final Section section;
  private final Stage stage;
  private final Severity severity;
  private final String description;
  private final String checks;
  private final String path;
  private final String fix;
  private final PlanCheck check;

  private BuiltInRule(Spec spec, String path, PlanCheck check) {
    this.id = spec.id;
    this.section = spec.section;
    this.stage = spec.stage;
    this.severity = spec.severity;
    this.description = Objects.requireNonNull(spec.description, () -> id + ": description");
    this.checks = spec.checks != null ? spec.checks : spec.description;
    this.path = Objects.requireNonNull(path, () -> id + ": path");
    this.fix = Objects.requireNonNull(spec.fix, () -> id + ": fix");
    this.check = Objects.requireNonNull(check);
  }

  /**
   * Starts a catalogue entry.
   *
   * @param id the stable id
   * @param section the guide section
   * @param stage the stage it is due at
   * @param severity its severity once due
   * @return the entry's specification
   */
  static Spec rule(String id, Section section, Stage stage, Severity severity) {
    return new Spec(id, section, stage, severity);
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
    return id.startsWith("integrity.");
  }

  @Override
  public String getDescription() {
    return description;
  }

  /**
   * What the rule checks, in detail (Markdown, for {@code docs/rules.md}).
   *
   * @return the text
   */
  public String checks() {
    return checks;
  }

  /**
   * The paths the rule reports at (Markdown).
   *
   * @return the text
   */
  public String path() {
    return path;
  }

  /**
   * How a convener fixes a finding of the rule (Markdown).
   *
   * @return the text
   */
  public String fix() {
    return fix;
  }

  /** The check itself, for tests that compare it with a reference. */
  PlanCheck planCheck() {
    return check;
  }

  @Override
  public void check(CommunityOfPractice plan, RuleContext context) {
    PlanIndex index = null;
    if (context instanceof PlanIndex.Holder) {
      index = ((PlanIndex.Holder) context).planIndex();
    }
    if (index == null || index.plan() != plan) {
      index = PlanIndex.of(plan, context.getAsOf());
    }
    check.check(index, new Out(id, context));
  }

  @Override
  public String toString() {
    return id;
  }

  /** The specification of one entry, finished by its check. */
  static final class Spec {
    private final String id;
    private final Section section;
    private final Stage stage;
    private final Severity severity;
    private String description;
    private String checks;
    private String path;
    private String fix;

    private Spec(String id, Section section, Stage stage, Severity severity) {
      this.id = Objects.requireNonNull(id);
      this.section = Objects.requireNonNull(section);
      this.stage = Objects.requireNonNull(stage);
      this.severity = Objects.requireNonNull(severity);
    }

    /** One plain sentence: what the rule asks ({@link Rule#getDescription()}). */
    Spec description(String text) {
      this.description = text;
      return this;
    }

    /** The detail of what is checked, when the description is not enough (Markdown). */
    Spec checks(String text) {
      this.checks = text;
      return this;
    }

    /** The paths reported (Markdown); implied by the one-line checks. */
    Spec path(String text) {
      this.path = text;
      return this;
    }

    /** How to fix a finding (Markdown). */
    Spec fix(String text) {
      this.fix = text;
      return this;
    }

    /** Finishes the entry with a check written as code. */
    BuiltInRule by(PlanCheck check) {
      return new BuiltInRule(this, path, check);
    }

    /** Finishes the entry with a check that reports at {@code pointer} when the value is absent. */
    BuiltInRule whenAbsent(String pointer, Function<PlanIndex, Optional<?>> value) {
      return one(pointer, plan -> value.apply(plan).isEmpty());
    }

    /** Finishes the entry with a check that reports at {@code pointer} when the text is blank. */
    BuiltInRule whenBlank(String pointer, Function<PlanIndex, Optional<String>> text) {
      return one(pointer, plan -> !Text.present(text.apply(plan)));
    }

    /** Finishes the entry with a check that reports at {@code pointer} when the list is empty. */
    BuiltInRule whenEmpty(String pointer, Function<PlanIndex, Collection<?>> items) {
      return one(pointer, plan -> items.apply(plan).isEmpty());
    }

    private BuiltInRule one(String pointer, java.util.function.Predicate<PlanIndex> missing) {
      PlanCheck check =
          (plan, out) -> {
            if (missing.test(plan)) {
              out.report(pointer, Map.of());
            }
          };
      return new BuiltInRule(this, path != null ? path : "`" + pointer + "`", check);
    }
  }
}
