package org.edcop.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/**
 * Reports the tool's version as the build wrote it into {@code version.properties} (a filtered
 * resource), so the jar, the classes of an IDE run and the tests all print the same real version.
 */
final class VersionProvider implements CommandLine.IVersionProvider {

  /** The resource the build fills in; see the {@code resources} section of the module's POM. */
  static final String RESOURCE = "version.properties";

  @Override
  public String[] getVersion() {
    return new String[] {
      "cop " + version(),
      "JSON schemaVersion " + org.edcop.json.format.CopJsonFormat.SCHEMA_VERSION,
      "Java " + System.getProperty("java.version")
    };
  }

  /**
   * The project version the build recorded.
   *
   * @return the version, e.g. {@code 0.2.0}
   */
  static String version() {
    Properties properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the tool's classes");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version");
  }
}
