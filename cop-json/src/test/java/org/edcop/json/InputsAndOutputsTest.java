package org.edcop.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.edcop.json.format.CopJsonException;
import org.edcop.json.format.CopJsonException.Kind;
import org.edcop.model.CommunityOfPractice;
import org.edcop.testing.SampleDocuments;
import org.edcop.testing.SamplePlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade's inputs and outputs: streams, files, byte-order marks, bad model content. */
class InputsAndOutputsTest {

  private static final CopJson JSON = CopJson.defaults();
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
  void streamsAreReadToTheEndAndLeftOpen() {
    TrackedStream in = new TrackedStream(SampleDocuments.bytes("draft-bare"));
    assertThat(JSON.readPlan(in)).isEqualTo(BARE);
    assertThat(in.closed).isFalse();
    ByteArrayOutputStream out =
        new ByteArrayOutputStream() {
          @Override
          public void close() {
            throw new AssertionError("the writer closed the caller's stream");
          }
        };
    JSON.writePlan(BARE, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(JSON.writePlan(BARE));
  }

  @Test
  void aByteOrderMarkIsTolerated() {
    assertThat(JSON.readPlan("\uFEFF" + SampleDocuments.json("draft-bare"))).isEqualTo(BARE);
  }

  @Test
  void aMissingFileIsAnIoError(@TempDir Path directory) {
    CopJsonException error = catchThrowableOfType(
        CopJsonException.class, () -> JSON.readPlan(directory.resolve("absent.json")));
    assertThat(error.getKind()).isEqualTo(Kind.IO);
    assertThat(error.getPointer()).isEmpty();
  }

  @Test
  void aFailingStreamIsAnIoError() {
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("connection reset");
          }
        };
    CopJsonException error = catchThrowableOfType(CopJsonException.class, () -> JSON.readPlan(failing));
    assertThat(error.getKind()).isEqualTo(Kind.IO);
    assertThat(error.getDetail()).contains("connection reset");
  }

  @Test
  void aStreamOverTheLimitIsNotReadToTheEnd() {
    CopJson small = CopJson.builder().maxDocumentBytes(100).build();
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
    CopJsonException error = catchThrowableOfType(CopJsonException.class, () -> small.readPlan(endless));
    assertThat(error.getKind()).isEqualTo(Kind.LIMIT_EXCEEDED);
    assertThat(error.getLine()).isEqualTo(-1);
  }

  @Test
  void unknownPropertyTextFromAProgramIsCheckedAndCanonicalised() {
    CommunityOfPractice spaced =
        CommunityOfPractice.builder().from(BARE).putUnknownProperty("x-a", "{ \"n\" : 2.50 }").build();
    assertThat(JSON.writePlan(spaced)).endsWith(",\"x-a\":{\"n\":2.50}}");
    CommunityOfPractice broken =
        CommunityOfPractice.builder().from(BARE).putUnknownProperty("x-a", "{oops").build();
    assertThatThrownBy(() -> JSON.writePlan(broken))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'x-a'");
  }

  @Test
  void limitsAreReportedAndValidated() {
    CopJson custom =
        CopJson.builder().strict(true).maxDocumentBytes(1000).maxNestingDepth(5).maxStringLength(10).build();
    assertThat(custom.isStrict()).isTrue();
    assertThat(custom.getLimits().maxNestingDepth()).isEqualTo(5);
    CopJsonException deep = catchThrowableOfType(
        CopJsonException.class,
        () -> custom.readPlan("{\"a\":[[[[[[1]]]]]]}"));
    assertThat(deep.getKind()).isEqualTo(Kind.LIMIT_EXCEEDED);
    assertThat(deep.getDetail()).contains("5 levels");
    CopJsonException longName = catchThrowableOfType(
        CopJsonException.class, () -> custom.readPlan("{\"schemaVersion\":1,\"id\":\"01234567890\"}"));
    assertThat(longName.getKind()).isEqualTo(Kind.LIMIT_EXCEEDED);
    assertThat(longName.getPointer()).isEqualTo("/id");
    assertThatThrownBy(() -> CopJson.builder().maxNestingDepth(0).build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
