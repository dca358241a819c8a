package org.edcop.json.format.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The feature names resolved against enums named as Jackson's; the engines' tests resolve them
 * against the real enums of each generation and check the factories.
 */
class JacksonSettingsTest {

  /** Named as Jackson's, with the format's constants and one it leaves alone. */
  enum StreamWriteFeature {
    AUTO_CLOSE_TARGET,
    AUTO_CLOSE_CONTENT,
    FLUSH_PASSED_TO_STREAM
  }

  /** Named as Jackson's, but without the constants the format sets. */
  enum StreamReadFeature {
    AUTO_CLOSE_SOURCE
  }

  /** An enum the format sets nothing in. */
  enum JsonWriteFeature {
    QUOTE_PROPERTY_NAMES
  }

  @Test
  void theNamesResolveToTheEnumsConstantsWithTheirStates() {
    assertThat(JacksonSettings.features(StreamWriteFeature.class))
        .isEqualTo(
            Map.of(
                StreamWriteFeature.AUTO_CLOSE_TARGET, false,
                StreamWriteFeature.AUTO_CLOSE_CONTENT, true));
  }

  @Test
  void aNameTheEnumLacksOrAnEnumTheFormatDoesNotSetIsRefused() {
    assertThatThrownBy(() -> JacksonSettings.features(StreamReadFeature.class))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JacksonSettings.features(JsonWriteFeature.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("JsonWriteFeature");
  }

  @Test
  void theFamiliesAreTheThreeEnumsBothGenerationsHave() {
    assertThat(JacksonSettings.families())
        .containsExactlyInAnyOrder("StreamReadFeature", "JsonReadFeature", "StreamWriteFeature");
  }
}
