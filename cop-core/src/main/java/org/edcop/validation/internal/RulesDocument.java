package org.edcop.validation.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.edcop.model.ParticipationTier;
import org.edcop.running.ParticipationThresholds;
import org.edcop.validation.Rule;
import org.edcop.validation.Section;
import org.edcop.validation.ValidationPolicy;

/**
 * Renders the generated parts of {@code docs/rules.md} from the rule catalogue and the policy's
 * settings: the settings table, the overview table of rules and a section per rule. A test compares
 * them with the document (and rewrites them with {@code -Dcop.regenerate=true}).
 */
public final class RulesDocument {

  /** The name of the generated region holding the settings table. */
  public static final String SETTINGS = "settings";

  /** The name of the generated region holding the rules. */
  public static final String RULES = "rules";

  private RulesDocument() {}

  /** One policy setting: its name, its default as shown, and what it tunes. */
  private record Setting(String name, Function<ValidationPolicy, String> shown, String usedBy) {}

  private static final List<Setting> SETTINGS_TABLE =
      List.of(
          new Setting("disabledRules", p -> "none", "every rule, by id"),
          new Setting("severityOverrides", p -> "none", "every rule, by id (see above)"),
          new Setting(
              "maxCoreShare",
              p -> "`" + String.format(Locale.ROOT, "%.2f", p.getMaxCoreShare()) + "`",
              "`membership.core-too-large`: at most `floor(share x headcount)` core members, at"
                  + " least 1 (0 to 1)"),
          new Setting(
              "meetingLengthTolerance",
              p -> p.getMeetingLengthTolerance().toMinutes() + " minutes",
              "`collaborative-plan.meeting-length-mismatch` (not negative)"),
          new Setting(
              "spacingTolerance",
              p -> p.getSpacingTolerance().toDays() + " days",
              "`collaborative-plan.meeting-spacing-mismatch` (not negative)"),
          new Setting(
              "maxSkippedPeriods",
              p -> String.valueOf(p.getMaxSkippedPeriods()),
              "`collaborative-plan.meeting-spacing-mismatch`: planned meetings that may be skipped"
                  + " in a row (0 to 12)"),
          new Setting(
              "sustainedSeriesMeetings",
              p -> String.valueOf(p.getSustainedSeriesMeetings()),
              "`collaborative-plan.meeting-spacing-mismatch`: fewest meetings of a sustained"
                  + " series, 0 for not asked (0 to 100)"),
          new Setting(
              "sustainedSeriesMonths",
              p -> String.valueOf(p.getSustainedSeriesMonths()),
              "`collaborative-plan.meeting-spacing-mismatch`: fewest whole months from the first"
                  + " meeting to the last, 0 for not asked (0 to 36)"),
          new Setting(
              "idealSizeFloor",
              p -> String.valueOf(p.getIdealSizeFloor()),
              "`membership.ideal-size-unrealistic` (0 or more)"),
          new Setting(
              "idealSizeCeiling",
              p -> String.valueOf(p.getIdealSizeCeiling()),
              "`membership.ideal-size-unrealistic` (at least the floor)"),
          new Setting(
              "nextMeetingWithinDays",
              p -> String.valueOf(p.getNextMeetingWithinDays()),
              "`collaborative-plan.next-meeting-unprepared` (0 to 365)"),
          new Setting(
              "problemOfPracticeAfterMeetings",
              p -> String.valueOf(p.getProblemOfPracticeAfterMeetings()),
              "`purpose.problem-of-practice-overdue` (0 to 100)"),
          new Setting(
              "studyWithinWeeks",
              p -> String.valueOf(p.getStudyWithinWeeks()),
              "`improvement.study-overdue` (1 to 104)"),
          new Setting(
              "reflectionTiers",
              p ->
                  p.getReflectionTiers().stream()
                      .map(ParticipationTier::code)
                      .map(code -> "`" + code + "`")
                      .collect(Collectors.joining(", ")),
              "`professional-practice.reflection-missing`: the tiers whose members each record a"
                  + " reflection (any tiers but `transactional`)"),
          new Setting(
              "participation.recentMeetings",
              p -> String.valueOf(participation(p).getRecentMeetings()),
              "`membership.tier-drift`, `Participation`: a member's recent window"),
          new Setting(
              "participation.driftMinimumMeetings",
              p -> String.valueOf(participation(p).getDriftMinimumMeetings()),
              "`membership.tier-drift`: fewest meetings in the window before drift is judged"),
          new Setting(
              "participation.driftAbsenceShare",
              p ->
                  "`"
                      + String.format(Locale.ROOT, "%.2f", participation(p).getDriftAbsenceShare())
                      + "`",
              "`membership.tier-drift`: share of the window a core or active member missed"),
          new Setting(
              "participation.driftAttendanceShare",
              p ->
                  "`"
                      + String.format(
                          Locale.ROOT, "%.2f", participation(p).getDriftAttendanceShare())
                      + "`",
              "`membership.tier-drift`: share of the window an occasional or peripheral member"
                  + " attended"));

