package org.edcop.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad standards files fail with an exception naming the file and the key. */
class MalformedStandardsTest {

  private static final String HEADER = "id=my-std\nname=N\njurisdiction=J\nsource=S\nversion=1\n";
  private static final String ONE = "competency.1.id=1\ncompetency.1.name=First\n";

  static Stream<Arguments> badFiles() {
    return Stream.of(
        Arguments.of("missing name", HEADER.replace("name=N\n", "") + ONE, "name", "is missing"),
        Arguments.of(
            "blank version",
            HEADER.replace("version=1", "version=  ") + ONE,
            "version",
            "is blank"),
        Arguments.of(
            "missing jurisdiction",
            HEADER.replace("jurisdiction=J\n", "") + ONE,
            "jurisdiction",
            "is missing"),
        Arguments.of("bad id", HEADER.replace("id=my-std", "id=My Std") + ONE, "id", "hyphens"),
        Arguments.of(
            "typo key", HEADER + ONE + "competency.1.nmae=x\n", "competency.1.nmae", "unknown key"),
        Arguments.of("unknown key", HEADER + ONE + "colour=blue\n", "colour", "unknown key"),
        Arguments.of("repeated key", HEADER + ONE + "name=Other\n", "name", "appears twice"),
        Arguments.of("no competencies", HEADER, "competency.1.id", "at least one"),
        Arguments.of(
            "gap",
            HEADER + ONE + "competency.3.id=3\ncompetency.3.name=Third\n",
            "competency.2.id",
            "missing"),
        Arguments.of(
            "starts at 2",
            HEADER + "competency.2.id=2\ncompetency.2.name=x\n",
            "competency.1.id",
            "missing"),
        Arguments.of(
            "no competency name",
            HEADER + "competency.1.id=1\n",
            "competency.1.name",
            "is missing"),
        Arguments.of(
            "blank competency id",
            HEADER + "competency.1.id=\ncompetency.1.name=x\n",
            "competency.1.id",
            "is blank"),
        Arguments.of(
            "leading zero",
            HEADER + ONE + "competency.02.id=2\ncompetency.02.name=x\n",
            "competency.02.id",
            "leading zeros"),
        Arguments.of(
            "huge number",
            HEADER + ONE + "competency.99999999999.id=2\n",
            "competency.99999999999.id",
            "from 1"),
        Arguments.of(
            "duplicate competency id",
            HEADER + ONE + "competency.2.id=1\ncompetency.2.name=Again\n",
            "competency.2.id",
            "used twice"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void badFileNamesFileAndKey(String label, String text, String key, String problem) {
    StandardsFormatException e =
        catchThrowableOfType(
            StandardsFormatException.class,
            () -> StandardsCatalog.load(new StringReader(text), "my-std.properties"));
    assertThat(e).as(label).isNotNull();
    assertThat(e.getFileName()).isEqualTo("my-std.properties");
    assertThat(e.getKey()).contains(key);
    assertThat(e.getMessage()).startsWith("my-std.properties: key '" + key + "'").contains(problem);
  }

  @Test
  void invalidUtf8IsReportedNotReplaced() {
    byte[] bytes =
        (HEADER + "competency.1.id=1\ncompetency.1.name=M")
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    byte[] withBad = java.util.Arrays.copyOf(bytes, bytes.length + 1);
    withBad[bytes.length] = (byte) 0xE9; // é in Latin-1, not valid UTF-8 on its own
    StandardsFormatException e =
        catchThrowableOfType(
            StandardsFormatException.class,
            () -> StandardsCatalog.load(new ByteArrayInputStream(withBad), "latin1.properties"));
    assertThat(e).isNotNull();
    assertThat(e.getFileName()).isEqualTo("latin1.properties");
    assertThat(e.getKey()).isEmpty();
    assertThat(e.getMessage()).contains("UTF-8");
  }

  @Test
  void malformedEscapeIsReported() {
    StandardsFormatException e =
        catchThrowableOfType(
            StandardsFormatException.class,
            () ->
                StandardsCatalog.load(
                    new StringReader(HEADER + ONE + "x=\\uZZZZ\n"), "esc.properties"));
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).startsWith("esc.properties: ").contains("properties");
  }

  @Test
  void missingFileIsAnIoError() {
    assertThatThrownBy(() -> StandardsCatalog.load(Path.of("does-not-exist.properties")))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("does-not-exist.properties");
  }
}
