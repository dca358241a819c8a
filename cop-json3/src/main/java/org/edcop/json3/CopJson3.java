package org.edcop.json3;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.edcop.json.format.CopJsonException;
import org.edcop.json.format.CopJsonLimits;
import org.edcop.json.format.internal.ReaderErrors;
import org.edcop.json.format.internal.RecordsMapping;
import org.edcop.json.format.internal.Utf8;
import org.edcop.json.format.internal.WireDocument;
import org.edcop.json3.internal.Errors;
import org.edcop.json3.internal.Mappers;
import org.edcop.model.CommunityOfPractice;
import org.edcop.records.AchievementCredential;
import org.edcop.records.CreditPolicy;
import org.edcop.records.LearningRecord;
import org.edcop.validation.ValidationPolicy;
import org.edcop.validation.ValidationReport;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes cop documents (plans, validation reports, validation policies) in the cop JSON
 * format with Jackson 3 ({@code tools.jackson}), safely enough for input from outside. It reads and
 * writes exactly what the Jackson 2 facade {@code org.edcop.json.CopJson} does, byte for byte, and
 * fails in the same way: every document is checked against {@link CopJsonLimits}, duplicate
 * property names, trailing content, {@code null} for required values and silent type conversions
 * are refused, and every problem is raised as one {@link CopJsonException} that names the JSON
 * Pointer, line and column of the offending value.
 *
 * <p>Writing is deterministic: equal values give equal bytes. {@code write...} gives compact JSON;
 * {@code write...Pretty} gives two-space indented JSON ending in a newline, the form of the sample
 * files.
 *
 * <pre>{@code
 * CopJson3 json = CopJson3.defaults();
 * CommunityOfPractice plan = json.readPlan(Path.of("plan.json"));
 * String text = json.writePlanPretty(plan);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; build one and share it.
 *
 * @since 0.1.0
 */
public final class CopJson3 {

  private static final CopJson3 DEFAULTS = builder().build();

  private final boolean strict;
  private final CopJsonLimits limits;
  private final JsonMapper mapper;
  private final ObjectWriter compact;
  private final ObjectWriter pretty;

  private CopJson3(Builder builder) {
    this.strict = builder.strict;
    this.limits =
        new CopJsonLimits(
            builder.maxDocumentBytes, builder.maxNestingDepth, builder.maxStringLength);
    this.mapper = Mappers.mapper(Mappers.factory(limits), new CopJson3Module());
    this.compact = mapper.writer();
    this.pretty = mapper.writer().with(Mappers.prettyPrinter());
  }

  /**
   * The shared reader and writer with the default limits, keeping unknown properties.
   *
   * @return the default instance
   */
  public static CopJson3 defaults() {
    return DEFAULTS;
  }

  /**
   * Starts a builder, initialised to the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether unknown properties are rejected rather than kept.
   *
   * @return true in strict mode
   */
  public boolean isStrict() {
    return strict;
  }

  /**
   * The limits this instance enforces.
   *
   * @return the limits
   */
  public CopJsonLimits getLimits() {
    return limits;
  }

  // ---- plans ---------------------------------------------------------------------------------

  /**
   * Reads a plan from JSON text.
   *
   * @param json the document
   * @return the plan
   * @throws CopJsonException if the document is not a valid plan document
   */
  public CommunityOfPractice readPlan(String json) {
    return read(ReaderErrors.bytes(json, limits), WireDocument.PLAN);
  }

  /**
   * Reads a plan from UTF-8 bytes.
   *
   * @param json the document
   * @return the plan
   * @throws CopJsonException if the document is not a valid plan document
   */
  public CommunityOfPractice readPlan(byte[] json) {
    return read(json, WireDocument.PLAN);
  }

  /**
   * Reads a plan from a UTF-8 stream, up to its end. The stream is not closed.
   *
   * @param json the stream
   * @return the plan
   * @throws CopJsonException if the stream cannot be read or is not a valid plan document
   */
  public CommunityOfPractice readPlan(InputStream json) {
    return read(ReaderErrors.bytes(json, limits), WireDocument.PLAN);
  }

  /**
   * Reads a plan from a UTF-8 file.
   *
   * @param file the file
   * @return the plan
   * @throws CopJsonException if the file cannot be read or is not a valid plan document
   */
  public CommunityOfPractice readPlan(Path file) {
    return read(ReaderErrors.bytes(file, limits), WireDocument.PLAN);
  }

  /**
   * Writes a plan as compact JSON.
   *
   * @param plan the plan
   * @return the document
   * @throws IllegalArgumentException if an unknown property of the plan is not one JSON value
   */
  public String writePlan(CommunityOfPractice plan) {
    return write(plan, WireDocument.PLAN, compact);
  }

  /**
   * Writes a plan as indented JSON ending with a newline.
   *
   * @param plan the plan
   * @return the document
   * @throws IllegalArgumentException if an unknown property of the plan is not one JSON value
   */
  public String writePlanPretty(CommunityOfPractice plan) {
    return write(plan, WireDocument.PLAN, pretty) + "\n";
  }

  /**
   * Writes a plan as compact UTF-8 JSON to a stream, which is left open.
   *
   * @param plan the plan
   * @param out the stream
   * @throws UncheckedIOException if the stream fails
   * @throws IllegalArgumentException if an unknown property of the plan is not one JSON value
   */
  public void writePlan(CommunityOfPractice plan, OutputStream out) {
    write(plan, WireDocument.PLAN, compact, out);
  }

  // ---- reports --------------------------------------------------------------------------------

  /**
   * Reads a validation report from JSON text.
   *
   * @param json the document
   * @return the validation report
   * @throws CopJsonException if the document is not a valid validation report document
   */
  public ValidationReport readReport(String json) {
    return read(ReaderErrors.bytes(json, limits), WireDocument.REPORT);
  }

  /**
   * Reads a validation report from UTF-8 bytes.
   *
   * @param json the document
   * @return the validation report
   * @throws CopJsonException if the document is not a valid validation report document
   */
  public ValidationReport readReport(byte[] json) {
    return read(json, WireDocument.REPORT);
  }

  /**
   * Reads a validation report from a UTF-8 stream, up to its end. The stream is not closed.
   *
   * @param json the stream
   * @return the validation report
   * @throws CopJsonException if the stream cannot be read or is not a valid validation report
   *     document
   */
  public ValidationReport readReport(InputStream json) {
    return read(ReaderErrors.bytes(json, limits), WireDocument.REPORT);
  }

  /**
   * Reads a validation report from a UTF-8 file.
   *
   * @param file the file
   * @return the validation report
   * @throws CopJsonException if the file cannot be read or is not a valid validation report
   *     document
   */
  public ValidationReport readReport(Path file) {
    return read(ReaderErrors.bytes(file, limits), WireDocument.REPORT);
  }

  /**
   * Writes a validation report as compact JSON.
   *
   * @param report the validation report
   * @return the document
   */
  public String writeReport(ValidationReport report) {
    return write(report, WireDocument.REPORT, compact);
  }

  /**
   * Writes a validation report as indented JSON ending with a newline.
   *
   * @param report the validation report
   * @return the document
   */
  public String writeReportPretty(ValidationReport report) {
    return write(report, WireDocument.REPORT, pretty) + "\n";
  }

  /**
   * Writes a validation report as compact UTF-8 JSON to a stream, which is left open.
   *
   * @param report the validation report
   * @param out the stream
   * @throws UncheckedIOException if the stream fails
   */
  public void writeReport(ValidationReport report, OutputStream out) {
    write(report, WireDocument.REPORT, compact, out);
  }

  // ---- policies --------------------------------------------------------------------------------

  /**
   * Reads a validation policy from JSON text.
   *
   * @param json the document
   * @return the validation policy
   * @throws CopJsonException if the document is not a valid validation policy document
   */
  public ValidationPolicy readPolicy(String json) {
    return read(ReaderErrors.bytes(json, limits), WireDocument.POLICY);
  }

  /**
   * Reads a validation policy from UTF-8 bytes.
   *
   * @param json the document
   * @return the validation policy
   * @throws CopJsonException if the document is not a valid validation policy document
   */
  public ValidationPolicy readPolicy(byte[] json) {
    return read(json, WireDocument.POLICY);
  }

  /**
   * Reads a validation policy from a UTF-8 stream, up to its end. The stream is not closed.
   *
   * @param json the stream
   * @return the validation policy
   * @throws CopJsonException if the stream cannot be read or is not a valid validation policy
   *     document
   */
  public ValidationPolicy readPolicy(InputStream json) {
    return read(ReaderErrors.bytes(json, limits), WireDocument.POLICY);
  }

  /**
   * Reads a validation policy from a UTF-8 file.
   *
   * @param file the file
   * @return the validation policy
   * @throws CopJsonException if the file cannot be read or is not a valid validation policy
   *     document
   */
  public ValidationPolicy readPolicy(Path file) {
    return read(ReaderErrors.bytes(file, limits), WireDocument.POLICY);
  }

  /**
   * Writes a validation policy as compact JSON.
   *
   * @param policy the validation policy
   * @return the document
   */
  public String writePolicy(ValidationPolicy policy) {
    return write(policy, WireDocument.POLICY, compact);
  }

  /**
   * Writes a validation policy as indented JSON ending with a newline.
   *
   * @param policy the validation policy
   * @return the document
   */
  public String writePolicyPretty(ValidationPolicy policy) {
    return write(policy, WireDocument.POLICY, pretty) + "\n";
  }

  /**
   * Writes a validation policy as compact UTF-8 JSON to a stream, which is left open.
   *
   * @param policy the validation policy
   * @param out the stream
   * @throws UncheckedIOException if the stream fails
   */
  public void writePolicy(ValidationPolicy policy, OutputStream out) {
    write(policy, WireDocument.POLICY, compact, out);
  }

  // ---- learning records (cop-records) ----------------------------------------------------------

  /**
   * Reads a credit policy from JSON text. Unknown properties are always rejected.
   *
   * @param json the document
   * @return the credit policy
   * @throws CopJsonException if the document is not a valid credit policy, e.g. a share above 1 or
   *     a negative cap ({@code INVALID_VALUE} at the property, naming the value)
   * @since 0.2.0
   */
  public CreditPolicy readCreditPolicy(String json) {
    return read(ReaderErrors.bytes(json, limits), WireDocument.CREDIT_POLICY);
  }

  /**
   * Reads a credit policy from a UTF-8 file.
   *
   * @param file the file
   * @return the credit policy
   * @throws CopJsonException if the file cannot be read or is not a valid credit policy
   * @since 0.2.0
   */
  public CreditPolicy readCreditPolicy(Path file) {
    return read(ReaderErrors.bytes(file, limits), WireDocument.CREDIT_POLICY);
  }

  /**
   * Writes a credit policy as indented JSON ending with a newline; defaults are left out.
   *
   * @param policy the credit policy
   * @return the document
   * @since 0.2.0
   */
  public String writeCreditPolicyPretty(CreditPolicy policy) {
    return write(policy, WireDocument.CREDIT_POLICY, pretty) + "\n";
  }

  /**
   * Writes learning records as an indented JSON export ending with a newline.
   *
   * @param records the records
   * @return the document
   * @since 0.2.0
   */
  public String writeLearningRecordsPretty(List<LearningRecord> records) {
    return export(RecordsMapping.toWire(records)) + "\n";
  }

  /**
   * Writes an Open Badges 3.0 achievement credential as indented, unsigned JSON-LD ending with a
   * newline.
   *
   * @param credential the credential
   * @return the document
   * @since 0.2.0
   */
  public String writeCredentialPretty(AchievementCredential credential) {
    return export(RecordsMapping.toWire(credential)) + "\n";
  }

  private String export(Object wire) {
    try {
      return pretty.writeValueAsString(wire);
    } catch (JacksonException e) {
      throw new IllegalStateException("the export could not be written", e);
    }
  }

  // ---- shared --------------------------------------------------------------------------------

  private <M, W> M read(byte[] json, WireDocument<M, W> document) {
    if (json.length > limits.maxDocumentBytes()) {
      throw ReaderErrors.tooLarge(limits);
    }
    Utf8.check(json);
    W wire;
    try (JsonParser parser = mapper.createParser(json)) {
      try {
        JsonToken first = parser.nextToken();
        if (first == null) {
          throw ReaderErrors.empty();
        }
        if (first != JsonToken.START_OBJECT) {
          TokenStreamLocation location = parser.currentTokenLocation();
          throw ReaderErrors.notAnObject(
              document.name(), location.getLineNr(), location.getColumnNr());
        }
        wire = mapper.readValue(parser, document.wireType());
      } catch (JacksonException e) {
        throw Errors.translate(e, parser, limits);
      }
      // Jackson 3 would check this itself (FAIL_ON_TRAILING_TOKENS), but in its own words
      try {
        if (parser.nextToken() != null) {
          throw Errors.trailing(parser.currentTokenLocation(), null);
        }
      } catch (JacksonException e) {
        throw Errors.trailing(e.getLocation(), e);
      }
    }
    try {
      return document.read(wire, strict);
    } catch (CopJsonException e) {
      throw Errors.locate(e, json, mapper);
    }
  }

  private <M, W> String write(M value, WireDocument<M, W> document, ObjectWriter writer) {
    Objects.requireNonNull(value, document.name());
    W wire = document.write(value);
    try {
      return writer.forType(document.wireType()).writeValueAsString(wire);
    } catch (JacksonException e) {
      throw new IllegalStateException("the " + document.name() + " could not be written", e);
    }
  }

  private <M, W> void write(
      M value, WireDocument<M, W> document, ObjectWriter writer, OutputStream out) {
    Objects.requireNonNull(value, document.name());
    Objects.requireNonNull(out, "out");
    W wire = document.write(value);
    try {
      writer.forType(document.wireType()).writeValue(out, wire);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    } catch (JacksonException e) {
      throw new IllegalStateException("the " + document.name() + " could not be written", e);
    }
  }

  /**
   * Builds a {@link CopJson3} with other limits or in strict mode.
   *
   * @since 0.1.0
   */
  public static final class Builder {

    private boolean strict;
    private long maxDocumentBytes = CopJsonLimits.DEFAULTS.maxDocumentBytes();
    private int maxNestingDepth = CopJsonLimits.DEFAULTS.maxNestingDepth();
    private int maxStringLength = CopJsonLimits.DEFAULTS.maxStringLength();

    private Builder() {}

    /**
     * Whether to reject unknown properties instead of keeping them (default: keep).
     *
     * @param strict true to reject
     * @return this builder
     */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /**
     * Sets all three limits at once.
     *
     * @param limits the limits
     * @return this builder
     */
    public Builder limits(CopJsonLimits limits) {
      this.maxDocumentBytes = limits.maxDocumentBytes();
      this.maxNestingDepth = limits.maxNestingDepth();
      this.maxStringLength = limits.maxStringLength();
      return this;
    }

    /**
     * The largest document accepted, in bytes of UTF-8.
     *
     * @param bytes the limit, positive
     * @return this builder
     */
    public Builder maxDocumentBytes(long bytes) {
      this.maxDocumentBytes = bytes;
      return this;
    }

    /**
     * The deepest nesting of objects and arrays accepted.
     *
     * @param depth the limit, positive
     * @return this builder
     */
    public Builder maxNestingDepth(int depth) {
      this.maxNestingDepth = depth;
      return this;
    }

    /**
     * The longest text value accepted, in characters.
     *
     * @param length the limit, positive
     * @return this builder
     */
    public Builder maxStringLength(int length) {
      this.maxStringLength = length;
      return this;
    }

    /**
     * Builds the reader and writer.
     *
     * @return a new instance
     * @throws IllegalArgumentException if a limit is not positive
     */
    public CopJson3 build() {
      return new CopJson3(this);
    }
  }
}
