package org.edcop.json.format.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.edcop.json.format.CopJsonCodec;
import org.edcop.json.format.CopJsonException;
import org.edcop.json.format.CopJsonLimits;
import org.edcop.model.CommunityOfPractice;
import org.edcop.records.AchievementCredential;
import org.edcop.records.CreditPolicy;
import org.edcop.records.LearningRecord;
import org.edcop.validation.ValidationPolicy;
import org.edcop.validation.ValidationReport;

/**
 * The one implementation of {@link CopJsonCodec}: every step of reading and writing that is not
 * Jackson API, written once for both generations. A facade only hands it the {@link JsonEngine} of
 * its generation.
 *
 * <p>Reading: bounded input to bytes, the size limit, the UTF-8 and surrogate checks, the first
 * token (an object), reading the document from the engine's tokens (a plan straight into the model,
 * {@link PlanReader}; the smaller documents through their wire record), trailing content, and the
 * error's location in characters. A value the format refuses is reported after text that is not
 * JSON further on, which the rest of the document is still read for. Writing: {@link WireWriter} on
 * the engine's generator, a plan straight from the model ({@link PlanWriter}), the other documents
 * through their wire records; one text path for strings and streams alike, so both give the same
 * bytes; text that is not valid Unicode is refused instead of being turned into {@code ?}.
 */
public abstract class SharedCodec implements CopJsonCodec {

  private final JsonEngine engine;
  private final CopJsonLimits limits;
  private final boolean strict;

  /**
   * The length of the last text written, the starting size of the next one's buffer so that it
   * rarely grows (capped); a hint only, so unsynchronized reads and writes are harmless.
   */
  private int lastLength = TextBuilderWriter.SMALL;

