package org.edcop.json.format.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.edcop.json.format.CopJsonLimits;

/**
 * How the format sets up a Jackson parser factory, written once for both generations and applied by
 * {@link #configure}: an engine only hands over its generation's builders and enum classes.
 *
 * <p>The factory enforces the {@link org.edcop.json.format.CopJsonLimits} (nesting depth, text
 * length, document size) and {@link ReaderErrors#MAX_NAME_LENGTH} and {@link
 * ReaderErrors#MAX_NUMBER_LENGTH} as Jackson's stream read constraints ({@link #constraints}), does
 * not intern property names (the one switch an engine sets itself: its enum and constant have other
 * names in each generation), and has the stream features of {@link #features}: it never closes the
 * caller's streams, never quotes the document in a location, refuses {@code NaN} and leaves
 * repeated property names to the shared readers ({@link RepeatedNames}), which find them more
 * cheaply than Jackson's detector. A setting whose default differs between Jackson 2 and 3 is
 * spelled out, so that both engines behave alike (docs/adr/0003-jackson-3.md).
 *
 * <p>The settings are applied by the names of Jackson's methods and constants, which are the same
 * in both generations, resolved once per factory (never per token): the two generations' classes
 * are unrelated types to Java, and naming the same calls in each engine would write every setting
 * twice (docs/adr/0010). A name missing from a generation fails when the engine is made, and each
 * engine's {@code EngineSettingsSuite} checks the factory it gets. There is no pretty printer: the
 * engines write compact text and {@link IndentingWriter} makes the pretty form.
 *
 * @since 0.2.0
 */
public final class JacksonSettings {

  /**
   * The stream features set by the format, by the simple name of their enum (the same in both
   * generations) and the name of the constant: {@code true} on, {@code false} off. Every other
   * feature keeps the generation's default.
   */
  private static final Map<String, Map<String, Boolean>> FEATURES = features();

  private JacksonSettings() {}

  private static Map<String, Map<String, Boolean>> features() {
    return Map.of(
        "StreamReadFeature",
        Map.of(
            "STRICT_DUPLICATE_DETECTION", false,
            "AUTO_CLOSE_SOURCE", false,
            "INCLUDE_SOURCE_IN_LOCATION", false),
        "JsonReadFeature",
        Map.of("ALLOW_NON_NUMERIC_NUMBERS", false),
        "StreamWriteFeature",
        Map.of("AUTO_CLOSE_TARGET", false, "AUTO_CLOSE_CONTENT", true));
  }

  /**
   * The simple names of the feature enums the format sets something in; an engine applies {@link
   * #features} for each.
   *
   * @return {@code StreamReadFeature}, {@code JsonReadFeature} and {@code StreamWriteFeature}
   */
  public static Set<String> families() {
    return FEATURES.keySet();
  }

  /**
   * The format's settings of one generation's feature enum, resolved by name; meant to be taken
   * once per factory and passed to the builder's {@code configure(feature, state)}.
   *
   * @param family the generation's enum, one of {@link #families}
   * @param <F> the enum
   * @return each feature the format sets, and whether it is on
   * @throws IllegalArgumentException if the format sets nothing in that enum, or a name is not one
   *     of its constants
   */
  public static <F extends Enum<F>> Map<F, Boolean> features(Class<F> family) {
    Map<String, Boolean> named = FEATURES.get(family.getSimpleName());
    if (named == null) {
      throw new IllegalArgumentException("the format sets no " + family.getName());
    }
    Map<F, Boolean> resolved = new EnumMap<>(family);
    named.forEach((name, on) -> resolved.put(Enum.valueOf(family, name), on));
    return Collections.unmodifiableMap(resolved);
  }

  /**
   * The stream read constraints the format sets, by the name of the {@code
   * StreamReadConstraints.Builder} setter (the same in both generations), in the order applied.
   *
   * @param limits the limits
   * @return each setter's name and value
   */
  public static Map<String, Long> constraints(CopJsonLimits limits) {
    Map<String, Long> constraints = new LinkedHashMap<>();
    constraints.put("maxNestingDepth", (long) limits.maxNestingDepth());
    constraints.put("maxStringLength", (long) limits.maxStringLength());
    constraints.put("maxNameLength", (long) ReaderErrors.MAX_NAME_LENGTH);
    constraints.put("maxDocumentLength", limits.maxDocumentBytes());
    constraints.put("maxNumberLength", (long) ReaderErrors.MAX_NUMBER_LENGTH);
    return Collections.unmodifiableMap(constraints);
  }

  /**
   * Applies the format's settings to a generation's factory builder: the {@link #constraints} set
   * on its {@code StreamReadConstraints.Builder} and passed to {@code streamReadConstraints}, and
   * the {@link #features} of each family passed to {@code configure(feature, state)}.
   *
   * @param factory the generation's {@code JsonFactoryBuilder}
   * @param constraints a new {@code StreamReadConstraints.Builder} of the same generation
   * @param limits the limits
   * @param families the generation's feature enums, one for each of {@link #families}
   * @throws IllegalStateException if the generation lacks one of the methods (a Jackson older than
   *     the module supports)
   */
  public static void configure(
      Object factory,
      Object constraints,
      CopJsonLimits limits,
      List<Class<? extends Enum<?>>> families) {
    constraints(limits)
        .forEach(
            (setter, value) -> {
              Method method =
                  method(
                      constraints,
                      setter,
                      p -> p.length == 1 && (p[0] == int.class || p[0] == long.class));
              boolean narrow = method.getParameterTypes()[0] == int.class;
              call(method, constraints, narrow ? (Object) value.intValue() : value);
            });
    Method build = method(constraints, "build", p -> p.length == 0);
    Object built = call(build, constraints);
    Class<?> type = build.getReturnType();
    call(
        method(factory, "streamReadConstraints", p -> p.length == 1 && p[0] == type),
        factory,
        built);
    for (Class<? extends Enum<?>> family : families) {
      Method configure =
          method(
              factory, "configure", p -> p.length == 2 && p[0] == family && p[1] == boolean.class);
      resolved(family).forEach((feature, on) -> call(configure, factory, feature, on));
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Map<? extends Enum<?>, Boolean> resolved(Class<? extends Enum<?>> family) {
    return features((Class) family);
  }

  /** The builder's public method of this name whose parameter types pass the test. */
  private static Method method(Object target, String name, Predicate<Class<?>[]> parameters) {
    for (Method method : target.getClass().getMethods()) {
      if (method.getName().equals(name) && parameters.test(method.getParameterTypes())) {
        return method;
      }
    }
    throw new IllegalStateException(
        target.getClass().getName()
            + " has no method "
            + name
            + " of the kind the format's settings need: this Jackson is older than the module"
            + " supports");
  }

  private static Object call(Method method, Object target, Object... arguments) {
    try {
      return method.invoke(target, arguments);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot call " + method, e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(method + " refused the format's setting", e.getCause());
    }
  }
}
