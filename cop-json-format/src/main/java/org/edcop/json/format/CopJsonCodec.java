package org.edcop.json.format;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.edcop.model.CommunityOfPractice;
import org.edcop.records.AchievementCredential;
import org.edcop.records.CreditPolicy;
import org.edcop.records.LearningRecord;
import org.edcop.validation.ValidationPolicy;
import org.edcop.validation.ValidationReport;

/**
 * Reads and writes cop documents (plans, validation reports, validation policies) in the cop JSON
 * format. Both facades implement it, {@code org.edcop.json.CopJson} on Jackson 2 and {@code
 * org.edcop.json3.CopJson3} on Jackson 3, with one shared implementation behind them: they accept
 * and refuse the same documents, report the same errors and write the same bytes. Program against
 * this interface to leave the Jackson generation to the application.
 *
 * <p>Reading is safe for input from outside: every document is bounded by {@link CopJsonLimits}
 * (whatever its source: a file's reported size is never trusted), must be well-formed UTF-8 without
 * halves of surrogate pairs, and may not repeat a property name, hold trailing content, use {@code
 * null} for a required value or rely on a type conversion. Every problem is raised as one {@link
 * CopJsonException} with its kind, the JSON Pointer of the offending value and its line and column,
 * counted in characters.
 *
 * <p>Writing is deterministic: equal values give equal bytes, and the bytes written to a stream are
 * the UTF-8 of the text returned as a string. {@code write...} gives compact JSON; {@code
 * write...Pretty} gives two-space indented JSON ending in a newline, the form of the sample files.
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @since 0.2.0
 */
public interface CopJsonCodec {

  /**
   * Whether unknown properties are rejected rather than kept.
   *
   * @return true in strict mode
   */
  boolean isStrict();

  /**
   * The limits this codec enforces.
   *
   * @return the limits
   */
  CopJsonLimits getLimits();

  /**
   * Reads a plan from JSON text.
   *
   * @param json the document
   * @return the plan
   * @throws CopJsonException if the document is not a valid plan document
   */
  CommunityOfPractice readPlan(String json);

  /**
   * Reads a plan from UTF-8 bytes.
   *
   * @param json the document
   * @return the plan
   * @throws CopJsonException if the document is not a valid plan document
   */
  CommunityOfPractice readPlan(byte[] json);

  /**
   * Reads a plan from a UTF-8 stream, up to its end but never past the size limit. The stream is
   * not closed.
   *
   * @param json the stream
   * @return the plan
   * @throws CopJsonException if the stream cannot be read or is not a valid plan document
   */
  CommunityOfPractice readPlan(InputStream json);

  /**
   * Reads a plan from a UTF-8 file (or FIFO, or device), never past the size limit.
   *
   * @param file the file
   * @return the plan
   * @throws CopJsonException if the file cannot be read or is not a valid plan document
   */
  CommunityOfPractice readPlan(Path file);

  /**
   * Writes a plan as compact JSON.
   *
   * @param plan the plan
   * @return the document
   * @throws IllegalArgumentException if the plan holds text that is not valid Unicode, or an
   *     unknown property that is not one JSON value
   */
  String writePlan(CommunityOfPractice plan);

  /**
   * Writes a plan as indented JSON ending with a newline.
   *
   * @param plan the plan
   * @return the document
   * @throws IllegalArgumentException as {@link #writePlan(CommunityOfPractice)}
   */
  String writePlanPretty(CommunityOfPractice plan);

  /**
   * Writes a plan as compact UTF-8 JSON to a stream, which is left open: the same bytes as the
   * UTF-8 of {@link #writePlan(CommunityOfPractice)}.
   *
   * @param plan the plan
   * @param out the stream
   * @throws UncheckedIOException if the stream fails
   * @throws IllegalArgumentException as {@link #writePlan(CommunityOfPractice)}
   */
  void writePlan(CommunityOfPractice plan, OutputStream out);

  /**
   * Reads a validation report from JSON text.
   *
   * @param json the document
   * @return the validation report
   * @throws CopJsonException if the document is not a valid validation report document
   */
  ValidationReport readReport(String json);

  /**
   * Reads a validation report from UTF-8 bytes.
   *
   * @param json the document
   * @return the validation report
   * @throws CopJsonException if the document is not a valid validation report document
   */
  ValidationReport readReport(byte[] json);

