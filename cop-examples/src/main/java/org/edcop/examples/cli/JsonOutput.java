package org.edcop.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.edcop.json.format.CopJsonCodec;
import org.edcop.validation.CopMessages;
import org.edcop.validation.Finding;
import org.edcop.validation.ValidationReport;

/**
 * Prints results for a program, as they come: a JSON array with one object per file on its own
 * line, {@code {"file": ..., "report": {...}}} for a file that was validated (the report in the
 * library's report format, its messages in the chosen language) or {@code {"file": ..., "problem":
 * ...}} for one that could not be read. The array's shape is published as {@code
 * validate-output.schema.json} ({@code cop schema validate-output}). Each report is written
 * straight to the output by the library's writer, never held as one string.
 */
final class JsonOutput {

  private static final JsonFactory FACTORY = new JsonFactory();

  private final PrintWriter out;
  private final CopJsonCodec codec;
  private final Locale locale;
  private boolean first = true;

  JsonOutput(PrintWriter out, CopJsonCodec codec, Locale locale) {
    this.out = out;
    this.codec = codec;
    this.locale = locale;
  }

  void start() {
    out.print("[");
  }

  void report(String file, ValidationReport report) {
    next();
    out.print("{\"file\":" + string(file) + ",\"report\":");
    OutputStream bytes = new DecodingStream(out);
    codec.writeReport(localized(report), bytes);
    out.print("}");
    out.flush();
  }

  void problem(String file, String problem) {
    next();
    out.print("{\"file\":" + string(file) + ",\"problem\":" + string(problem) + "}");
    out.flush();
  }

  void end() {
    out.println(first ? "]" : "\n]");
    out.flush();
  }

  private void next() {
    out.print(first ? "\n" : ",\n");
    first = false;
  }

  /** The report with each finding's message rendered in the chosen language. */
  private ValidationReport localized(ValidationReport report) {
    List<Finding> findings = new ArrayList<>(report.getFindings().size());
    for (Finding finding : report.getFindings()) {
      String message = CopMessages.message(finding, locale);
      findings.add(
          message.equals(finding.getMessage())
              ? finding
              : Finding.builder().from(finding).message(message).build());
    }
    return ValidationReport.builder()
        .stage(report.getStage())
        .asOf(report.getAsOf())
        .findings(findings)
        .build();
  }

  private static String string(String value) {
    StringWriter text = new StringWriter();
    try (JsonGenerator generator = FACTORY.createGenerator(text)) {
      generator.writeString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /** Bytes of UTF-8 JSON passed on as characters to a writer, a buffer at a time. */
  private static final class DecodingStream extends OutputStream {
    private final Writer out;
    private final CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer in = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);

    DecodingStream(Writer out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      while (len > 0) {
        int n = Math.min(len, in.remaining());
        in.put(b, off, n);
        off += n;
        len -= n;
        drain();
      }
    }

    private void drain() throws IOException {
      in.flip();
      while (true) {
        CoderResult result = decoder.decode(in, chars, false);
        chars.flip();
        out.write(chars.array(), chars.arrayOffset() + chars.position(), chars.remaining());
        chars.clear();
        if (result.isUnderflow()) {
          break;
        }
        if (result.isError()) {
          result.throwException();
        }
      }
      in.compact();
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }
  }
}
