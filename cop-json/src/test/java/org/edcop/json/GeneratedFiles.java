package org.edcop.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The checked-in files that are generated from code (golden sample documents, JSON Schemas), and
 * the one switch that rewrites them. The normal test run only compares; it never writes. To
 * regenerate after a deliberate change of the format or of the samples, run
 *
 * <pre>
 * mvn -pl cop-json -am test -Dcop.regenerate=true -Dtest=RegenerateFilesTest -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * <p>and review the diff.
 */
final class GeneratedFiles {

  static final String REGENERATE_PROPERTY = "cop.regenerate";

  static final String HOW_TO_REGENERATE =
      "regenerate with: mvn -pl cop-json -am test -D"
          + REGENERATE_PROPERTY
          + "=true -Dtest=RegenerateFilesTest -Dsurefire.failIfNoSpecifiedTests=false";

  /** Tests run in cop-json/, the repository root is its parent. */
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  static final Path SAMPLES = ROOT.resolve("samples");

  static final List<Path> SCHEMA_DIRECTORIES =
      List.of(
          ROOT.resolve("cop-json-format/src/main/resources/org/edcop/json/format/schema"),
          ROOT.resolve("docs/schema"));

  private GeneratedFiles() {}

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
