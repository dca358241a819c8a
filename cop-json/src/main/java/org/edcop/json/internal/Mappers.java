package org.edcop.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import org.edcop.json.format.CopJsonLimits;
import org.edcop.json.format.internal.ReaderErrors;

/** Builds the hardened Jackson 2 parser factory and the format's pretty printer. */
public final class Mappers {

  private Mappers() {}

  /**
   * A parser factory that enforces the limits (repeated property names are refused by the shared
   * readers, which check them more cheaply than Jackson).
   *
   * @param limits the limits
   * @return the factory
   */
  public static JsonFactory factory(CopJsonLimits limits) {
    int maxString = limits.maxStringLength();
    return JsonFactory.builder()
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(maxString)
                .maxNameLength(ReaderErrors.MAX_NAME_LENGTH)
                .maxDocumentLength(limits.maxDocumentBytes())
                .maxNumberLength(ReaderErrors.MAX_NUMBER_LENGTH)
                .build())
        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .enable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
        .build();
  }

  /**
   * The pretty printer of the format: two spaces per level, {@code "name": value}, one element per
   * line, {@code \n} line ends on every platform.
   *
   * @return a new pretty printer
   */
  public static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withRootSeparator(""));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }
}
