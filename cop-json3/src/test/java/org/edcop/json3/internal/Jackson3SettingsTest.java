package org.edcop.json3.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Predicate;
import org.edcop.json.format.CopJsonLimits;
import org.edcop.json.format.internal.JacksonSettings;
import org.edcop.json.format.internal.WireWriter;
import org.junit.jupiter.api.Test;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;

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
  void theFactoryHasTheFormatsFeaturesAndJacksonsDefaultsOtherwise() {
    expect(StreamReadFeature.class, FACTORY::isEnabled, StreamReadFeature::enabledByDefault);
    expect(JsonReadFeature.class, FACTORY::isEnabled, JsonReadFeature::enabledByDefault);
    expect(StreamWriteFeature.class, FACTORY::isEnabled, StreamWriteFeature::enabledByDefault);
  }

  /** Every constant of the enum is as the format sets it or, if it sets nothing, as by default. */
  private static <F extends Enum<F>> void expect(
      Class<F> family, Predicate<F> enabled, Predicate<F> byDefault) {
    Map<F, Boolean> set = JacksonSettings.features(family);
    assertThat(set).isNotEmpty();
    for (F feature : family.getEnumConstants()) {
      assertThat(enabled.test(feature))
          .as(feature.name())
          .isEqualTo(set.getOrDefault(feature, byDefault.test(feature)));
    }
  }

  @Test
  void namesAreNotInterned() {
    assertThat(FACTORY.isEnabled(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)).isFalse();
  }

  /** An object holding a whole, a decimal and a floating-point number. */
  private static final WireWriter.Direct NUMBERS =
      sink -> {
        sink.startObject();
        sink.name("a");
        sink.startArray();
        sink.number(1);
        sink.number(new BigDecimal("2.50"));
        sink.number(0.5);
        sink.endArray();
        sink.endObject();
      };

  /** Two roots, to show what stands between them in the pretty form. */
  private static final WireWriter.Direct TWO_ROOTS =
      sink -> {
        NUMBERS.writeTo(sink);
        sink.startObject();
        sink.endObject();
      };

  @Test
  void theEngineWritesTheFormatsPrettyAndCompactForms() throws IOException {
    Jackson3Engine engine = new Jackson3Engine(CopJsonLimits.DEFAULTS);
    StringWriter pretty = new StringWriter();
    StringWriter compact = new StringWriter();

    engine.write(TWO_ROOTS, true, pretty);
    engine.write(NUMBERS, false, compact);

    assertThat(pretty.toString()).isEqualTo("{\n  \"a\": [\n    1,\n    2.50,\n    0.5\n  ]\n}{ }");
    assertThat(compact.toString()).isEqualTo("{\"a\":[1,2.50,0.5]}");
  }
}
