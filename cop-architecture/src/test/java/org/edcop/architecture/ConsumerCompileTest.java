package org.edcop.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.edcop.model.CommunityOfPractice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application compiles against cop-core with {@code -Xlint:all -Werror}, with exactly what Maven
 * gives a consumer of cop-core: its classes and its compile-scope dependencies (the Jakarta
 * Validation API, which this module does not declare itself; it arrives through cop-core). Without
 * the Jakarta API the same compilation fails, which is why cop-core must not make it {@code
 * provided} or optional.
 */
class ConsumerCompileTest {

  private static final String CONSUMER =
      String.join(
          "\n",
          "package com.example;",
          "",
          "import java.time.ZoneId;",
          "import org.edcop.model.CommunityOfPractice;",
          "import org.edcop.model.ImmutableCommunityOfPractice;",
          "import org.edcop.validation.CopValidator;",
          "import org.edcop.validation.Severity;",
          "import org.edcop.validation.Stage;",
          "",
          "public final class Consumer {",
          "  private Consumer() {}",
          "",
          "  public static boolean ready(String id) {",
          "    CommunityOfPractice plan =",
          "        CommunityOfPractice.builder()",
          "            .id(id)",
          "            .name(\"Early literacy leads\")",
          "            .authority(\"Prairie Rose School Division\")",
          "            .timeZone(ZoneId.of(\"America/Edmonton\"))",
          "            .build();",
          "    ImmutableCommunityOfPractice copy = ImmutableCommunityOfPractice.copyOf(plan);",
          "    return CopValidator.defaults().validate(copy, Stage.LAUNCH).getFindings().stream()",
          "        .noneMatch(f -> f.getSeverity().isAtLeast(Severity.ERROR));",
          "  }",
          "}",
          "");

  @TempDir Path work;

  @Test
  void aConsumerCompilesCleanlyWithWhatMavenGivesIt() throws Exception {
    Compilation result = compile(List.of(coreClasses(), jakartaApi()));
    assertThat(result.diagnostics).isEmpty();
    assertThat(result.success).isTrue();
    assertThat(work.resolve("out/com/example/Consumer.class")).exists();
  }

  @Test
  void withoutTheJakartaApiTheConsumerFailsSoItIsACompileDependency() throws Exception {
    Compilation result = compile(List.of(coreClasses()));
    assertThat(result.success).isFalse();
    assertThat(result.diagnostics).contains("jakarta.validation.Constraint");
  }

  @Test
  void theJakartaApiCameThroughCopCoreNotThroughThisModule() throws Exception {
    String pom = Files.readString(CopClasses.ROOT.resolve("cop-architecture/pom.xml"));
    assertThat(pom).doesNotContain("<artifactId>jakarta.validation-api</artifactId>");
    assertThat(jakartaApi().getFileName().toString()).startsWith("jakarta.validation-api");
  }

  private static Path coreClasses() throws URISyntaxException {
    return Path.of(
        CommunityOfPractice.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private static Path jakartaApi() throws URISyntaxException {
    return Path.of(
        jakarta.validation.Constraint.class
            .getProtectionDomain()
            .getCodeSource()
            .getLocation()
            .toURI());
  }

  private Compilation compile(List<Path> classPath) throws IOException {
    Path source = work.resolve("src/com/example/Consumer.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, CONSUMER, StandardCharsets.UTF_8);
    Path out = Files.createDirectories(work.resolve("out"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    List<String> options = new ArrayList<>();
    options.addAll(List.of("--release", "17", "-Xlint:all", "-Werror", "-proc:none"));
    options.addAll(List.of("-d", out.toString()));
    StringBuilder cp = new StringBuilder();
    for (Path entry : classPath) {
      cp.append(cp.length() == 0 ? "" : java.io.File.pathSeparator).append(entry);
    }
    options.addAll(List.of("-classpath", cp.toString()));
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      Iterable<? extends JavaFileObject> units = files.getJavaFileObjects(source.toFile());
      boolean success = javac.getTask(diagnostics, files, null, options, null, units).call();
      return new Compilation(success, diagnostics.toString());
    }
  }

  private static final class Compilation {
    final boolean success;
    final String diagnostics;

    Compilation(boolean success, String diagnostics) {
      this.success = success;
      this.diagnostics = diagnostics;
    }
  }
}
