package org.edcop.json.format.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.edcop.model.Vocabulary;

/**
 * The codes of each vocabulary, computed once per enum: {@link Vocabulary#code()} builds a new
 * string on every call, which showed up when timing the reader and the writer.
 */
final class Codes {

  private static final ClassValue<Codes> CACHE =
      new ClassValue<>() {
        @Override
        protected Codes computeValue(Class<?> type) {
          return new Codes(type);
        }
      };

  private final String[] byOrdinal;
  private final Object[] constants;
  private final Map<String, Object> byCode = new HashMap<>();
  private final List<String> all;

  private Codes(Class<?> type) {
    constants = type.getEnumConstants();
    byOrdinal = new String[constants.length];
    for (int i = 0; i < constants.length; i++) {
      byOrdinal[i] = ((Vocabulary) constants[i]).code();
      byCode.put(byOrdinal[i], constants[i]);
    }
    all = List.of(byOrdinal);
  }

  static Codes of(Class<?> vocabulary) {
    return CACHE.get(vocabulary);
  }

  static String code(Vocabulary value) {
    Enum<?> constant = (Enum<?>) value;
    return of(constant.getDeclaringClass()).byOrdinal[constant.ordinal()];
  }

  /** The constant with the code, or null. */
  Object find(String code) {
    return byCode.get(code);
  }

  /**
   * The constant whose code is the given characters (a parser's buffer), without making a string:
   * the codes of a vocabulary are few, so they are compared one by one, by length first.
   */
  Object find(char[] chars, int offset, int length) {
    String[] codes = byOrdinal;
    for (int i = 0; i < codes.length; i++) {
      String code = codes[i];
      if (code.length() == length && same(code, chars, offset)) {
        return constants[i];
      }
    }
    return null;
  }

  private static boolean same(String code, char[] chars, int offset) {
    for (int i = 0; i < code.length(); i++) {
      if (code.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }

  List<String> all() {
    return all;
  }
}
