package org.edcop.validation;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.edcop.model.CommunityOfPractice;
import org.edcop.standards.StandardsCatalog;
import org.edcop.validation.internal.BuiltInRules;
import org.edcop.validation.internal.DisplayArguments;
import org.edcop.validation.internal.FindingOrder;
import org.edcop.validation.internal.Messages;
import org.edcop.validation.internal.MinorFindings;
import org.edcop.validation.internal.PlanIndex;
import org.edcop.validation.internal.UnrenderedFindings;

/**
 * Validates community-of-practice plans at a lifecycle {@link Stage} against the built-in rules
 * (documented in {@code docs/rules.md}) and any rules a district adds, tuned by a {@link
 * ValidationPolicy}.
 *
 * <pre>{@code
 * ValidationReport report = CopValidator.defaults().validate(plan, Stage.LAUNCH);
 * if (!report.isAcceptable()) {
 *   report.getFindings().forEach(f -> show(f.getPath(), f.getMessage()));
 * }
 * }</pre>
 *
 * <p>At {@link Stage#RUNNING} a plan is judged as of a day in its own time zone: pass it with
 * {@link #validate(CommunityOfPractice, Stage, LocalDate)}, or let the validator take today from
 * its clock ({@link Builder#clock}, the system clock by default). The same plan, stage and as-of
 * date always give the same findings.
 *
 * <p>How a finding's severity is decided: a rule switched off by the policy reports nothing. An
 * integrity rule reports at its severity (or the policy's override) at every stage. Any other rule
 * reports at its severity (or the override) once the stage validated includes the stage the rule is
 * due at, and as {@link Severity#INFO}, an open planning question, before that. An open question of
 * a built-in rule has its own text, what still needs deciding rather than what is wrong, under the
 * message key {@code <key>}{@value #QUESTION} where the bundles have one. Built-in findings also
 * carry display arguments after the rule's own (a meeting's {@code meeting.title} and {@code
 * meeting.date}, and the like) so that {@link CopMessages} can name things as people know them.
 *
 * <p>Instances are immutable and thread-safe: build one and share it across threads and plans.
 * {@link #validate} never throws on a plan the model can hold; a rule that throws is reported as an
 * error finding of rule {@value #RULE_FAILED} naming the rule.
 *
 * @since 0.1.0
 */
public final class CopValidator {

  /** The id of the finding reported for a rule that threw instead of checking the plan. */
  public static final String RULE_FAILED = "validator.rule-failed";

  /**
   * The suffix of the message key of an open question: a built-in finding reported as {@link
   * Severity#INFO} because the stage validated comes before the rule is due has the message key
   * {@code <key>.question} when the bundles have a question for it (what still needs deciding), and
   * its finding text otherwise.
   *
   * @since 0.2.0
   */
  public static final String QUESTION = ".question";

  private static final Pattern RULE_ID = Pattern.compile("[a-z0-9]+(?:[.-][a-z0-9]+)*");

  private final List<Entry> entries;
  private final List<Rule> rules;
  private final ValidationPolicy policy;
  private final Clock clock;

  private CopValidator(List<Entry> entries, ValidationPolicy policy, Clock clock) {
    this.entries = entries;
    this.clock = clock;
    List<Rule> list = new ArrayList<>(entries.size());
    Set<String> ids = new HashSet<>();
    ids.add(RULE_FAILED);
    for (Entry entry : entries) {
      list.add(entry.rule);
      ids.add(entry.id);
    }
    requireKnown(policy.getDisabledRules(), "disabledRules", ids);
    requireKnown(policy.getSeverityOverrides().keySet(), "severityOverrides", ids);
    this.rules = Collections.unmodifiableList(list);
    this.policy = policy;
  }

  private static void requireKnown(Set<String> policyIds, String setting, Set<String> known) {
    for (String id : policyIds) {
      if (!known.contains(id)) {
        throw new IllegalArgumentException(
            "the policy's "
                + setting
                + " names rule '"
                + id
                + "'"
                + RenamedRules.hint(id)
                + ", which this validator does not have (a typo, or a custom rule not added);"
                + " rule ids are listed in docs/rules.md");
      }
    }
  }

  /**
   * The validator with the built-in rules and the default policy. One instance per class loader,
   * built on first use and shared.
   *
   * @return the shared default validator
   */
  public static CopValidator defaults() {
    return DefaultHolder.INSTANCE;
  }

