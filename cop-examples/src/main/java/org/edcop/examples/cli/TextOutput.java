package org.edcop.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.edcop.validation.CopMessages;
import org.edcop.validation.Finding;
import org.edcop.validation.Severity;
import org.edcop.validation.ValidationReport;

/**
 * Prints reports for a person, one file at a time: a one-line summary (file, verdict, counts), then
 * the errors, the warnings and the open questions, each with its path. When one rule reports more
 * than {@link #SHOWN} findings in a file they are grouped: the count, the first message and the
 * first few paths, so that a plan with a quarter of a million findings stays readable. Lines are
 * written as they are made; nothing is gathered beyond one entry per rule.
 */
final class TextOutput {

  /** How many findings of one rule are printed in full before the rest are grouped. */
  static final int SHOWN = 3;

  private static final Severity[] ORDER = {Severity.ERROR, Severity.WARNING, Severity.INFO};

  private final PrintWriter out;
  private final CliTexts texts;
  private final Colours colours;
  private final boolean quiet;

  TextOutput(PrintWriter out, CliTexts texts, Colours colours, boolean quiet) {
    this.out = out;
    this.texts = texts;
    this.colours = colours;
    this.quiet = quiet;
  }

  void print(String file, ValidationReport report) {
    int errors = report.count(Severity.ERROR);
    String verdict =
        texts.format(
            report.isAcceptable() ? "verdict.acceptable" : "verdict.not-acceptable",
            "stage",
            CopMessages.label(report.getStage(), texts.locale()));
    out.println(
        Terminal.file(file)
            + ": "
            + colours.paint(errors == 0 ? Colours.GREEN : Colours.RED, verdict)
            + report
                .getAsOf()
                .map(date -> " " + texts.format("as-of", "date", texts.date(date)))
                .orElse("")
            + " ("
            + texts.counts(errors, report.count(Severity.WARNING), report.count(Severity.INFO))
            + ")");
    if (quiet) {
      out.flush();
      return;
    }
    for (Severity severity : ORDER) {
      printGroups(severity, groups(report, severity));
    }
    out.println();
    out.flush();
  }

  /** The findings of one rule at one severity: the first few, and how many there are. */
  private static final class Group {
    final List<Finding> first = new ArrayList<>();
    final Set<String> paths = new LinkedHashSet<>();
    boolean morePaths;
    int count;
  }

  /** The findings of one severity by rule, in the order their rules first report. */
  private static Map<String, Group> groups(ValidationReport report, Severity severity) {
    Map<String, Group> byRule = new LinkedHashMap<>();
    for (Finding finding : report.getFindings()) {
      if (finding.getSeverity() == severity) {
        Group group = byRule.computeIfAbsent(finding.getRuleId(), id -> new Group());
        if (group.first.size() < SHOWN) {
          group.first.add(finding);
        }
        String path = path(finding);
        if (!group.paths.contains(path)) {
          if (group.paths.size() < SHOWN) {
            group.paths.add(path);
          } else {
            group.morePaths = true;
          }
        }
        group.count++;
      }
    }
    return byRule;
  }

  private void printGroups(Severity severity, Map<String, Group> groups) {
    String label = texts.format("severity." + severity.code()).toUpperCase(texts.locale());
    String colour =
        severity == Severity.ERROR
            ? Colours.RED
            : severity == Severity.WARNING ? Colours.YELLOW : Colours.CYAN;
    for (Group group : groups.values()) {
      if (group.count <= SHOWN) {
        for (Finding finding : group.first) {
          out.println(
              "  "
                  + colours.paint(colour, label)
                  + "  "
                  + Terminal.escape(finding.getRuleId())
                  + "  "
                  + path(finding));
          out.println("      " + Terminal.escape(CopMessages.message(finding, texts.locale())));
        }
        continue;
      }
      Finding first = group.first.get(0);
      out.println(
          "  "
              + colours.paint(colour, label)
              + "  "
              + Terminal.escape(first.getRuleId())
              + "  "
              + texts.format("group.count", "count", group.count));
      out.println("      " + Terminal.escape(CopMessages.message(first, texts.locale())));
      out.println("      " + String.join(", ", group.paths) + (group.morePaths ? ", \u2026" : ""));
    }
  }

  private static String path(Finding finding) {
    return Terminal.escape(finding.getPath().isEmpty() ? "/" : finding.getPath());
  }
}