  private static ParticipationThresholds participation(ValidationPolicy policy) {
    return policy.getParticipation();
  }

  /**
   * Renders every generated region.
   *
   * @param rules the validator's rules, in catalogue order (built-in rules only)
   * @return the text of each region by name, each ending with a line break
   */
  public static Map<String, String> render(List<Rule> rules) {
    Map<String, String> regions = new LinkedHashMap<>();
    regions.put(SETTINGS, settings());
    regions.put(RULES, rules(rules));
    return regions;
  }

  private static String settings() {
    ValidationPolicy defaults = ValidationPolicy.defaults();
    StringBuilder out = new StringBuilder();
    out.append("| setting | default | used by |\n|---|---|---|\n");
    for (Setting setting : SETTINGS_TABLE) {
      out.append("| `")
          .append(setting.name())
          .append("` | ")
          .append(setting.shown().apply(defaults))
          .append(" | ")
          .append(setting.usedBy())
          .append(" |\n");
    }
    return out.toString();
  }

  private static String rules(List<Rule> rules) {
    StringBuilder out = new StringBuilder();
    out.append("| id | section | stage | default severity |\n|---|---|---|---|\n");
    for (Rule rule : rules) {
      out.append("| [`")
          .append(rule.getId())
          .append("`](#")
          .append(anchor(rule.getId()))
          .append(") | ")
          .append(rule.getSection().code())
          .append(" | ")
          .append(rule.getStage().code())
          .append(" | ")
          .append(rule.getDefaultSeverity().code())
          .append(" |\n");
    }
    String group = null;
    for (Rule rule : rules) {
      String heading = rule.isIntegrity() ? "Integrity" : group(rule.getSection());
      if (!heading.equals(group)) {
        out.append("\n### ").append(heading).append('\n');
        group = heading;
      }
      BuiltInRule entry = (BuiltInRule) rule;
      out.append("\n#### `").append(rule.getId()).append("`\n\n");
      out.append("Section: `")
          .append(rule.getSection().code())
          .append("` · Stage: `")
          .append(rule.getStage().code())
          .append("` · Default severity: `")
          .append(rule.getDefaultSeverity().code())
          .append("`\n\n");
      out.append("- **Checks:** ").append(entry.checks()).append('\n');
      out.append("- **Path:** ").append(entry.path()).append('\n');
      out.append("- **Fix:** ").append(entry.fix()).append('\n');
    }
    return out.toString();
  }

  /** The heading anchor GitHub gives a heading {@code `id`}: dots and backticks dropped. */
  private static String anchor(String id) {
    return id.replace(".", "");
  }

  private static String group(Section section) {
    switch (section) {
      case COMMUNITY:
        return "Community and lifecycle";
      case COLLABORATIVE_PLAN:
        return "Collaborative plan";
      case IMPROVEMENT:
        return "Improvement work";
      case RESULTS:
        return "Results and celebration";
      case PROFESSIONAL_PRACTICE:
        return "Connection to professional practice";
      case FURTHER_APPLICATION:
        return "Further application";
      default:
        String code = section.code();
        return Character.toUpperCase(code.charAt(0)) + code.substring(1);
    }
  }
}
