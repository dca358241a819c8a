package org.edcop.validation.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.Vocabulary;
import org.edcop.validation.Rule;
import org.edcop.validation.RuleContext;
import org.edcop.validation.Section;
import org.edcop.validation.Severity;
import org.edcop.validation.Stage;

/**
 * Base of every built-in rule: its fixed metadata, access to the shared {@link PlanIndex}, and
 * reporting with messages rendered from {@link Messages}. A rule whose id starts with {@code
 * integrity.} is an integrity rule: due at {@link Stage#DRAFT}, an error by default.
 */
public abstract class BuiltInRule implements Rule {

  private final String id;
  private final Section section;
  private final Stage stage;
  private final Severity severity;
  private final String description;

  /**
   * Creates a rule.
   *
   * @param id the stable id
   * @param section the guide section
   * @param stage the stage it is due at
   * @param severity its severity once due
   * @param description what it checks, one sentence
   */
  protected BuiltInRule(
      String id, Section section, Stage stage, Severity severity, String description) {
    this.id = Objects.requireNonNull(id);
    this.section = Objects.requireNonNull(section);
    this.stage = Objects.requireNonNull(stage);
    this.severity = Objects.requireNonNull(severity);
    this.description = Objects.requireNonNull(description);
  }

  /**
   * Creates an integrity rule: due at draft, an error.
   *
   * @param id the stable id, starting with {@code integrity.}
   * @param section the guide section
   * @param description what it checks
   */
  protected BuiltInRule(String id, Section section, String description) {
    this(id, section, Stage.DRAFT, Severity.ERROR, description);
  }

  @Override
  public final String getId() {
    return id;
  }

  @Override
  public final Section getSection() {
    return section;
  }

  @Override
  public final Stage getStage() {
    return stage;
  }

  @Override
  public final Severity getDefaultSeverity() {
    return severity;
  }

  @Override
  public final boolean isIntegrity() {
    return id.startsWith("integrity.");
  }

  @Override
  public final String getDescription() {
    return description;
  }

  @Override
  public final void check(CommunityOfPractice plan, RuleContext context) {
    PlanIndex index = null;
    if (context instanceof PlanIndex.Holder) {
      index = ((PlanIndex.Holder) context).planIndex();
    }
    if (index == null || index.plan() != plan) {
      index = PlanIndex.of(plan, context.getAsOf());
    }
    check(index, new Out(context));
  }

  /**
   * Checks the indexed plan.
   *
   * @param plan the plan's index
   * @param out where to report
   */
  protected abstract void check(PlanIndex plan, Out out);

  @Override
  public String toString() {
    return id;
  }

  /**
   * Builds an ordered argument map from name/value pairs; vocabulary values become their code.
   *
   * @param namesAndValues name, value, name, value...
   * @return the arguments
   */
  protected static Map<String, String> args(Object... namesAndValues) {
    Map<String, String> args = new LinkedHashMap<>();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      args.put(String.valueOf(namesAndValues[i]), text(namesAndValues[i + 1]));
    }
    return args;
  }

  private static String text(Object value) {
    if (value instanceof Vocabulary) {
      return ((Vocabulary) value).code();
    }
    if (value instanceof org.edcop.model.MemberId) {
      return ((org.edcop.model.MemberId) value).getValue();
    }
    return String.valueOf(value);
  }

  /** Reports findings of this rule with English messages from the message bundle. */
  protected final class Out {
    private final RuleContext context;

    private Out(RuleContext context) {
      this.context = context;
    }

    /**
     * The context, for the policy's thresholds.
     *
     * @return the context
     */
    public RuleContext context() {
      return context;
    }

    /**
     * Reports with the rule's own message key.
     *
     * @param path a JSON Pointer
     * @param arguments the message arguments
     */
    public void report(String path, Map<String, String> arguments) {
      emit(path, id, arguments);
    }

    /**
     * Reports with the message key {@code ruleId.variant}.
     *
     * @param path a JSON Pointer
     * @param variant the message variant
     * @param arguments the message arguments
     */
    public void report(String path, String variant, Map<String, String> arguments) {
      emit(path, id + "." + variant, arguments);
    }

    /**
     * Reports one severity below the rule's (see {@link MinorFindings}); with a context that
     * cannot, at the rule's severity.
     *
     * @param path a JSON Pointer
     * @param variant the message variant, or null for the rule's own message
     * @param arguments the message arguments
     */
    public void reportMinor(String path, String variant, Map<String, String> arguments) {
      String key = variant == null ? id : id + "." + variant;
      String message = Messages.render(key, arguments, Locale.ROOT);
      if (context instanceof MinorFindings) {
        ((MinorFindings) context).reportMinor(path, key, message, arguments);
      } else {
        context.report(path, key, message, arguments);
      }
    }

    private void emit(String path, String key, Map<String, String> arguments) {
      context.report(path, key, Messages.render(key, arguments, Locale.ROOT), arguments);
    }
  }
}
