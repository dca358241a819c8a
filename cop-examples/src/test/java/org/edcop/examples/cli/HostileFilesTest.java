package org.edcop.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that once ended the tool with an {@code OutOfMemoryError} stack trace (issue 14): the tool
 * reads no further than the size limit, whatever size the file reports, and answers with exit code
 * 2 and one line.
 */
class HostileFilesTest {

  @TempDir Path dir;

  @Test
  void aThreeGigabyteSparseFileIsRefusedInOneLineWithinASmallHeap() throws Exception {
    Path big = dir.resolve("big.json");
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(3L << 30); // sparse: no disk is used
    }
    // a separate JVM with a 64 MB heap: reading the whole file would need 3 GB
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    "-Xmx64m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    CopCli.class.getName(),
                    "validate",
                    big.toString()))
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished").isTrue();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(err).isEqualTo(CopCli.USAGE);
    assertThat(err.lines()).hasSize(1);
    assertThat(err).startsWith("cop: ").contains("larger than the limit").doesNotContain("\tat ");
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void devZeroIsRefusedInOneLine() {
    CopCliTest.Run run = CopCliTest.cop("validate", "/dev/zero");
    CopCliTest.assertOneLineProblem(run);
    assertThat(run.err()).contains("larger than the limit");
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void aPolicyFromDevZeroIsRefusedInOneLine() {
    CopCliTest.Run run =
        CopCliTest.cop("validate", "--policy", "/dev/zero", dir.resolve("none.json").toString());
    CopCliTest.assertOneLineProblem(run);
  }
}
