package org.edcop.json.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.edcop.json.format.CopJsonLimits;
import org.edcop.json.format.internal.IndentingWriter;
import org.edcop.json.format.internal.JacksonSettings;
import org.edcop.json.format.internal.WireWriter;
import org.junit.jupiter.api.Test;

/**
 * What an engine makes of the format's shared Jackson settings ({@link JacksonSettings}, ADR 0010):
 * it applies every family of features the settings name, its factory has exactly the format's
 * features set and every other one at Jackson's default, it has the format's stream read
 * constraints, it does not intern property names, and it writes the compact form, which {@link
 * IndentingWriter} turns into the pretty one. Run by each Jackson generation's module against its
 * own engine.
 *
 * @since 0.2.0
 */
public abstract class EngineSettingsSuite {

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

  /** For subclasses. */
  protected EngineSettingsSuite() {}

  /**
   * The simple names of the feature enums the engine applies to its factory.
   *
   * @return e.g. {@code StreamReadFeature}
   */
  protected abstract Set<String> appliedFamilies();

  /** Checks each family of features on the engine's factory, with {@link #expect}. */
  protected abstract void expectFeaturesOfEveryFamily();

  /**
   * Whether the engine's factory interns property names.
   *
   * @return {@code true} if it does
   */
  protected abstract boolean internsNames();

  /**
   * Writes a document through a new engine with the default limits.
   *
   * @param document the document
   * @param out where to write
   * @throws IOException if writing fails
   */
  protected abstract void write(WireWriter.Direct document, Writer out) throws IOException;

  /**
   * The {@code StreamReadConstraints} of the factory an engine makes for these limits.
   *
   * @param limits the limits
   * @return the generation's constraints object
   */
  protected abstract Object streamReadConstraints(CopJsonLimits limits);

  /**
   * Each constraint's value, read through the getter both generations name after the setter ({@code
   * maxNestingDepth} is read by {@code getMaxNestingDepth}).
   */
  private Map<String, Long> constraints(CopJsonLimits limits) {
    Object constraints = streamReadConstraints(limits);
    Map<String, Long> values = new LinkedHashMap<>();
    for (String setter : JacksonSettings.constraints(limits).keySet()) {
      String getter = "get" + Character.toUpperCase(setter.charAt(0)) + setter.substring(1);
      try {
        Number value = (Number) constraints.getClass().getMethod(getter).invoke(constraints);
        values.put(setter, value.longValue());
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(constraints.getClass().getName() + " has no " + getter, e);
      }
    }
    return values;
  }

  /**
   * Checks that every constant of a feature enum is as the format sets it or, if the format sets
   * nothing for it, as Jackson sets it by default.
   *
   * @param <F> the enum
   * @param family the enum's class
   * @param enabled whether the factory has a feature on
   * @param byDefault whether Jackson has a feature on by default
   */
  protected static <F extends Enum<F>> void expect(
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
  void theFamiliesAreTheOnesTheEngineApplies() {
    assertThat(JacksonSettings.families()).containsExactlyInAnyOrderElementsOf(appliedFamilies());
  }

  @Test
  void theFactoryHasTheFormatsFeaturesAndJacksonsDefaultsOtherwise() {
    expectFeaturesOfEveryFamily();
  }

  @Test
  void namesAreNotInterned() {
    assertThat(internsNames()).isFalse();
  }

  @Test
  void theEngineWritesTheFormatsPrettyAndCompactForms() throws IOException {
    StringWriter pretty = new StringWriter();
    StringWriter compact = new StringWriter();

    IndentingWriter indenting = new IndentingWriter(pretty);
    write(TWO_ROOTS, indenting);
    indenting.flush();
    write(NUMBERS, compact);

    assertThat(pretty.toString()).isEqualTo("{\n  \"a\": [\n    1,\n    2.50,\n    0.5\n  ]\n}{ }");
    assertThat(compact.toString()).isEqualTo("{\"a\":[1,2.50,0.5]}");
  }

  @Test
  void theFactoryHasTheFormatsConstraints() {
    CopJsonLimits limits = new CopJsonLimits(123_456_789_012L, 17, 4_321);

    assertThat(constraints(limits))
        .isEqualTo(JacksonSettings.constraints(limits))
        .containsEntry("maxDocumentLength", 123_456_789_012L)
        .containsEntry("maxNestingDepth", 17L)
        .containsEntry("maxStringLength", 4_321L);
    assertThat(constraints(CopJsonLimits.DEFAULTS))
        .isEqualTo(JacksonSettings.constraints(CopJsonLimits.DEFAULTS));
  }
}
