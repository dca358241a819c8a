package org.edcop.model;

import org.edcop.model.internal.VocabularyCodes;

/**
 * A value of one of the model's fixed vocabularies (tiers, duties, purpose types, ...). Each value
 * has a stable code: its constant name in lower case with hyphens, e.g. {@code
 * building-professional-capacity}. Codes are what the JSON format and the command line use; they
 * never change once released.
 *
 * <p>Implemented only by enums.
 *
 * @since 0.1.0
 */
public interface Vocabulary {

  /**
   * The value's stable, kebab-case code.
   *
   * @return the code, e.g. {@code in-person}
   */
  default String code() {
    return VocabularyCodes.of((Enum<?>) this);
  }

  /**
   * Finds the value of an enum with the given code.
   *
   * @param type the vocabulary's enum class
   * @param code a kebab-case code
   * @param <E> the vocabulary type
   * @return the value
   * @throws IllegalArgumentException if no value has that code; the message lists the codes that
   *     are known
   */
  static <E extends Enum<E> & Vocabulary> E fromCode(Class<E> type, String code) {
    for (E value : type.getEnumConstants()) {
      if (value.code().equals(code)) {
        return value;
      }
    }
    StringBuilder known = new StringBuilder();
    for (E value : type.getEnumConstants()) {
      known.append(known.length() == 0 ? "" : ", ").append(value.code());
    }
    throw new IllegalArgumentException(
        "unknown " + type.getSimpleName() + " '" + code + "'; expected one of: " + known);
  }
}
