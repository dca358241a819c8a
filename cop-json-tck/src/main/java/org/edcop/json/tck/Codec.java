package org.edcop.json.tck;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import org.edcop.json.format.CopJsonLimits;
import org.edcop.model.CommunityOfPractice;
import org.edcop.validation.ValidationPolicy;
import org.edcop.validation.ValidationReport;

/**
 * The facade under test, seen without its Jackson generation: each JSON module's tests adapt their
 * facade ({@code CopJson}, {@code CopJson3}) to this interface, and the shared suites of this
 * package run against it. The methods mean what the facades' methods of the same name mean.
 */
public interface Codec {

  /** Reads a plan from text. */
  CommunityOfPractice readPlan(String json);

  /** Reads a plan from UTF-8 bytes. */
  CommunityOfPractice readPlan(byte[] json);

  /** Reads a plan from a stream, leaving it open. */
  CommunityOfPractice readPlan(InputStream json);

  /** Reads a plan from a file. */
  CommunityOfPractice readPlan(Path file);

  /** Writes a plan as compact JSON. */
  String writePlan(CommunityOfPractice plan);

  /** Writes a plan as indented JSON with a final newline. */
  String writePlanPretty(CommunityOfPractice plan);

  /** Writes a plan as compact JSON to a stream, leaving it open. */
  void writePlan(CommunityOfPractice plan, OutputStream out);

  /** Reads a validation report from text. */
  ValidationReport readReport(String json);

  /** Writes a validation report as compact JSON. */
  String writeReport(ValidationReport report);

  /** Writes a validation report as indented JSON. */
  String writeReportPretty(ValidationReport report);

  /** Reads a validation policy from text. */
  ValidationPolicy readPolicy(String json);

  /** Writes a validation policy as compact JSON. */
  String writePolicy(ValidationPolicy policy);

  /** Writes a validation policy as indented JSON. */
  String writePolicyPretty(ValidationPolicy policy);

  /** Whether unknown properties are rejected. */
  boolean isStrict();

  /** The limits the facade enforces. */
  CopJsonLimits getLimits();
}