  /**
   * Creates the codec over an engine.
   *
   * @param engine the Jackson generation's engine
   * @param strict whether unknown properties are rejected
   */
  protected SharedCodec(JsonEngine engine, boolean strict) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.limits = engine.limits();
    this.strict = strict;
  }

  @Override
  public final boolean isStrict() {
    return strict;
  }

  @Override
  public final CopJsonLimits getLimits() {
    return limits;
  }

  @Override
  public final CommunityOfPractice readPlan(String json) {
    return read(text(json), WireDocument.PLAN);
  }

  @Override
  public final CommunityOfPractice readPlan(byte[] json) {
    return read(json, WireDocument.PLAN);
  }

  @Override
  public final CommunityOfPractice readPlan(InputStream json) {
    return read(ReaderErrors.bytes(json, limits), WireDocument.PLAN);
  }

  @Override
  public final CommunityOfPractice readPlan(Path file) {
    return read(ReaderErrors.bytes(file, limits), WireDocument.PLAN);
  }

  @Override
  public final String writePlan(CommunityOfPractice plan) {
    return write(plan, WireDocument.PLAN, false);
  }

  @Override
  public final String writePlanPretty(CommunityOfPractice plan) {
    return write(plan, WireDocument.PLAN, true) + "\n";
  }

  @Override
  public final void writePlan(CommunityOfPractice plan, OutputStream out) {
    write(plan, WireDocument.PLAN, out);
  }

  @Override
  public final ValidationReport readReport(String json) {
    return read(text(json), WireDocument.REPORT);
  }

  @Override
  public final ValidationReport readReport(byte[] json) {
    return read(json, WireDocument.REPORT);
  }

  @Override
  public final ValidationReport readReport(InputStream json) {
    return read(ReaderErrors.bytes(json, limits), WireDocument.REPORT);
  }

  @Override
  public final ValidationReport readReport(Path file) {
    return read(ReaderErrors.bytes(file, limits), WireDocument.REPORT);
  }

  @Override
  public final String writeReport(ValidationReport report) {
    return write(report, WireDocument.REPORT, false);
  }

  @Override
  public final String writeReportPretty(ValidationReport report) {
    return write(report, WireDocument.REPORT, true) + "\n";
  }

  @Override
  public final void writeReport(ValidationReport report, OutputStream out) {
    write(report, WireDocument.REPORT, out);
  }

  @Override
  public final ValidationPolicy readPolicy(String json) {
    return read(text(json), WireDocument.POLICY);
  }

  @Override
  public final ValidationPolicy readPolicy(byte[] json) {
    return read(json, WireDocument.POLICY);
  }

  @Override
  public final ValidationPolicy readPolicy(InputStream json) {
    return read(ReaderErrors.bytes(json, limits), WireDocument.POLICY);
  }

  @Override
  public final ValidationPolicy readPolicy(Path file) {
    return read(ReaderErrors.bytes(file, limits), WireDocument.POLICY);
  }

  @Override
  public final String writePolicy(ValidationPolicy policy) {
    return write(policy, WireDocument.POLICY, false);
  }

  @Override
  public final String writePolicyPretty(ValidationPolicy policy) {
    return write(policy, WireDocument.POLICY, true) + "\n";
  }

  @Override
  public final void writePolicy(ValidationPolicy policy, OutputStream out) {
    write(policy, WireDocument.POLICY, out);
  }

  // ---- learning records (cop-records) ----------------------------------------------------------

  @Override
  public final CreditPolicy readCreditPolicy(String json) {
    return read(text(json), WireDocument.CREDIT_POLICY);
  }

  @Override
  public final CreditPolicy readCreditPolicy(Path file) {
    return read(ReaderErrors.bytes(file, limits), WireDocument.CREDIT_POLICY);
  }

  @Override
  public final String writeCreditPolicyPretty(CreditPolicy policy) {
    return write(policy, WireDocument.CREDIT_POLICY, true) + "\n";
  }

  @Override
  public final String writeLearningRecordsPretty(List<LearningRecord> records) {
    return export(RecordsMapping.toWire(records)) + "\n";
  }

  @Override
  public final String writeCredentialPretty(AchievementCredential credential) {
    return export(RecordsMapping.toWire(credential)) + "\n";
  }

  /** Writes an export-only wire value (no reader exists for it) as indented JSON. */
  private String export(Object wire) {
    try {
      return text(wire, true);
    } catch (IOException e) {
      throw new IllegalStateException("the export could not be written", e);
    }
  }

  // ---- reading ---------------------------------------------------------------------------------

  private byte[] text(String json) {
    byte[] bytes = ReaderErrors.bytes(json, limits);
    Surrogates.check(json); // encoding would have turned a raw half of a pair into '?'
    return bytes;
  }

  private <M, W> M read(byte[] json, WireDocument<M, W> document) {
    Objects.requireNonNull(json, "json");
    if (json.length > limits.maxDocumentBytes()) {
      throw ReaderErrors.tooLarge(limits);
    }
    if (Utf8.check(json)) {
      Surrogates.check(json, engine);
    }
    M model;
    CopJsonException refused = null;
    try (TokenCursor cursor = engine.open(json)) {
      try {
        JsonToken first = cursor.next();
        if (first == null) {
          throw ReaderErrors.empty();
        }
        if (first != JsonToken.START_OBJECT) {
          throw ReaderErrors.notAnObject(
              document.name(),
              TextPositions.line(json, cursor.offset()),
              TextPositions.column(json, cursor.offset()));
        }
        try {
          model = document.read(cursor, strict);
        } catch (CopJsonException e) {
          // a value the format refuses; text that is not JSON further on still comes first
          refused = e;
          model = null;
          skipRoot(cursor);
        }
      } catch (EngineFailure failure) {
        throw ReaderErrors.translate(failure, json, limits);
      }
      long trailing;
      Throwable cause = null;
      try {
        trailing = cursor.next() == null ? -1 : cursor.offset();
      } catch (EngineFailure failure) {
        trailing = Math.max(failure.offset(), 0);
        cause = failure.getCause();
      }
      if (trailing >= 0) {
        throw ReaderErrors.trailing(
            TextPositions.line(json, trailing), TextPositions.column(json, trailing), cause);
      }
    }
    if (refused != null) {
      throw ReaderErrors.locate(refused, json, engine);
    }
    return model;
  }

  /**
   * Moves the cursor, from anywhere inside the document's root object, to the root's end (error
   * path only: the pointer of each closing token tells where the cursor is).
   */
  private static void skipRoot(TokenCursor cursor) {
    JsonToken token = cursor.current();
    while (!(token == JsonToken.END_OBJECT && cursor.pointer().isEmpty())) {
      token = cursor.next();
      if (token == null) {
        return;
      }
    }
  }

  // ---- writing ---------------------------------------------------------------------------------

  private <M, W> String write(M value, WireDocument<M, W> document, boolean pretty) {
    Objects.requireNonNull(value, document.name());
    Object wire = document.write(value);
    String text;
    try {
      text = text(wire, pretty);
    } catch (IOException e) {
      throw new IllegalStateException("the " + document.name() + " could not be written", e);
    }
    if (Surrogates.unpaired(text) >= 0) {
      throw notUnicode(document, null);
    }
    return text;
  }

  /**
   * Writes a wire value into a string through a {@link TextBuilderWriter} whose first chunk is
   * sized from the last text written (the thread's kept chunk when it is large enough).
   */
  private String text(Object wire, boolean pretty) throws IOException {
    TextBuilderWriter out = TextBuilderWriter.open(lastLength);
    Writer target = pretty ? new IndentingWriter(out) : out;
    engine.write(wire, target);
    target.flush(); // the indenting writer's last piece
    lastLength = out.length();
    String text = out.toString();
    out.release(); // on failure the chunk is simply left to the collector
    return text;
  }

  private <M, W> void write(M value, WireDocument<M, W> document, OutputStream out) {
    Objects.requireNonNull(value, document.name());
    Objects.requireNonNull(out, "out");
    Object wire = document.write(value);
    // a strict encoder: half of a surrogate pair fails instead of becoming '?'
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder());
    try {
      engine.write(wire, writer);
      writer.flush();
    } catch (CharacterCodingException e) {
      throw notUnicode(document, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static IllegalArgumentException notUnicode(WireDocument<?, ?> document, Exception cause) {
    return new IllegalArgumentException(
        "the "
            + document.name()
            + " holds text with half of a UTF-16 surrogate pair, which is not valid Unicode and"
            + " cannot be written as UTF-8",
        cause);
  }
}
