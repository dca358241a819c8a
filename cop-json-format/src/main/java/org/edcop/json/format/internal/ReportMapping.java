package org.edcop.json.format.internal;

import static org.edcop.json.format.internal.JsonPointers.child;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.edcop.json.format.CopJsonException;
import org.edcop.json.format.CopJsonException.Kind;
import org.edcop.json.format.CopJsonFormat;
import org.edcop.validation.Finding;
import org.edcop.validation.Section;
import org.edcop.validation.SectionSummary;
import org.edcop.validation.Severity;
import org.edcop.validation.Stage;
import org.edcop.validation.ValidationReport;

/**
 * Maps a validation report between the model and its wire records. The derived parts ({@code
 * acceptable}, {@code sections}) are always written and, when present in a document, must agree
 * with the findings.
 */
public final class ReportMapping {

  private final WireIn in;

  private ReportMapping() {
    this.in = new WireIn();
  }

  /**
   * Converts a report read from JSON into the model.
   *
   * @param wire the wire record of the whole document
   * @param strict ignored: the reader has refused unknown properties in strict mode, and reports
   *     keep none otherwise
   * @return the report
   * @throws CopJsonException if a value is missing, null, of an unknown code, or a derived part
   *     disagrees with the findings
   */
  public static ValidationReport toModel(ReportWire.ValidationReport wire, boolean strict) {
    return new ReportMapping().report(wire, JsonPointers.ROOT);
  }

  /**
   * Converts a report into its wire records.
   *
   * @param report the report
   * @return the wire record of the whole document
   */
  public static ReportWire.ValidationReport toWire(ValidationReport report) {
    return new ReportWire.ValidationReport(
        CopJsonFormat.SCHEMA_VERSION,
        WireOut.code(report.getStage()),
        report.getAsOf().map(WireOut::date).orElse(null),
        report.isAcceptable(),
        WireOut.list(report.getSections(), ReportMapping::summary),
        WireOut.list(report.getFindings(), ReportMapping::finding),
        null);
  }

  private ValidationReport report(ReportWire.ValidationReport w, JsonPointers p) {
    in.schemaVersion(w.schemaVersion(), child(p, CopJsonFormat.SCHEMA_VERSION_PROPERTY));
    ValidationReport report =
        ValidationReport.builder()
            .stage(in.code(Stage.class, in.required(w.stage(), p, "stage"), child(p, "stage")))
            .asOf(
                w.asOf() == null
                    ? java.util.Optional.empty()
                    : java.util.Optional.of(in.date(w.asOf(), child(p, "asOf"))))
            .findings(in.list(w.findings(), child(p, "findings"), this::finding))
            .build();
    if (w.acceptable() != null && w.acceptable() != report.isAcceptable()) {
      throw WireIn.problem(
          Kind.INVALID_VALUE,
          child(p, "acceptable"),
          "'acceptable' is "
              + w.acceptable()
              + " but the findings "
              + (report.isAcceptable() ? "contain no error" : "contain an error"));
    }
    if (w.sections() != null) {
      List<SectionSummary> read = in.list(w.sections(), child(p, "sections"), this::summary);
      if (!read.equals(report.getSections())) {
        throw WireIn.problem(
            Kind.INVALID_VALUE,
            child(p, "sections"),
            "the section summaries do not agree with the findings; leave them out or write"
                + " one summary per section, in guide order, counted from the findings");
      }
    }
    return report;
  }

  private Finding finding(ReportWire.Finding w, JsonPointers p) {
    String ruleId = in.required(w.ruleId(), p, "ruleId");
    Map<String, String> arguments = new TreeMap<>();
    if (w.arguments() != null) {
      w.arguments()
          .forEach(
              (name, value) -> {
                if (value == null) {
                  throw WireIn.problem(
                      Kind.NULL_VALUE,
                      child(child(p, "arguments"), name),
                      "null is not allowed; leave the property out instead");
                }
                arguments.put(name, value);
              });
    }
    return Finding.builder()
        .ruleId(ruleId)
        .severity(
            in.code(Severity.class, in.required(w.severity(), p, "severity"), child(p, "severity")))
        .section(
            in.code(Section.class, in.required(w.section(), p, "section"), child(p, "section")))
        .path(pointer(in.required(w.path(), p, "path"), child(p, "path")))
        .message(in.required(w.message(), p, "message"))
        .messageKey(w.messageKey() == null ? ruleId : w.messageKey())
        .arguments(arguments)
        .build();
  }

  private SectionSummary summary(ReportWire.SectionSummary w, JsonPointers p) {
    SectionSummary summary =
        SectionSummary.builder()
            .section(
                in.code(Section.class, in.required(w.section(), p, "section"), child(p, "section")))
            .errors(in.required(w.errors(), p, "errors"))
            .warnings(in.required(w.warnings(), p, "warnings"))
            .infos(in.required(w.infos(), p, "infos"))
            .openQuestions(in.strings(w.openQuestions(), child(p, "openQuestions")))
            .build();
    if (w.complete() != null && w.complete() != summary.isComplete()) {
      throw WireIn.problem(
          Kind.INVALID_VALUE,
          child(p, "complete"),
          "'complete' is "
              + w.complete()
              + " but the counts say "
              + (summary.isComplete() ? "nothing is open" : "something is open"));
    }
    return summary;
  }

  private static ReportWire.Finding finding(Finding m) {
    return new ReportWire.Finding(
        m.getRuleId(),
        WireOut.code(m.getSeverity()),
        WireOut.code(m.getSection()),
        m.getPath(),
        m.getMessage(),
        WireOut.unlessDefault(m.getMessageKey(), m.getRuleId(), key -> key),
        m.getArguments().isEmpty() ? null : new TreeMap<>(m.getArguments()),
        null);
  }

  private static ReportWire.SectionSummary summary(SectionSummary m) {
    return new ReportWire.SectionSummary(
        WireOut.code(m.getSection()),
        m.isComplete(),
        m.getErrors(),
        m.getWarnings(),
        m.getInfos(),
        WireOut.strings(m.getOpenQuestions()),
        null);
  }

  /** A finding's path must be a JSON Pointer (RFC 6901) into the plan, as the validator writes. */
  private static final java.util.regex.Pattern POINTER =
      java.util.regex.Pattern.compile("(/([^~/]|~[01])*)*");

  private static String pointer(String path, JsonPointers at) {
    if (!POINTER.matcher(path).matches()) {
      throw WireIn.problem(
          Kind.INVALID_VALUE,
          at,
          "'" + path + "' is not a JSON Pointer such as /community/membership/members/0");
    }
    return path;
  }
}
