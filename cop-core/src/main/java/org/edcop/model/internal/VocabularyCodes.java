package org.edcop.model.internal;

import java.util.Locale;

/**
 * The codes of each vocabulary enum, made once per enum class and held by ordinal, so that {@link
 * org.edcop.model.Vocabulary#code()} returns the same {@code String} every time (its hash computed
 * once) instead of building it from the constant's name on every call (#22: every finding that
 * names a tier, a duty or a status asked for one).
 *
 * @since 0.2.0
 */
public final class VocabularyCodes {

  private static final ClassValue<String[]> CODES =
      new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
          Object[] constants = type.getEnumConstants();
          String[] codes = new String[constants.length];
          for (int i = 0; i < constants.length; i++) {
            codes[i] = codeOf((Enum<?>) constants[i]);
          }
          return codes;
        }
      };

  private VocabularyCodes() {}

  /**
   * The code of an enum constant: its name in lower case with hyphens.
   *
   * @param value the constant
   * @return the code, the same instance for each call on one constant
   */
  public static String of(Enum<?> value) {
    return CODES.get(value.getDeclaringClass())[value.ordinal()];
  }

  /**
   * The code made from a constant's name, without the table.
   *
   * @param value the constant
   * @return the code
   */
  static String codeOf(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
