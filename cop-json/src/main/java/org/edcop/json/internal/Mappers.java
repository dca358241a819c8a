package org.edcop.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.edcop.json.format.CopJsonLimits;
import org.edcop.json.format.internal.ReaderErrors;

/** Builds the hardened Jackson 2 mapper behind the facade. */
public final class Mappers {

  private Mappers() {}

  /**
   * A parser factory that enforces the limits and rejects duplicate property names.
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
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .enable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
        .build();
  }

  /**
   * A mapper on that factory that refuses every silent conversion: text for numbers or booleans,
   * numbers for text, fractions for whole numbers, a single value for an array. It has no default
   * typing and finds no modules except the given one. ({@code null} for a required value is caught
   * by the shared mapping.)
   *
   * @param factory the parser factory
   * @param module the cop module
   * @return the mapper
   */
  public static ObjectMapper mapper(JsonFactory factory, Module module) {
    return JsonMapper.builder(factory)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
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
