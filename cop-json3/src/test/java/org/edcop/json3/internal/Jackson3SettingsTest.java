package org.edcop.json3.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Map;
import org.edcop.json.format.CopJsonLimits;
import org.edcop.json.format.internal.JacksonSettings;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shared settings in Jackson 3: every feature name is a Jackson 3 constant, and the engine's
 * factory has exactly the format's features set and every other at Jackson's default.
 */
class Jackson3SettingsTest {

  private static final JsonFactory FACTORY = Jackson3Engine.factory(CopJsonLimits.DEFAULTS);

  @Test
  void theFamiliesAreTheOnesTheEngineApplies() {
    assertThat(JacksonSettings.families())
        .containsExactlyInAnyOrder(
            StreamReadFeature.class.getSimpleName(),
            JsonReadFeature.class.getSimpleName(),
            StreamWriteFeature.class.getSimpleName());
  }

  @Test
  void streamReadFeaturesAreTheFormatsOrJacksonsDefaults() {
    Map<StreamReadFeature, Boolean> set = JacksonSettings.features(StreamReadFeature.class);
    assertThat(set).hasSize(3);
    for (StreamReadFeature feature : StreamReadFeature.values()) {
      assertThat(FACTORY.isEnabled(feature))
          .as(feature.name())
          .isEqualTo(set.getOrDefault(feature, feature.enabledByDefault()));
    }
  }

  @Test
  void jsonReadFeaturesAreTheFormatsOrJacksonsDefaults() {
    Map<JsonReadFeature, Boolean> set = JacksonSettings.features(JsonReadFeature.class);
    assertThat(set).hasSize(1);
    for (JsonReadFeature feature : JsonReadFeature.values()) {
      assertThat(FACTORY.isEnabled(feature))
          .as(feature.name())
          .isEqualTo(set.getOrDefault(feature, feature.enabledByDefault()));
    }
  }

  @Test
  void streamWriteFeaturesAreTheFormatsOrJacksonsDefaults() {
    Map<StreamWriteFeature, Boolean> set = JacksonSettings.features(StreamWriteFeature.class);
    assertThat(set).hasSize(2);
    for (StreamWriteFeature feature : StreamWriteFeature.values()) {
      assertThat(FACTORY.isEnabled(feature))
          .as(feature.name())
          .isEqualTo(set.getOrDefault(feature, feature.enabledByDefault()));
    }
  }

  @Test
  void namesAreNotInterned() {
    assertThat(FACTORY.isEnabled(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)).isFalse();
  }

  @Test
  void thePrettyPrinterHasTheFormatsShape() {
    StringWriter out = new StringWriter();
    ObjectWriter writer =
        JsonMapper.builder(FACTORY).build().writer().with(Jackson3Engine.prettyPrinter());
    try (JsonGenerator generator = writer.createGenerator(out)) {
      generator.writeStartObject();
      generator.writeName("a");
      generator.writeStartArray();
      generator.writeNumber(1);
      generator.writeNumber(2);
      generator.writeEndArray();
      generator.writeEndObject();
      generator.writeStartObject();
      generator.writeEndObject();
    }
    assertThat(out.toString()).isEqualTo("{\n  \"a\": [\n    1,\n    2\n  ]\n}{ }");
  }
}
