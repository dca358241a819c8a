package org.edcop.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.edcop.validation.CopMessages;
import org.edcop.validation.Finding;
import org.edcop.validation.SectionSummary;
import org.edcop.validation.Severity;
import org.edcop.validation.ValidationReport;

/** Prints a report for a person: a verdict, then findings grouped by guide section. */
final class TextOutput {
  private final PrintWriter out;
  private final Locale locale;
  private final ResourceBundle texts;

  TextOutput(PrintWriter out, Locale locale) {
    this.out = out;
    this.locale = locale;
    this.texts = CliTexts.bundle(locale);
  }

  void print(String file, ValidationReport report) {
    String verdict = report.isAcceptable() ? "verdict.acceptable" : "verdict.not-acceptable";
    out.println(
        file
            + ": "
            + CliTexts.format(texts, verdict, "stage", CopMessages.label(report.getStage(), locale))
            + report
                .getAsOf()
                .map(date -> " " + CliTexts.format(texts, "as-of", "date", date.toString()))
                .orElse("")
            + " ("
            + counts(
                report.count(Severity.ERROR),
                report.count(Severity.WARNING),
                report.count(Severity.INFO))
            + ")");
    for (SectionSummary summary : report.getSections()) {
      String label = CopMessages.label(summary.getSection(), locale);
      if (summary.isComplete()) {
        out.println("  " + label + ": " + texts.getString("section.complete"));
        continue;
      }
      out.println(
          "  "
              + label
              + ": "
              + counts(summary.getErrors(), summary.getWarnings(), summary.getInfos()));
      for (Finding finding : forSection(report, summary)) {
        if (finding.getSeverity() != Severity.INFO) {
          out.println(
              "    "
                  + CopMessages.label(finding.getSeverity(), locale).toUpperCase(locale)
                  + " "
                  + finding.getRuleId()
                  + " at "
                  + (finding.getPath().isEmpty() ? "/" : finding.getPath()));
          out.println("      " + CopMessages.message(finding, locale));
        }
      }
      for (Finding finding : forSection(report, summary)) {
        if (finding.getSeverity() == Severity.INFO) {
          out.println(
              "    ? " + CopMessages.message(finding, locale) + "  [" + finding.getRuleId() + "]");
        }
      }
    }
    out.println();
  }

  private static List<Finding> forSection(ValidationReport report, SectionSummary summary) {
    return report.getFindings().stream()
        .filter(f -> f.getSection() == summary.getSection())
        .toList();
  }

  private String counts(int errors, int warnings, int infos) {
    return CliTexts.format(
        texts,
        "counts",
        "errors",
        Integer.toString(errors),
        "warnings",
        Integer.toString(warnings),
        "questions",
        Integer.toString(infos));
  }
}
