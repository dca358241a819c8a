package org.edcop.json.format.internal;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * How the format sets up a Jackson parser factory and pretty printer, written once for both
 * generations; an engine only makes its generation's builder calls with these values.
 *
 * <p>The factory enforces the {@link org.edcop.json.format.CopJsonLimits} (nesting depth, text
 * length, document size) and {@link ReaderErrors#MAX_NAME_LENGTH} and {@link
 * ReaderErrors#MAX_NUMBER_LENGTH} as Jackson's stream read constraints, does not intern property
 * names, and has the stream features of {@link #features}: it never closes the caller's streams,
 * never quotes the document in a location, refuses {@code NaN} and leaves repeated property names
 * to the shared readers ({@link RepeatedNames}), which find them more cheaply than Jackson's
 * detector. A setting whose default differs between Jackson 2 and 3 is spelled out, so that both
 * engines behave alike (docs/adr/0003-jackson-3.md).
 *
 * <p>The pretty printer indents objects and arrays alike by {@link #INDENT} per level, one element
 * per line, ends lines with {@link #LINE_END} on every platform, writes {@code "name": value} (a
 * space after the colon only) and puts {@link #ROOT_SEPARATOR} between root values.
 *
 * @since 0.2.0
 */
public final class JacksonSettings {

  /** The indentation of one nesting level. */
  public static final String INDENT = "  ";

  /** The end of every line, whatever the platform's. */
  public static final String LINE_END = "\n";

  /** What stands between two root values: nothing. */
  public static final String ROOT_SEPARATOR = "";

  /**
   * The stream features set by the format, by the simple name of their enum (the same in both
   * generations) and the name of the constant: {@code true} on, {@code false} off. Every other
   * feature keeps the generation's default.
   */
  private static final Map<String, Map<String, Boolean>> FEATURES = features();

  private JacksonSettings() {}

  private static Map<String, Map<String, Boolean>> features() {
    return Map.of(
        "StreamReadFeature",
        Map.of(
            "STRICT_DUPLICATE_DETECTION", false,
            "AUTO_CLOSE_SOURCE", false,
            "INCLUDE_SOURCE_IN_LOCATION", false),
        "JsonReadFeature",
        Map.of("ALLOW_NON_NUMERIC_NUMBERS", false),
        "StreamWriteFeature",
        Map.of("AUTO_CLOSE_TARGET", false, "AUTO_CLOSE_CONTENT", true));
  }

  /**
   * The simple names of the feature enums the format sets something in; an engine applies {@link
   * #features} for each.
   *
   * @return {@code StreamReadFeature}, {@code JsonReadFeature} and {@code StreamWriteFeature}
   */
  public static Set<String> families() {
    return FEATURES.keySet();
  }

  /**
   * The format's settings of one generation's feature enum, resolved by name; meant to be taken
   * once per factory and passed to the builder's {@code configure(feature, state)}.
   *
   * @param family the generation's enum, one of {@link #families}
   * @param <F> the enum
   * @return each feature the format sets, and whether it is on
   * @throws IllegalArgumentException if the format sets nothing in that enum, or a name is not one
   *     of its constants
   */
  public static <F extends Enum<F>> Map<F, Boolean> features(Class<F> family) {
    Map<String, Boolean> named = FEATURES.get(family.getSimpleName());
    if (named == null) {
      throw new IllegalArgumentException("the format sets no " + family.getName());
    }
    Map<F, Boolean> resolved = new EnumMap<>(family);
    named.forEach((name, on) -> resolved.put(Enum.valueOf(family, name), on));
    return Collections.unmodifiableMap(resolved);
  }
}
