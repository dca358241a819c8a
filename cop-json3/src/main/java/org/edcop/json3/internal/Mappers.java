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
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Builds the hardened Jackson 3 mapper behind the facade. Where Jackson 3's defaults differ from
 * Jackson 2's, the setting is spelled out here so that both facades behave alike (see
 * docs/adr/0003-jackson-3.md).
 */
public final class Mappers {

  private Mappers() {}

  /**
   * A parser factory that enforces the limits (depth, text, name and number length, document size),
   * rejects duplicate property names and never closes the caller's streams.
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
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .disable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .enable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
        .build();
  }

  /**
   * A mapper on that factory that refuses every silent conversion: text for numbers or booleans,
   * numbers or booleans for text, fractions for whole numbers, a single value for an array. It has
   * no default typing and registers only the given module. Trailing content is not checked by
   * Jackson but by the facade, which reports it with its own error; {@code null} for a required
   * value is caught by the shared mapping.
   *
   * @param factory the parser factory
   * @param module the cop module
   * @return the mapper
   */
  public static JsonMapper mapper(JsonFactory factory, JacksonModule module) {
    return JsonMapper.builder(factory)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
        // Jackson 3 defaults that differ from Jackson 2's, set to what the Jackson 2 facade has
        .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(SerializationFeature.INDENT_OUTPUT)
        .withCoercionConfigDefaults(
            config -> {
              for (CoercionInputShape shape : CoercionInputShape.values()) {
                config.setCoercion(shape, CoercionAction.Fail);
              }
              config.setAcceptBlankAsEmpty(false);
            })
        .withCoercionConfig(
            LogicalType.Float,
            config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert))
        .withCoercionConfig(
            LogicalType.Textual,
            config -> {
              config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
              config.setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
              config.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
            })
        .addModule(module)
        .build();
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
