package org.edcop.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Maven snippet in README.md and docs/ that names a cop artifact with a version names the
 * version being built (the {@code revision} of .mvn/maven.config), so that the documentation cannot
 * drift behind a release.
 */
class DocumentedVersionTest {

  private static final Pattern SNIPPET =
      Pattern.compile(
          "<artifactId>(cop-[a-z0-9-]+)</artifactId>\\s*(?:<[a-zA-Z]+>[^<]*</[a-zA-Z]+>\\s*)*?"
              + "<version>([^<]*)</version>");

  /** The project's root, passed by Surefire (not {@link CopClasses}, which imports every class). */
  private static final Path ROOT =
      Path.of(System.getProperty("cop.root", "..")).toAbsolutePath().normalize();

  @Test
  void everyDocumentedCopVersionIsTheProjectVersion() throws IOException {
    String version = System.getProperty("cop.version");
    assertThat(version)
        .as("system property cop.version (set by cop-architecture's POM)")
        .isNotBlank();
    List<Path> files = new ArrayList<>();
    files.add(ROOT.resolve("README.md"));
    try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
      docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(files::add);
    }
    List<String> snippets = new ArrayList<>();
    for (Path file : files) {
      snippets.addAll(
          snippets(
              ROOT.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8)));
    }
    assertThat(snippets)
        .as("cop dependency snippets with a version in README.md and docs/")
        .isNotEmpty();
    assertThat(
            snippets.stream().filter(s -> !s.endsWith(" " + version)).collect(Collectors.toList()))
        .as("snippets naming another version than " + version)
        .isEmpty();
  }

  /** The snippets of one file, each as "file: artifactId version". */
  static List<String> snippets(String file, String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = SNIPPET.matcher(text);
    while (matcher.find()) {
      found.add(file + ": " + matcher.group(1) + " " + matcher.group(2));
    }
    return found;
  }

  @Test
  void theCheckReadsVersionsOfCopArtifactsOnly() {
    String text =
        "<dependency>\n  <groupId>org.edcop</groupId>\n  <artifactId>cop-json</artifactId>\n"
            + "  <version>0.1.0</version>\n</dependency>\n"
            + "<artifactId>cop-bom</artifactId>\n<type>pom</type>\n<version>9.9</version>\n"
            + "<artifactId>jackson-databind</artifactId>\n<version>2.22.4</version>";
    assertThat(snippets("x.md", text)).containsExactly("x.md: cop-json 0.1.0", "x.md: cop-bom 9.9");
  }
}
