package org.edcop.json.format.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edcop.json.format.CopJsonLimits;
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

  /** Named as the constraints builder's setters and {@code build}, recording what it is given. */
  public static class Constraints {
    final Map<String, Object> set = new LinkedHashMap<>();

    public Constraints maxNestingDepth(int value) {
      set.put("maxNestingDepth", value);
      return this;
    }

    public Constraints maxStringLength(int value) {
      set.put("maxStringLength", value);
      return this;
    }

    public Constraints maxNameLength(int value) {
      set.put("maxNameLength", value);
      return this;
    }

    public Constraints maxDocumentLength(long value) {
      set.put("maxDocumentLength", value);
      return this;
    }

    public Constraints maxNumberLength(int value) {
      set.put("maxNumberLength", value);
      return this;
    }

    public String build() {
      return set.toString();
    }
  }

  /** A constraints builder of an older generation: it has no {@code maxNameLength}. */
  public static final class OldConstraints {
    public OldConstraints maxNestingDepth(int value) {
      return this;
    }

    public String build() {
      return "";
    }
  }

  /** Named as the factory builder's methods, recording what it is given. */
  public static final class Factory {
    Object constraints;
    final Map<Enum<?>, Boolean> features = new LinkedHashMap<>();

    public Factory streamReadConstraints(String built) {
      constraints = built;
      return this;
    }

    public Factory configure(StreamWriteFeature feature, boolean on) {
      features.put(feature, on);
      return this;
    }

    public Factory configure(JsonWriteFeature feature, boolean on) {
      throw new AssertionError("the format sets nothing in " + feature);
    }
  }

  @Test
  void theConstraintsAndFeaturesAreAppliedByTheirNames() {
    Factory factory = new Factory();
    CopJsonLimits limits = new CopJsonLimits(5_000_000_000L, 12, 345);

    JacksonSettings.configure(
        factory, new Constraints(), limits, List.of(StreamWriteFeature.class));

    assertThat(factory.constraints)
        .isEqualTo(
            "{maxNestingDepth=12, maxStringLength=345, maxNameLength="
                + ReaderErrors.MAX_NAME_LENGTH
                + ", maxDocumentLength=5000000000, maxNumberLength="
                + ReaderErrors.MAX_NUMBER_LENGTH
                + "}");
    assertThat(factory.features)
        .isEqualTo(
            Map.of(
                StreamWriteFeature.AUTO_CLOSE_TARGET, false,
                StreamWriteFeature.AUTO_CLOSE_CONTENT, true));
  }

  @Test
  void aGenerationLackingAMethodIsRefusedWhenTheFactoryIsMade() {
    assertThatThrownBy(
            () ->
                JacksonSettings.configure(
                    new Factory(),
                    new OldConstraints(),
                    CopJsonLimits.DEFAULTS,
                    List.of(StreamWriteFeature.class)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(OldConstraints.class.getName())
        .hasMessageContaining("maxStringLength");
    assertThatThrownBy(
            () ->
                JacksonSettings.configure(
                    new Factory(),
                    new Constraints(),
                    CopJsonLimits.DEFAULTS,
                    List.of(StreamReadFeature.class)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("configure");
  }
}
