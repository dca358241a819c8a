package org.edcop.json3.internal;

import org.edcop.json.format.CopJsonLimits;
import org.edcop.json.format.internal.ReaderErrors;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the hardened Jackson 3 parser factory and the format's pretty printer. Where Jackson 3's
 * defaults differ from Jackson 2's, the setting is spelled out here so that both facades behave
 * alike (see docs/adr/0003-jackson-3.md).
 */
public final class Mappers {

  private Mappers() {}

  /**
   * A parser factory that enforces the limits (depth, text, name and number length, document size),
   * never closes the caller's streams (repeated property names are refused by the shared readers).
   *
   * @param limits the limits
   * @return the factory
   */
  public static JsonFactory factory(CopJsonLimits limits) {
    return JsonFactory.builder()
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(ReaderErrors.MAX_NAME_LENGTH)
                .maxDocumentLength(limits.maxDocumentBytes())
                .maxNumberLength(ReaderErrors.MAX_NUMBER_LENGTH)
                .build())
        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .disable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .enable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
        .build();
  }

  /**
   * A mapper on that factory, used only to create parsers and generators: the codec reads and
   * writes with the shared streaming reader and writer, never with databind.
   *
   * @param factory the parser factory
   * @return the mapper
   */
  public static JsonMapper mapper(JsonFactory factory) {
    return JsonMapper.builder(factory).build();
  }

  /**
   * The pretty printer of the format: two spaces per level, {@code "name": value}, one element per
   * line, {@code \n} line ends on every platform, nothing between root values.
   *
   * @return a new pretty printer
   */
  public static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withRootSeparator(""));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }
}
