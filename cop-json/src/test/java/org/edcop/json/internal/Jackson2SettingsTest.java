package org.edcop.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.StringWriter;
import java.util.Map;
import org.edcop.json.format.CopJsonLimits;
import org.edcop.json.format.internal.JacksonSettings;
import org.junit.jupiter.api.Test;

/**
 * The shared settings in Jackson 2: every feature name is a Jackson 2 constant, and the engine's
 * factory has exactly the format's features set and every other at Jackson's default.
 */
class Jackson2SettingsTest {

  private static final JsonFactory FACTORY = Jackson2Engine.factory(CopJsonLimits.DEFAULTS);

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
      assertThat(FACTORY.isEnabled(feature.mappedFeature()))
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
    assertThat(FACTORY.isEnabled(JsonFactory.Feature.INTERN_FIELD_NAMES)).isFalse();
  }

  @Test
  void thePrettyPrinterHasTheFormatsShape() throws Exception {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = FACTORY.createGenerator(out)) {
      generator.setPrettyPrinter(Jackson2Engine.prettyPrinter());
      generator.writeStartObject();
      generator.writeFieldName("a");
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
