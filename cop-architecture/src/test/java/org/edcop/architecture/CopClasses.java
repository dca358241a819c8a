package org.edcop.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Locations;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * cop's own main classes, as built by this reactor (the class directories or jars under the
 * project's root, never a copy in a Maven repository), and the module each comes from.
 */
final class CopClasses {

  /** The project's root directory, passed by Surefire. */
  static final Path ROOT =
      Path.of(System.getProperty("cop.root", "..")).toAbsolutePath().normalize();

  private static final Pattern MODULE =
      Pattern.compile("/([^/!]+)/target/(?:classes/|[^/!]+\\.jar!)");

  /** Every main class of every module on this module's test class path. */
  static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importLocations(
              Locations.ofPackage("org.edcop").stream()
                  .filter(location -> moduleOf(location.asURI()) != null)
                  .collect(Collectors.toSet()));

  private CopClasses() {}

  /**
   * The module (directory name, equal to the artifact id) a class was built in.
   *
   * @return the module, or empty for a class from elsewhere (the JDK, a library)
   */
  static Optional<String> moduleOf(JavaClass javaClass) {
    return javaClass.getSource().map(source -> moduleOf(source.getUri()));
  }

  static String moduleOf(URI uri) {
    String text = uri.toString();
    if (!text.contains(ROOT.toUri().getPath())) {
      return null;
    }
    Matcher m = MODULE.matcher(text);
    return m.find() ? m.group(1) : null;
  }
}
