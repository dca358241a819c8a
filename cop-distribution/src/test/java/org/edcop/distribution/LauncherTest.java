package org.edcop.distribution;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the POSIX launcher {@code bin/cop} the way a convener does, from a distribution laid out as
 * the assembly lays it out ({@code bin/cop} with its version filled in, {@code lib/cop.jar}): the
 * answer must be the jar's own, byte for byte, with or without the class-data archive, and the
 * archive the first run leaves behind must be one the JVM can map.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class LauncherTest {

  private static final Path SAMPLE = Path.of("..", "samples", "system-leaders.json");
  private static final String VERSION = System.getProperty("cop.version", "unknown");

  @TempDir Path home;
  private Path launcher;
  private Path jar;
  private Path cds;

  private record Run(int exit, String out, String err) {}

  @BeforeEach
  void layOutTheDistribution() throws IOException {
    Path bin = Files.createDirectories(home.resolve("bin"));
    Path lib = Files.createDirectories(home.resolve("lib"));
    String script = Files.readString(Path.of("src", "bin", "cop"), UTF_8);
    launcher = bin.resolve("cop");
    Files.writeString(launcher, script.replace("@project.version@", VERSION), UTF_8);
    jar = lib.resolve("cop.jar");
    Files.copy(
        Path.of("..", "cop-examples", "target", "cop.jar"),
        jar,
        StandardCopyOption.REPLACE_EXISTING);
    cds = home.resolve("cds");
  }

  @Test
  void theFirstRunAnswersLikeTheJarAndLeavesAnArchiveThatLaterRunsMap() throws Exception {
    Run expected = java("validate", "--stage", "launch", SAMPLE.toString());
    assertThat(expected.exit()).isIn(0, 1);

    Run first = cop(Map.of(), "validate", "--stage", "launch", SAMPLE.toString());
    assertThat(first).isEqualTo(expected);

    String javaVersion = javaVersion();
    Path archive = cds.resolve("cop-" + VERSION + "-java" + javaVersion + ".jsa");
    assertThat(archive).isNotEmptyFile();
    try (Stream<Path> files = Files.list(cds)) {
      // no half-written archive or class list is left behind
      assertThat(files).containsExactly(archive);
    }

    // -Xshare:on makes the JVM stop instead of quietly running without an archive it cannot map
    Map<String, String> strict =
        feature(javaVersion) < 19 ? Map.of("COP_JAVA_OPTS", "-Xshare:on") : Map.of();
    Run second = cop(strict, "validate", "--stage", "launch", SAMPLE.toString());
    assertThat(second).isEqualTo(expected);
  }

  @Test
  void withTheArchiveTurnedOffNothingIsWrittenAndTheAnswerIsTheSame() throws Exception {
    Run expected = java("validate", "--stage", "draft", SAMPLE.toString());
    Run run = cop(Map.of("COP_CDS", "off"), "validate", "--stage", "draft", SAMPLE.toString());
    assertThat(run).isEqualTo(expected);
    assertThat(cds).doesNotExist();
  }

  @Test
  void aMissingPlanIsOneLineAndExitTwo() throws Exception {
    Run run =
        cop(Map.of("COP_CDS", "off"), "validate", home.resolve("no-such-plan.json").toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).contains("no-such-plan.json").doesNotContain("Exception");
  }

  @Test
  void aJavaOlderThan17IsRefusedInOneLineWithoutStartingIt() throws Exception {
    Path old = Files.createDirectories(home.resolve("old-jdk").resolve("bin"));
    Files.writeString(old.getParent().resolve("release"), "JAVA_VERSION=\"11.0.2\"\n", UTF_8);
    Path fakeJava = old.resolve("java");
    // if the launcher started this "java", the test would see its output
    Files.writeString(fakeJava, "#!/bin/sh\necho started\n", UTF_8);
    assertThat(fakeJava.toFile().setExecutable(true)).isTrue();

    Run run = cop(Map.of("JAVA_HOME", old.getParent().toString()), "validate", SAMPLE.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines())
        .containsExactly("cop: needs Java 17 or newer, but " + fakeJava + " is Java 11.0.2");
  }

  private Run java(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of(args));
    return run(command, Map.of());
  }

  private Run cop(Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add("sh");
    command.add(launcher.toString());
    command.addAll(List.of(args));
    Map<String, String> all = new HashMap<>();
    all.put("JAVA_HOME", System.getProperty("java.home"));
    all.put("COP_CDS_DIR", cds.toString());
    all.putAll(env);
    return run(command, all);
  }

  private Run run(List<String> command, Map<String, String> env) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("COP_JAVA_OPTS");
    builder.environment().remove("COP_CDS");
    builder.environment().putAll(env);
    File out = home.resolve("out.txt").toFile();
    File err = home.resolve("err.txt").toFile();
    builder.redirectOutput(out).redirectError(err).redirectInput(ProcessBuilder.Redirect.PIPE);
    Process process = builder.start();
    process.getOutputStream().close();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("did not finish in 120 s: " + command);
    }
    return new Run(
        process.exitValue(),
        Files.readString(out.toPath(), UTF_8),
        Files.readString(err.toPath(), UTF_8));
  }

  private static String javaVersion() throws IOException {
    Path release = Path.of(System.getProperty("java.home"), "release");
    for (String line : Files.readAllLines(release, UTF_8)) {
      if (line.startsWith("JAVA_VERSION=\"")) {
        return line.substring("JAVA_VERSION=\"".length(), line.length() - 1);
      }
    }
    throw new AssertionError("no JAVA_VERSION in " + release);
  }

  private static int feature(String version) {
    String first = version.startsWith("1.") ? version.substring(2) : version;
    return Integer.parseInt(first.replaceAll("[^0-9].*", ""));
  }
}