  /**
   * Starts a builder, with the built-in rules and the default policy.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Validates a plan at a stage. At {@link Stage#RUNNING} the plan is judged as of today in its
   * time zone, by the validator's clock; at the other stages without a date, so the rules that need
   * one stay quiet.
   *
   * @param plan the plan
   * @param stage the stage to validate for
   * @return the report
   * @throws NullPointerException if {@code plan} or {@code stage} is null
   * @throws ValidationInputException at {@link Stage#RUNNING}, if today is before the plan's {@code
   *     createdOn}
   */
  public ValidationReport validate(CommunityOfPractice plan, Stage stage) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(stage, "stage");
    return run(plan, stage, stage == Stage.RUNNING ? Optional.of(today(plan)) : Optional.empty());
  }

  /**
   * Validates a plan at a stage as of a day: meetings before it are past, those from it on are to
   * come. Meant for {@link Stage#RUNNING}; at another stage the date also lets the rules that need
   * one report (as open questions before they are due).
   *
   * @param plan the plan
   * @param stage the stage to validate for
   * @param asOf the day, in the plan's time zone
   * @return the report, recording the date
   * @throws NullPointerException if an argument is null
   * @throws ValidationInputException if {@code asOf} is before the plan's {@code createdOn}
   * @since 0.2.0
   */
  public ValidationReport validate(CommunityOfPractice plan, Stage stage, LocalDate asOf) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(asOf, "asOf");
    if (plan.getCreatedOn().isPresent() && asOf.isBefore(plan.getCreatedOn().get())) {
      throw new ValidationInputException(
          "asOf",
          asOf.toString(),
          "it is before the plan was created (createdOn " + plan.getCreatedOn().get() + ")");
    }
    return run(plan, stage, Optional.of(asOf));
  }

  /**
   * Today in the plan's time zone, by this validator's clock.
   *
   * @param plan the plan
   * @return the date the running stage is judged as of by default
   * @since 0.2.0
   */
  public LocalDate today(CommunityOfPractice plan) {
    try {
      return LocalDate.now(clock.withZone(plan.getTimeZone()));
    } catch (DateTimeException e) {
      return LocalDate.now(clock);
    }
  }

  /**
   * The clock that gives the default as-of date.
   *
   * @return the clock
   * @since 0.2.0
   */
  public Clock getClock() {
    return clock;
  }

  private ValidationReport run(CommunityOfPractice plan, Stage stage, Optional<LocalDate> asOf) {
    PlanIndex index = PlanIndex.of(plan, asOf);
    DisplayArguments display = new DisplayArguments(index);
    List<List<FindingOrder.Keyed>> found = new ArrayList<>();
    int count = 0;
    for (Entry entry : entries) {
      if (policy.isDisabled(entry.id)) {
        continue;
      }
      Collector collector =
          new Collector(index, display, policy, stage, asOf, entry, severity(entry, stage));
      try {
        entry.rule.check(plan, collector);
        found.add(collector.found);
        count += collector.found.size();
      } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
        Optional<Finding> failed = ruleFailed(entry, e);
        if (failed.isPresent()) {
          found.add(List.of(new FindingOrder.Keyed(failed.get())));
          count++;
        }
      }
    }
    // one array of exactly the findings' number, sorted as FindingOrder.ORDER (stable) by the keys
    // read out when each finding was made; the report copies it once, presized (its builder would
    // grow a list of its own, then copy that)
    FindingOrder.Keyed[] keyed = new FindingOrder.Keyed[count];
    int at = 0;
    for (List<FindingOrder.Keyed> some : found) {
      for (int i = 0; i < some.size(); i++) {
        keyed[at++] = some.get(i);
      }
    }
    Arrays.sort(keyed, FindingOrder.KEYED);
    List<Finding> findings =
        new AbstractList<>() {
          @Override
          public Finding get(int i) {
            return keyed[i].finding();
          }

          @Override
          public int size() {
            return keyed.length;
          }
        };
    return ImmutableValidationReport.builder()
        .stage(stage)
        .asOf(asOf)
        .build()
        .withFindings(findings);
  }

  /**
   * The rules this validator applies: the built-in rules in catalog order, then the added rules in
   * the order they were added.
   *
   * @return the rules
   */
  public List<Rule> getRules() {
    return rules;
  }

  /**
   * The policy in force.
   *
   * @return the policy
   */
  public ValidationPolicy getPolicy() {
    return policy;
  }

  /**
   * A validator with the same rules and another policy.
   *
   * @param newPolicy the policy
   * @return the new validator
   * @throws IllegalArgumentException if the policy names a rule this validator does not have
   */
  public CopValidator withPolicy(ValidationPolicy newPolicy) {
    Objects.requireNonNull(newPolicy, "policy");
    return new CopValidator(entries, newPolicy, clock);
  }

  @Override
  public String toString() {
    return "CopValidator{" + rules.size() + " rules, " + policy + "}";
  }

  private Severity severity(Entry entry, Stage stage) {
    Severity override = policy.getSeverityOverrides().get(entry.id);
    if (entry.integrity || stage.includes(entry.stage)) {
      return override != null ? override : entry.severity;
    }
    return Severity.INFO;
  }

  private java.util.Optional<Finding> ruleFailed(Entry entry, Throwable error) {
    if (policy.isDisabled(RULE_FAILED)) {
      return java.util.Optional.empty();
    }
    String detail = error.getClass().getSimpleName();
    if (error.getMessage() != null) {
      detail = detail + ": " + error.getMessage();
    }
    Map<String, String> args = new java.util.LinkedHashMap<>();
    args.put("rule", entry.id);
    args.put("error", detail);
    Severity severity = policy.getSeverityOverrides().getOrDefault(RULE_FAILED, Severity.ERROR);
    return java.util.Optional.of(
        Finding.builder()
            .ruleId(RULE_FAILED)
            .messageKey(RULE_FAILED)
            .severity(severity)
            .section(entry.section)
            .path("")
            .message(Messages.render(RULE_FAILED, args, java.util.Locale.ROOT))
            .arguments(args)
            .build());
  }

  /** A rule with its metadata read once, at build time. */
  private static final class Entry {
    final Rule rule;
    final String id;
    final Section section;
    final Stage stage;
    final Severity severity;
    final boolean integrity;
    final boolean builtIn;

    Entry(Rule rule, boolean builtIn) {
      this.builtIn = builtIn;
      this.rule = Objects.requireNonNull(rule, "rule");
      try {
        this.id = rule.getId();
        this.section = rule.getSection();
        this.stage = rule.getStage();
        this.severity = rule.getDefaultSeverity();
        this.integrity = rule.isIntegrity();
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(
            "rule " + rule.getClass().getName() + " failed to describe itself: " + e, e);
      }
      String name = "rule " + rule.getClass().getName();
      if (id == null || !RULE_ID.matcher(id).matches()) {
        throw new IllegalArgumentException(
            name
                + ": id must be lower-case words separated by dots and hyphens, e.g."
                + " 'district.meeting-on-pd-day', but was: "
                + (id == null ? "null" : "'" + id + "'"));
      }
      if (section == null || stage == null || severity == null) {
        throw new IllegalArgumentException(
            "rule '"
                + id
                + "': getSection(), getStage() and getDefaultSeverity() must not be null");
      }
    }
  }

  /** Collects one rule's findings, at the severity decided for it. */
  private static final class Collector
      implements RuleContext, PlanIndex.Holder, MinorFindings, UnrenderedFindings {
    private final PlanIndex index;
    private final DisplayArguments display;
    private final ValidationPolicy policy;
    private final Stage stage;
    private final Optional<LocalDate> asOf;
    private final Entry entry;
    private final Severity severity;
    private final boolean beforeDue;
    final List<FindingOrder.Keyed> found = new ArrayList<>();

    /**
     * The message key of the last finding added, whether the bundles have its template, and its
     * open-question key if they have that too (else {@code null}): a rule reports most of its
     * findings under one key, so the two look-ups and the key's concatenation happen once.
     */
    private String lastKey;

    private boolean lastHasTemplate;
    private String lastQuestionKey;

    Collector(
        PlanIndex index,
        DisplayArguments display,
        ValidationPolicy policy,
        Stage stage,
        Optional<LocalDate> asOf,
        Entry entry,
        Severity severity) {
      this.index = index;
      this.display = display;
      this.policy = policy;
      this.stage = stage;
      this.asOf = asOf;
      this.entry = entry;
      this.severity = severity;
      this.beforeDue = !entry.integrity && !stage.includes(entry.stage);
    }

    @Override
    public PlanIndex planIndex() {
      return index;
    }

    @Override
    public ValidationPolicy getPolicy() {
      return policy;
    }

    @Override
    public Stage getStage() {
      return stage;
    }

    @Override
    public Optional<LocalDate> getAsOf() {
      return asOf;
    }

    @Override
    public void report(String path, String message, Map<String, String> arguments) {
      report(path, entry.id, message, arguments);
    }

    @Override
    public void report(
        String path, String messageKey, String message, Map<String, String> arguments) {
      add(path, messageKey, message, arguments, severity, false);
    }

    @Override
    public void reportMinor(
        String path, String messageKey, String message, Map<String, String> arguments) {
      add(path, messageKey, message, arguments, minor(), false);
    }

    @Override
    public void reportUnrendered(
        String path, String messageKey, Map<String, String> arguments, boolean minor) {
      add(path, messageKey, null, arguments, minor ? minor() : severity, true);
    }

    /** Whether the bundles have a template for the key; also sets {@link #lastQuestionKey}. */
    private boolean hasTemplate(String messageKey) {
      if (!messageKey.equals(lastKey)) {
        lastHasTemplate = Messages.hasTemplate(messageKey);
        String question = messageKey + QUESTION;
        lastQuestionKey = lastHasTemplate && Messages.hasTemplate(question) ? question : null;
        lastKey = messageKey;
      }
      return lastHasTemplate;
    }

    private Severity minor() {
      return severity == Severity.ERROR ? Severity.WARNING : Severity.INFO;
    }

    /**
     * Adds a finding. With {@code unrendered} (from {@link #reportUnrendered}) there is no message
     * yet: the rule's own text is rendered here from the key and the arguments, as {@code Out}
     * rendered it before, unless the finding keeps another text (display arguments added, or the
     * open-question form), and then only that one is rendered.
     */
    private void add(
        String path,
        String messageKey,
        String message,
        Map<String, String> arguments,
        Severity at,
        boolean unrendered) {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(messageKey, "messageKey");
      if (!unrendered) {
        Objects.requireNonNull(message, "message");
      }
      Objects.requireNonNull(arguments, "arguments");
      if (!path.isEmpty() && path.charAt(0) != '/') {
        throw new IllegalArgumentException(
            "rule '"
                + entry.id
                + "': path must be a JSON Pointer ('' or starting with '/'), but was: '"
                + path
                + "'");
      }
      String key = messageKey;
      String text = message;
      Map<String, String> args = arguments;
      if (entry.builtIn && hasTemplate(messageKey)) {
        // the one place where built-in findings get their display arguments and, before the
        // rule is due, the open-question form of their text
        args = display.add(arguments);
        if (beforeDue && at == Severity.INFO && lastQuestionKey != null) {
          key = lastQuestionKey;
        }
        if (args != arguments || !key.equals(messageKey)) {
          try {
            text = Messages.render(key, args, java.util.Locale.ROOT);
          } catch (RuntimeException e) {
            key = messageKey; // keep the rule's own text rather than lose the finding
            args = arguments;
            text = message;
          }
        }
      }
      if (text == null) {
        // the rule's own text, as Out rendered it (an exception fails the rule, as it did there)
        text = Messages.render(messageKey, arguments, java.util.Locale.ROOT);
      }
      found.add(
          new FindingOrder.Keyed(
              Finding.builder()
                  .ruleId(entry.id)
                  .messageKey(key)
                  .severity(at)
                  .section(entry.section)
                  .path(path)
                  .message(text)
                  .arguments(args)
                  .build()));
    }
  }

  /** Builds the shared default validator on first use. */
  private static final class DefaultHolder {
    static final CopValidator INSTANCE = builder().build();
  }

  /**
   * Builds a validator: the built-in rules, any added rules, and a policy.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private ValidationPolicy policy = ValidationPolicy.defaults();
    private final List<Rule> added = new ArrayList<>();
    private StandardsCatalog standards;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Sets the clock that gives the default as-of date of {@link Stage#RUNNING} (today in the
     * plan's time zone); default the system clock. Tests and batch jobs pass a fixed clock.
     *
     * @param clock the clock
     * @return this builder
     * @since 0.2.0
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the policy (default {@link ValidationPolicy#defaults()}).
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder policy(ValidationPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets the professional standards that reflections may name (rule {@code
     * professional-practice.competency-unknown}); default {@link StandardsCatalog#builtIn()}. A
     * district whose leaders reflect against its own standard adds it with {@code
     * StandardsCatalog.builtIn().withFramework(...)}.
     *
     * @param catalog the catalog
     * @return this builder
     */
    public Builder standards(StandardsCatalog catalog) {
      this.standards = Objects.requireNonNull(catalog, "catalog");
      return this;
    }

    /**
     * Adds a rule of the district's own. Its id must not be the id of a built-in rule or of a rule
     * added before.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder addRule(Rule rule) {
      added.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Builds the validator.
     *
     * @return the validator
     * @throws IllegalArgumentException if two rules share an id, an added rule has an invalid id or
     *     lacks a section, stage or severity, or the policy names a rule that is not there
     */
    public CopValidator build() {
      List<Entry> entries = new ArrayList<>();
      Set<String> ids = new HashSet<>();
      ids.add(RULE_FAILED);
      StandardsCatalog catalog = standards != null ? standards : StandardsCatalog.builtIn();
      for (Rule rule : BuiltInRules.all(catalog)) {
        entries.add(new Entry(rule, true));
        ids.add(rule.getId());
      }
      for (Rule rule : added) {
        Entry entry = new Entry(rule, false);
        if (!ids.add(entry.id)) {
          throw new IllegalArgumentException(
              "rule id '"
                  + entry.id
                  + "' of "
                  + rule.getClass().getName()
                  + " is already used by another rule; choose another id");
        }
        entries.add(entry);
      }
      return new CopValidator(Collections.unmodifiableList(entries), policy, clock);
    }
  }
}
