package org.edcop.examples.cli;

import picocli.CommandLine;

/** Reports the tool's version from the jar manifest, or "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {

  @Override
  public String[] getVersion() {
    String version = CopCli.class.getPackage().getImplementationVersion();
    return new String[] {
      "cop " + (version == null ? "development build" : version),
      "JSON schemaVersion " + org.edcop.json.format.CopJsonFormat.SCHEMA_VERSION,
      "Java " + System.getProperty("java.version")
    };
  }
}
