package org.edcop.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.edcop.json.CopJson;
import org.edcop.json.format.CopJsonCodec;
import org.edcop.json.format.CopJsonException;
import org.edcop.json3.CopJson3;
import org.edcop.model.CommunityOfPractice;

/**
 * Fuzz targets for every place input enters the JSON layer (issue 14): both facades, each document
 * kind (plan, policy, report) and each source (String, byte[], InputStream, Path), a differential
 * target holding the two Jackson generations to the same outcome, and a round-trip target. Each
 * input either reads or raises one {@link CopJsonException} with a complete location; the four
 * sources of one facade agree on the same bytes; anything else fails.
 *
 * <p>Without {@code JAZZER_FUZZ} the stored inputs under {@code EntryPointsFuzzTestInputs/} replay
 * as ordinary tests; {@code cop-hardening/fuzz.sh} fuzzes one target (docs/reliability.md).
 */
class EntryPointsFuzzTest {

  private static final List<CopJsonCodec> FACADES =
      List.of(CopJson.defaults(), CopJson3.defaults());

  private static final Path FILE;

  static {
    Invariants.warmUp();
    try {
      FILE = Files.createTempFile("cop-fuzz", ".json");
      FILE.toFile().deleteOnExit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What one read gave: the written form of the value, or the error's kind and location. */
  record Outcome(String written, String error) {

    static <T> Outcome of(byte[] document, Function<T, String> write, ReadCall<T> read) {
      try {
        return new Outcome(write.apply(read.read()), null);
      } catch (CopJsonException e) {
        Invariants.checkTypedError(e, document);
        return new Outcome(
            null, e.getKind() + " " + e.getPointer() + " " + e.getLine() + ":" + e.getColumn());
      }
    }
  }

  /** A read that may throw. */
  interface ReadCall<T> {
    T read();
  }

  private static Path file(byte[] document) {
    try {
      return Files.write(FILE, document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The four sources of one facade give one outcome for the same bytes. */
  private static <T> void sameForEverySource(
      byte[] document,
      Function<T, String> write,
      Function<byte[], T> bytes,
      Function<ByteArrayInputStream, T> stream,
      Function<Path, T> path,
      Function<String, T> text) {
    Outcome fromBytes = Outcome.of(document, write, () -> bytes.apply(document));
    assertThat(Outcome.of(document, write, () -> stream.apply(new ByteArrayInputStream(document))))
        .as("InputStream = byte[]")
        .isEqualTo(fromBytes);
    assertThat(Outcome.of(document, write, () -> path.apply(file(document))))
        .as("Path = byte[]")
        .isEqualTo(fromBytes);
    String decoded = new String(document, StandardCharsets.UTF_8);
    byte[] again = decoded.getBytes(StandardCharsets.UTF_8);
    Outcome fromText = Outcome.of(again, write, () -> text.apply(decoded));
    if (java.util.Arrays.equals(again, document)) {
      assertThat(fromText).as("String = byte[] for valid UTF-8").isEqualTo(fromBytes);
    }
  }

  @FuzzTest(maxDuration = JsonReaderFuzzTest.DURATION)
  void plan(byte[] document) {
    for (CopJsonCodec json : FACADES) {
      sameForEverySource(
          document,
          json::writePlan,
          json::readPlan,
          json::readPlan,
          json::readPlan,
          json::readPlan);
    }
  }

  @FuzzTest(maxDuration = JsonReaderFuzzTest.DURATION)
  void policy(byte[] document) {
    for (CopJsonCodec json : FACADES) {
      sameForEverySource(
          document,
          json::writePolicy,
          json::readPolicy,
          json::readPolicy,
          json::readPolicy,
          json::readPolicy);
    }
  }

  @FuzzTest(maxDuration = JsonReaderFuzzTest.DURATION)
  void report(byte[] document) {
    for (CopJsonCodec json : FACADES) {
      sameForEverySource(
          document,
          json::writeReport,
          json::readReport,
          json::readReport,
          json::readReport,
          json::readReport);
    }
  }

  /** Jackson 2 and Jackson 3 give the same bytes, or the same kind, pointer, line and column. */
  @FuzzTest(maxDuration = JsonReaderFuzzTest.DURATION)
  void differential(byte[] document) {
    CopJsonCodec two = FACADES.get(0);
    CopJsonCodec three = FACADES.get(1);
    assertThat(Outcome.of(document, three::writePlan, () -> three.readPlan(document)))
        .as("plan")
        .isEqualTo(Outcome.of(document, two::writePlan, () -> two.readPlan(document)));
    assertThat(Outcome.of(document, three::writePolicy, () -> three.readPolicy(document)))
        .as("policy")
        .isEqualTo(Outcome.of(document, two::writePolicy, () -> two.readPolicy(document)));
    assertThat(Outcome.of(document, three::writeReport, () -> three.readReport(document)))
        .as("report")
        .isEqualTo(Outcome.of(document, two::writeReport, () -> two.readReport(document)));
  }

  /**
   * Read, write, read: equal values, compact and pretty; the stream gets the string's bytes; both
   * generations write the same pretty text.
   */
  @FuzzTest(maxDuration = JsonReaderFuzzTest.DURATION)
  void roundTrip(byte[] document) {
    Set<String> pretties = new HashSet<>();
    for (CopJsonCodec json : FACADES) {
      CommunityOfPractice plan;
      try {
        plan = json.readPlan(document);
      } catch (CopJsonException e) {
        continue;
      }
      String written = json.writePlan(plan);
      assertThat(json.readPlan(written)).isEqualTo(plan);
      assertThat(json.writePlan(json.readPlan(written))).isEqualTo(written);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      json.writePlan(plan, out);
      assertThat(out.toByteArray())
          .as("stream bytes = string bytes")
          .isEqualTo(written.getBytes(StandardCharsets.UTF_8));
      String pretty = json.writePlanPretty(plan);
      assertThat(json.readPlan(pretty)).as("pretty").isEqualTo(plan);
      assertThat(json.writePlanPretty(json.readPlan(pretty))).isEqualTo(pretty);
      pretties.add(pretty);
    }
    assertThat(pretties).as("one pretty text from both generations").hasSizeLessThan(2);
  }
}
