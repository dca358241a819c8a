package org.edcop.json.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.edcop.json.format.CopJsonCodec;
import org.edcop.json.format.CopJsonException;
import org.edcop.json.format.CopJsonException.Kind;
import org.edcop.model.CommunityOfPractice;
import org.edcop.testing.SampleDocuments;
import org.edcop.testing.SamplePlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The facade's inputs and outputs: streams, files, byte-order marks, bad model content, limits. Run
 * by every JSON module.
 */
public abstract class InputsAndOutputsSuite {

  private final Codecs codecs;
  private final CopJsonCodec json;

  /**
   * Runs the suite against one module.
   *
   * @param codecs the module's facades
   */
  protected InputsAndOutputsSuite(Codecs codecs) {
    this.codecs = codecs;
    this.json = codecs.defaults();
  }

  private static final CommunityOfPractice BARE = SamplePlans.draftBare().getPlan();

  /** A stream that remembers whether it was closed. */
  static final class TrackedStream extends ByteArrayInputStream {
    boolean closed;

    TrackedStream(byte[] bytes) {
      super(bytes);
    }

    @Override
    public void close() throws IOException {
      closed = true;
      super.close();
    }
  }

  @Test
  public void streamsAreReadToTheEndAndLeftOpen() {
    TrackedStream in = new TrackedStream(SampleDocuments.bytes("draft-bare"));
    assertThat(json.readPlan(in)).isEqualTo(BARE);
    assertThat(in.closed).isFalse();
    ByteArrayOutputStream out =
        new ByteArrayOutputStream() {
          @Override
          public void close() {
            throw new AssertionError("the writer closed the caller's stream");
          }
        };
    json.writePlan(BARE, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(json.writePlan(BARE));
  }

  /** A member and a meeting with their properties in the writer's order, one unknown among them. */
  private static final String IN_ORDER =
      "{\"schemaVersion\":1,\"id\":\"p-1\",\"name\":\"N\",\"authority\":\"A\","
          + "\"timeZone\":\"America/Edmonton\",\"community\":{\"membership\":{\"members\":["
          + "{\"id\":\"m-1\",\"person\":{\"name\":\"Ana\",\"role\":\"teacher\"},\"tier\":\"core\","
          + "\"x-note\":1,\"decisionMaker\":true}]}},\"practice\":{\"meetings\":[{\"id\":\"g-1\","
          + "\"title\":\"T\",\"start\":\"2026-01-05T16:00:00-07:00\","
          + "\"end\":\"2026-01-05T17:00:00-07:00\",\"topics\":[\"a\"],\"attendance\":[\"m-1\"],"
          + "\"notes\":\"n\"}]}}";

  /** The same plan with the properties of every object in the reverse order. */
  private static final String REVERSED =
      "{\"practice\":{\"meetings\":[{\"notes\":\"n\",\"attendance\":[\"m-1\"],\"topics\":[\"a\"],"
          + "\"end\":\"2026-01-05T17:00:00-07:00\",\"start\":\"2026-01-05T16:00:00-07:00\","
          + "\"title\":\"T\",\"id\":\"g-1\"}]},\"community\":{\"membership\":{\"members\":["
          + "{\"decisionMaker\":true,\"x-note\":1,\"tier\":\"core\","
          + "\"person\":{\"role\":\"teacher\",\"name\":\"Ana\"},\"id\":\"m-1\"}]}},"
          + "\"timeZone\":\"America/Edmonton\",\"authority\":\"A\",\"name\":\"N\",\"id\":\"p-1\","
          + "\"schemaVersion\":1}";

  @Test
  public void theOrderOfPropertiesDoesNotMatter() {
    CommunityOfPractice plan = json.readPlan(IN_ORDER);
    assertThat(plan.getCommunity().getMembership().getMembers().get(0).getUnknownProperties())
        .containsEntry("x-note", "1");
    assertThat(plan.getPractice().getMeetings().get(0).getAttendance()).hasSize(1);
    // the reader learns the order of the names it meets: switch orders back and forth
    for (int round = 0; round < 3; round++) {
      assertThat(json.readPlan(REVERSED)).isEqualTo(plan);
      assertThat(json.readPlan(IN_ORDER)).isEqualTo(plan);
    }
    assertThat(json.writePlan(json.readPlan(REVERSED))).isEqualTo(json.writePlan(plan));
  }

  @Test
  public void aByteOrderMarkIsTolerated() {
    assertThat(json.readPlan("\uFEFF" + SampleDocuments.json("draft-bare"))).isEqualTo(BARE);
  }

  @Test
  public void aMissingFileIsAnIoError(@TempDir Path directory) {
    CopJsonException error =
        catchThrowableOfType(
            CopJsonException.class, () -> json.readPlan(directory.resolve("absent.json")));
    assertThat(error.getKind()).isEqualTo(Kind.IO);
    assertThat(error.getPointer()).isEmpty();
  }

  @Test
  public void aFailingStreamIsAnIoError() {
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("connection reset");
          }
        };
    CopJsonException error =
        catchThrowableOfType(CopJsonException.class, () -> json.readPlan(failing));
    assertThat(error.getKind()).isEqualTo(Kind.IO);
    assertThat(error.getDetail()).contains("connection reset");
  }

  @Test
  public void aStreamOverTheLimitIsNotReadToTheEnd() {
    CopJsonCodec small = codecs.create(false, 100, 64, 1_000_000);
    InputStream endless =
        new InputStream() {
          int served;

          @Override
          public int read() {
            served++;
            assertThat(served).isLessThan(1_000_000);
            return ' ';
          }
        };
    CopJsonException error =
        catchThrowableOfType(CopJsonException.class, () -> small.readPlan(endless));
    assertThat(error.getKind()).isEqualTo(Kind.LIMIT_EXCEEDED);
    assertThat(error.getLine()).isEqualTo(-1);
  }

  @Test
  public void unknownPropertyTextFromAProgramIsCheckedAndCanonicalised() {
    CommunityOfPractice spaced =
        CommunityOfPractice.builder()
            .from(BARE)
            .putUnknownProperty("x-a", "{ \"n\" : 2.50 }")
            .build();
    assertThat(json.writePlan(spaced)).endsWith(",\"x-a\":{\"n\":2.50}}");
    CommunityOfPractice broken =
        CommunityOfPractice.builder().from(BARE).putUnknownProperty("x-a", "{oops").build();
    assertThatThrownBy(() -> json.writePlan(broken))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'x-a'");
  }

  @Test
  public void limitsAreReportedAndValidated() {
    CopJsonCodec custom = codecs.create(true, 1000, 5, 10);
    assertThat(custom.isStrict()).isTrue();
    assertThat(custom.getLimits().maxNestingDepth()).isEqualTo(5);
    CopJsonException deep =
        catchThrowableOfType(
            CopJsonException.class, () -> custom.readPlan("{\"a\":[[[[[[1]]]]]]}"));
    assertThat(deep.getKind()).isEqualTo(Kind.LIMIT_EXCEEDED);
    assertThat(deep.getDetail()).contains("5 levels");
    CopJsonException longName =
        catchThrowableOfType(
            CopJsonException.class,
            () -> custom.readPlan("{\"schemaVersion\":1,\"id\":\"01234567890\"}"));
    assertThat(longName.getKind()).isEqualTo(Kind.LIMIT_EXCEEDED);
    assertThat(longName.getPointer()).isEqualTo("/id");
    // located at the text's opening quote, not where the parser happened to notice the excess
    assertThat(List.of(longName.getLine(), longName.getColumn())).containsExactly(1L, 25L);
    assertThatThrownBy(() -> codecs.create(false, 1000, 0, 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> codecs.create(false, 0, 5, 10))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
