package org.edcop.json.tck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.edcop.validation.Finding;
import org.edcop.validation.Section;
import org.edcop.validation.Severity;
import org.edcop.validation.Stage;
import org.edcop.validation.ValidationPolicy;
import org.edcop.validation.ValidationReport;

/**
 * Reports, policies and paths shared by the suites (plans come from cop-testing and {@link
 * FullPlan}).
 */
public final class Fixtures {

  /** How to rewrite the golden files after a deliberate change of the format or the samples. */
  public static final String HOW_TO_REGENERATE =
      "regenerate with: mvn -pl cop-json -am test -Dcop.regenerate=true"
          + " -Dtest=RegenerateFilesTest -Dsurefire.failIfNoSpecifiedTests=false";

  /** The format's documentation; tests run in a module directory, the repository is its parent. */
  public static final Path FORMAT_DOCUMENT = Path.of("..", "docs", "json-format.md");

  private Fixtures() {}

  /**
   * A report with findings of every severity, arguments and a message key.
   *
   * @return the report
   */
  public static ValidationReport report() {
    return ValidationReport.builder()
        .stage(Stage.LAUNCH)
        .addFindings(
            Finding.builder()
                .ruleId("membership.core-too-large")
                .severity(Severity.WARNING)
                .section(Section.MEMBERSHIP)
                .path("/community/membership/members")
                .message("The core group is 6 of 10 members; the policy allows 30%.")
                .putArgument("share", "0.6")
                .putArgument("core", "6")
                .build(),
            Finding.builder()
                .ruleId("leadership.duty-uncovered")
                .severity(Severity.ERROR)
                .section(Section.LEADERSHIP)
                .path("/community/leadership/leaders")
                .message("No leader sets up meetings.")
                .messageKey("leadership.duty-uncovered.one")
                .build(),
            Finding.builder()
                .ruleId("results.celebration-missing")
                .severity(Severity.INFO)
                .section(Section.RESULTS)
                .path("/practice/results/celebrations")
                .message("How will the community celebrate?")
                .build())
        .build();
  }

  /**
   * The policy of the format document's example.
   *
   * @return the policy
   */
  public static ValidationPolicy documentedPolicy() {
    return ValidationPolicy.builder()
        .addDisabledRules("norms.values-alignment-missing")
        .putSeverityOverride("membership.core-too-large", Severity.ERROR)
        .maxCoreShare(0.25)
        .build();
  }

  /**
   * Reads a UTF-8 text file.
   *
   * @param file the file
   * @return its text
   */
  public static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A compact JSON object with one of its top-level properties moved to the front, the others in
   * their order: the same document to a reader that ignores property order.
   *
   * @param json a compact JSON object, as the codec writes it
   * @param name the top-level property to move
   * @return the reordered text, or the text itself if the property is absent or already first
   */
  public static String movedFirst(String json, String name) {
    String key = "\"" + name + "\":";
    int depth = 0;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c == '"') {
        if (depth == 1 && json.startsWith(key, i) && json.charAt(i - 1) == ',') {
          int end = endOfValue(json, i + key.length());
          String property = json.substring(i, end);
          String rest = json.substring(0, i - 1) + json.substring(end);
          return "{" + property + "," + rest.substring(1);
        }
        i = endOfString(json, i);
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
      }
    }
    return json;
  }

  /** Where the JSON value starting at {@code from} ends (exclusive): an object or an array. */
  private static int endOfValue(String json, int from) {
    int depth = 0;
    for (int i = from; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c == '"') {
        i = endOfString(json, i);
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        if (--depth == 0) {
          return i + 1;
        }
      }
    }
    throw new IllegalArgumentException("the value at " + from + " does not end");
  }

  /** The position of the quote that closes the JSON string opened at {@code open}. */
  private static int endOfString(String json, int open) {
    for (int i = open + 1; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        return i;
      }
    }
    throw new IllegalArgumentException("the string at " + open + " does not end");
  }
}