  /**
   * Reads a validation report from a UTF-8 stream, never past the size limit. The stream is not
   * closed.
   *
   * @param json the stream
   * @return the validation report
   * @throws CopJsonException if the stream cannot be read or is not a valid report document
   */
  ValidationReport readReport(InputStream json);

  /**
   * Reads a validation report from a UTF-8 file, never past the size limit.
   *
   * @param file the file
   * @return the validation report
   * @throws CopJsonException if the file cannot be read or is not a valid report document
   */
  ValidationReport readReport(Path file);

  /**
   * Writes a validation report as compact JSON.
   *
   * @param report the validation report
   * @return the document
   */
  String writeReport(ValidationReport report);

  /**
   * Writes a validation report as indented JSON ending with a newline.
   *
   * @param report the validation report
   * @return the document
   */
  String writeReportPretty(ValidationReport report);

  /**
   * Writes a validation report as compact UTF-8 JSON to a stream, which is left open.
   *
   * @param report the validation report
   * @param out the stream
   * @throws UncheckedIOException if the stream fails
   */
  void writeReport(ValidationReport report, OutputStream out);

  /**
   * Reads a validation policy from JSON text.
   *
   * @param json the document
   * @return the validation policy
   * @throws CopJsonException if the document is not a valid validation policy document
   */
  ValidationPolicy readPolicy(String json);

  /**
   * Reads a validation policy from UTF-8 bytes.
   *
   * @param json the document
   * @return the validation policy
   * @throws CopJsonException if the document is not a valid validation policy document
   */
  ValidationPolicy readPolicy(byte[] json);

  /**
   * Reads a validation policy from a UTF-8 stream, never past the size limit. The stream is not
   * closed.
   *
   * @param json the stream
   * @return the validation policy
   * @throws CopJsonException if the stream cannot be read or is not a valid policy document
   */
  ValidationPolicy readPolicy(InputStream json);

  /**
   * Reads a validation policy from a UTF-8 file, never past the size limit.
   *
   * @param file the file
   * @return the validation policy
   * @throws CopJsonException if the file cannot be read or is not a valid policy document
   */
  ValidationPolicy readPolicy(Path file);

  /**
   * Writes a validation policy as compact JSON.
   *
   * @param policy the validation policy
   * @return the document
   */
  String writePolicy(ValidationPolicy policy);

  /**
   * Writes a validation policy as indented JSON ending with a newline.
   *
   * @param policy the validation policy
   * @return the document
   */
  String writePolicyPretty(ValidationPolicy policy);

  /**
   * Writes a validation policy as compact UTF-8 JSON to a stream, which is left open.
   *
   * @param policy the validation policy
   * @param out the stream
   * @throws UncheckedIOException if the stream fails
   */
  void writePolicy(ValidationPolicy policy, OutputStream out);

  /**
   * Reads a district credit policy from JSON text. Unknown properties are always rejected.
   *
   * @param json the document
   * @return the credit policy
   * @throws CopJsonException if the document is not a valid credit policy, e.g. a share above 1 or
   *     a negative cap ({@code INVALID_VALUE} at the property, naming the value)
   * @since 0.2.0
   */
  CreditPolicy readCreditPolicy(String json);

  /**
   * Reads a district credit policy from a UTF-8 file, never more than the size limit.
   *
   * @param file the file
   * @return the credit policy
   * @throws CopJsonException if the file cannot be read or is not a valid credit policy
   * @since 0.2.0
   */
  CreditPolicy readCreditPolicy(Path file);

  /**
   * Writes a credit policy as indented JSON ending with a newline; defaults are left out.
   *
   * @param policy the credit policy
   * @return the document
   * @since 0.2.0
   */
  String writeCreditPolicyPretty(CreditPolicy policy);

  /**
   * Writes learning records as an indented JSON export ending with a newline.
   *
   * @param records the records
   * @return the document
   * @since 0.2.0
   */
  String writeLearningRecordsPretty(List<LearningRecord> records);

  /**
   * Writes an Open Badges 3.0 achievement credential as indented, unsigned JSON-LD ending with a
   * newline.
   *
   * @param credential the credential
   * @return the document
   * @since 0.2.0
   */
  String writeCredentialPretty(AchievementCredential credential);
}
