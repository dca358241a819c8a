package org.edcop.standards;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.edcop.model.CompetencyRef;
import org.edcop.standards.internal.FrameworkReader;

/**
 * An immutable set of professional standards, looked up by framework id. Start from {@link
 * #builtIn()} (the standards shipped with the library) or {@link #of(Framework...)}, and add a
 * jurisdiction's own with {@link #withFramework(Framework)}; read one from a file with {@link
 * #load(Path)} or {@link #load(Reader, String)}.
 *
 * <h2>File format</h2>
 *
 * <p>One UTF-8 {@code .properties} file per framework:
 *
 * <pre>
 * id=alberta-lqs
 * name=Leadership Quality Standard
 * jurisdiction=Alberta
 * source=Alberta Education, Leadership Quality Standard
 * version=2023
 * competency.1.id=1
 * competency.1.name=Fostering Effective Relationships
 * competency.2.id=2
 * competency.2.name=...
 * </pre>
 *
 * <p>All five header keys are required; competencies are numbered from 1 without gaps, each with an
 * id and a name; ids are unique; any other key, a repeated key or bytes that are not UTF-8 make the
 * reader throw a {@link StandardsFormatException} naming the file and the key.
 *
 * @since 0.1.0
 */
public final class StandardsCatalog {

  private static final String RESOURCE_DIR = "/org/edcop/standards/";
  private static final String INDEX = "index.properties";

  private final Map<String, Framework> frameworks;

  private StandardsCatalog(Map<String, Framework> frameworks) {
    this.frameworks = frameworks;
  }

  /**
   * The standards shipped with the library, in this order: {@code alberta-lqs}, {@code
   * alberta-slqs}, {@code ca-cpsel}. Read from the class path on first use, then shared.
   *
   * @return the built-in catalog
   */
  public static StandardsCatalog builtIn() {
    return BuiltIn.CATALOG;
  }

  /**
   * A catalog of exactly these frameworks, in this order.
   *
   * @param frameworks the frameworks
   * @return the catalog
   * @throws IllegalArgumentException if two frameworks share an id
   */
  public static StandardsCatalog of(Framework... frameworks) {
    return of(List.of(frameworks));
  }

  /**
   * A catalog of exactly these frameworks, in iteration order.
   *
   * @param frameworks the frameworks
   * @return the catalog
   * @throws IllegalArgumentException if two frameworks share an id
   */
  public static StandardsCatalog of(Collection<? extends Framework> frameworks) {
    Map<String, Framework> byId = new LinkedHashMap<>();
    for (Framework framework : frameworks) {
      Objects.requireNonNull(framework, "framework");
      if (byId.putIfAbsent(framework.getId(), framework) != null) {
        throw new IllegalArgumentException(
            "two frameworks have the id '" + framework.getId() + "'");
      }
    }
    return new StandardsCatalog(byId);
  }

  /**
   * A copy of this catalog with one more framework, e.g. the user's own jurisdiction's. A framework
   * with the same id as one already here replaces it in place (so a newer edition can be supplied);
   * a new id is added at the end.
   *
   * @param framework the framework to add
   * @return the new catalog; this one is unchanged
   */
  public StandardsCatalog withFramework(Framework framework) {
    Objects.requireNonNull(framework, "framework");
    Map<String, Framework> copy = new LinkedHashMap<>(frameworks);
    copy.put(framework.getId(), framework);
    return new StandardsCatalog(copy);
  }

  /**
   * The frameworks, in catalog order.
   *
   * @return an unmodifiable list
   */
  public List<Framework> frameworks() {
    return List.copyOf(frameworks.values());
  }

  /**
   * Finds a framework by id.
   *
   * @param frameworkId e.g. {@code alberta-lqs}
   * @return the framework, if in the catalog
   */
  public Optional<Framework> find(String frameworkId) {
    return Optional.ofNullable(frameworks.get(frameworkId));
  }

  /**
   * Resolves a plan's reference to a competency.
   *
   * @param ref framework id and competency id
   * @return the competency, if both ids are known
   */
  public Optional<Competency> findCompetency(CompetencyRef ref) {
    return findCompetency(ref.getFrameworkId(), ref.getCompetencyId());
  }

  /**
   * Finds a competency by framework id and competency id.
   *
   * @param frameworkId e.g. {@code ca-cpsel}
   * @param competencyId e.g. {@code 2}
   * @return the competency, if both ids are known
   */
  public Optional<Competency> findCompetency(String frameworkId, String competencyId) {
    return find(frameworkId).flatMap(framework -> framework.findCompetency(competencyId));
  }

  /**
   * Reads one framework from text in the catalog's {@code .properties} format.
   *
   * @param reader the text; read to the end, not closed
   * @param fileName how to name the source in error messages
   * @return the framework
   * @throws StandardsFormatException if the text is not a valid framework
   */
  public static Framework load(Reader reader, String fileName) {
    Objects.requireNonNull(reader, "reader");
    return FrameworkReader.read(reader, Objects.requireNonNull(fileName, "fileName"));
  }

  /**
   * Reads one framework from UTF-8 bytes in the catalog's {@code .properties} format.
   *
   * @param in the bytes; read to the end, not closed
   * @param fileName how to name the source in error messages
   * @return the framework
   * @throws StandardsFormatException if the bytes are not a valid UTF-8 framework file
   * @since 0.2.0 (was {@code fromProperties(InputStream, String)} in 0.1.0)
   */
  public static Framework load(InputStream in, String fileName) {
    Objects.requireNonNull(in, "in");
    return load(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()), fileName);
  }

  /**
   * Reads one framework from a UTF-8 {@code .properties} file.
   *
   * @param file the file
   * @return the framework
   * @throws StandardsFormatException if the file is not a valid framework
   * @throws UncheckedIOException if the file cannot be opened
   */
  public static Framework load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return load(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read standards file " + file, e);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StandardsCatalog
        && frameworks().equals(((StandardsCatalog) other).frameworks());
  }

  @Override
  public int hashCode() {
    return frameworks().hashCode();
  }

  @Override
  public String toString() {
    return "StandardsCatalog" + frameworks.keySet();
  }

  /** Holder of the built-in catalog: loaded once, on first use, by the JVM's class-init lock. */
  private static final class BuiltIn {
    static final StandardsCatalog CATALOG = loadBuiltIn();

    private static StandardsCatalog loadBuiltIn() {
      String indexName = RESOURCE_DIR + INDEX;
      List<Framework> list = new ArrayList<>();
      try (InputStream in = resource(indexName)) {
        java.util.Properties index = new java.util.Properties();
        index.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        String ids = index.getProperty("frameworks");
        if (ids == null || ids.isBlank()) {
          throw new StandardsFormatException(indexName, "frameworks", "is missing", null);
        }
        for (String id : ids.split(",")) {
          String name = RESOURCE_DIR + id.strip() + ".properties";
          try (InputStream file = resource(name)) {
            Framework framework = load(file, name);
            if (!framework.getId().equals(id.strip())) {
              throw new StandardsFormatException(
                  name,
                  "id",
                  "is '" + framework.getId() + "' but the index lists '" + id.strip() + "'",
                  null);
            }
            list.add(framework);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the built-in standards " + indexName, e);
      }
      return of(list);
    }

    private static InputStream resource(String name) throws IOException {
      InputStream in = StandardsCatalog.class.getResourceAsStream(name);
      if (in == null) {
        throw new IOException("resource " + name + " is not on the class path");
      }
      return in;
    }
  }
}
