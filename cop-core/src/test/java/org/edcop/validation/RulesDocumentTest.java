package org.edcop.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/rules.md documents exactly the rules in the code, with the same metadata. */
class RulesDocumentTest {

  private static final Path DOCUMENT = Path.of("..", "docs", "rules.md");
  private static final Pattern HEADING = Pattern.compile("(?m)^#### `([a-z0-9.-]+)`\\s*$");
  private static final Pattern META =
      Pattern.compile("Section: `([a-z-]+)` · Stage: `([a-z-]+)` · Default severity: `([a-z-]+)`");
  private static final Pattern ROW =
      Pattern.compile(
          "(?m)^\\| \\[`([a-z0-9.-]+)`\\]\\(#[a-z0-9-]+\\) \\| ([a-z-]+) \\| ([a-z-]+) \\| ([a-z-]+) \\|$");

  private static String text() throws IOException {
    return Files.readString(DOCUMENT, StandardCharsets.UTF_8);
  }

  private static String describe(Rule rule) {
    return rule.getSection().code()
        + " "
        + rule.getStage().code()
        + " "
        + rule.getDefaultSeverity().code();
  }

  private static Map<String, String> inCode() {
    Map<String, String> rules = new LinkedHashMap<>();
    for (Rule rule : CopValidator.defaults().getRules()) {
      rules.put(rule.getId(), describe(rule));
    }
    return rules;
  }

  @Test
  void everyRuleHasASectionAndEverySectionARule() throws IOException {
    String text = text();
    Map<String, String> documented = new LinkedHashMap<>();
    Matcher heading = HEADING.matcher(text);
    while (heading.find()) {
      int next = text.indexOf("\n#", heading.end());
      String body = text.substring(heading.end(), next < 0 ? text.length() : next);
      Matcher meta = META.matcher(body);
      assertThat(meta.find()).as("metadata line of %s", heading.group(1)).isTrue();
      assertThat(body)
          .as("body of %s", heading.group(1))
          .contains("**Checks:**", "**Path:**", "**Fix:**");
      String previous =
          documented.put(
              heading.group(1), meta.group(1) + " " + meta.group(2) + " " + meta.group(3));
      assertThat(previous).as("%s documented twice", heading.group(1)).isNull();
    }
    // both ways, and in catalog order
    assertThat(documented).containsExactlyEntriesOf(inCode());
  }

  @Test
  void theOverviewTableListsEveryRuleInOrder() throws IOException {
    Map<String, String> table = new LinkedHashMap<>();
    Matcher row = ROW.matcher(text());
    while (row.find()) {
      table.put(row.group(1), row.group(2) + " " + row.group(3) + " " + row.group(4));
    }
    assertThat(table).containsExactlyEntriesOf(inCode());
  }

  @Test
  void theDocumentedPolicyDefaultsMatchTheCode() throws IOException {
    String text = text();
    ValidationPolicy defaults = ValidationPolicy.defaults();
    assertThat(text)
        .contains(
            "| `maxCoreShare` | `"
                + String.format(java.util.Locale.ROOT, "%.2f", defaults.getMaxCoreShare())
                + "` |")
        .contains(
            "| `meetingLengthTolerance` | "
                + defaults.getMeetingLengthTolerance().toMinutes()
                + " minutes |")
        .contains("| `spacingTolerance` | " + defaults.getSpacingTolerance().toDays() + " days |")
        .contains("| `idealSizeFloor` | " + defaults.getIdealSizeFloor() + " |")
        .contains("| `idealSizeCeiling` | " + defaults.getIdealSizeCeiling() + " |");
    for (String id : List.of(CopValidator.RULE_FAILED)) {
      assertThat(text).contains("`" + id + "`");
    }
  }
}
