package org.edcop.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON documents of the sample plans ({@link SamplePlans}), exactly as the cop JSON writer
 * prints them in pretty form: two-space indentation, a trailing newline. They are the golden files
 * every JSON module compares its output with, byte for byte, and what the command-line tool prints
 * for a sample. They live in this jar at {@code org/edcop/testing/samples/<name>.json}.
 *
 * <pre>{@code
 * String expected = SampleDocuments.json("system-leaders");
 * assertThat(CopJson.defaults().writePlanPretty(SamplePlans.systemLeaders().getPlan()))
 *     .isEqualTo(expected);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SampleDocuments {

  /** Where the documents are, relative to the class path's root. */
  public static final String RESOURCE_DIRECTORY = "org/edcop/testing/samples/";

  private SampleDocuments() {}

  /**
   * The document of a sample plan, as text.
   *
   * @param name the sample's name, e.g. {@code system-leaders}
   * @return the JSON document
   * @throws IllegalArgumentException if there is no document for that name
   */
  public static String json(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  /**
   * The document of a sample plan, as UTF-8 bytes.
   *
   * @param name the sample's name, e.g. {@code system-leaders}
   * @return the JSON document
   * @throws IllegalArgumentException if there is no document for that name
   */
  public static byte[] bytes(String name) {
    String resource = RESOURCE_DIRECTORY + name + ".json";
    ClassLoader loader = SampleDocuments.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException(
            "no sample document named '" + name + "' (looked for " + resource + ")");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + resource, e);
    }
  }
}
