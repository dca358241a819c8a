package org.edcop.spring.boot3.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * The reader settings of {@code CopJson} applied to Boot's own mapper ({@code
 * cop.jackson.strict=true}). The limits are not: Boot's mapper has its own factory.
 */
public final class StrictMapper {

  private StrictMapper() {}

  /**
   * Applies the settings.
   *
   * @param builder Boot's mapper builder
   */
  public static void customize(Jackson2ObjectMapperBuilder builder) {
    builder.featuresToEnable(
        JsonParser.Feature.STRICT_DUPLICATE_DETECTION,
        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    builder.featuresToDisable(
        MapperFeature.ALLOW_COERCION_OF_SCALARS,
        DeserializationFeature.ACCEPT_FLOAT_AS_INT,
        DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
        DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS);
    builder.postConfigurer(
        mapper -> {
          for (CoercionInputShape shape : CoercionInputShape.values()) {
            mapper.coercionConfigDefaults().setCoercion(shape, CoercionAction.Fail);
          }
          mapper.coercionConfigDefaults().setAcceptBlankAsEmpty(false);
          mapper
              .coercionConfigFor(LogicalType.Float)
              .setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
          for (CoercionInputShape shape :
              new CoercionInputShape[] {
                CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean
              }) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
          }
        });
  }
}
