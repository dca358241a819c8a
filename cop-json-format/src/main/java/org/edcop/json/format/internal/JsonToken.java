package org.edcop.json.format.internal;

/**
 * The kinds of token a {@link TokenCursor} reports, the same for both Jackson generations (whose
 * own enums differ in names: {@code FIELD_NAME} against {@code PROPERTY_NAME}).
 */
public enum JsonToken {
  /** The start of an object (an opening brace). */
  START_OBJECT,
  /** The end of an object (a closing brace). */
  END_OBJECT,
  /** {@code [} */
  START_ARRAY,
  /** {@code ]} */
  END_ARRAY,
  /** A property name. */
  NAME,
  /** A text value. */
  STRING,
  /** A whole number. */
  INTEGER,
  /** A number with a fraction or exponent. */
  FLOAT,
  /** {@code true} */
  TRUE,
  /** {@code false} */
  FALSE,
  /** {@code null} */
  NULL;

  /**
   * Whether the token opens an object or an array.
   *
   * @return true for {@link #START_OBJECT} and {@link #START_ARRAY}
   */
  public boolean isStructStart() {
    return this == START_OBJECT || this == START_ARRAY;
  }

  /**
   * Whether the token closes an object or an array.
   *
   * @return true for {@link #END_OBJECT} and {@link #END_ARRAY}
   */
  public boolean isStructEnd() {
    return this == END_OBJECT || this == END_ARRAY;
  }

  /**
   * The token for a Jackson token constant of either generation, by its name.
   *
   * @param jackson a {@code com.fasterxml.jackson.core.JsonToken} or {@code
   *     tools.jackson.core.JsonToken}, or {@code null}
   * @return the token, or {@code null} for {@code null}
   * @throws IllegalStateException for a token that JSON text cannot give
   */
  public static JsonToken of(Enum<?> jackson) {
    if (jackson == null) {
      return null;
    }
    JsonToken token = BY_ORDINAL.get(jackson.getDeclaringClass())[jackson.ordinal()];
    if (token == null) {
      throw new IllegalStateException("no JSON text gives the token " + jackson);
    }
    return token;
  }

  /**
   * The tokens for one Jackson token enum, by the Jackson constant's ordinal ({@code null} for a
   * constant that JSON text cannot give); shared, not to be changed.
   *
   * @param jackson the enum class of a Jackson generation's tokens
   * @return the table
   */
  static JsonToken[] table(Class<?> jackson) {
    return BY_ORDINAL.get(jackson);
  }

  /** The tokens of each Jackson token enum, by the Jackson constant's ordinal (null: none). */
  private static final ClassValue<JsonToken[]> BY_ORDINAL =
      new ClassValue<>() {
        @Override
        protected JsonToken[] computeValue(Class<?> type) {
          Object[] constants = type.getEnumConstants();
          JsonToken[] tokens = new JsonToken[constants.length];
          for (int i = 0; i < constants.length; i++) {
            try {
              tokens[i] = byName((Enum<?>) constants[i]);
            } catch (IllegalStateException none) {
              tokens[i] = null;
            }
          }
          return tokens;
        }
      };

  private static JsonToken byName(Enum<?> jackson) {
    return switch (jackson.name()) {
      case "FIELD_NAME", "PROPERTY_NAME" -> NAME;
      case "VALUE_STRING" -> STRING;
      case "VALUE_NUMBER_INT" -> INTEGER;
      case "VALUE_NUMBER_FLOAT" -> FLOAT;
      case "VALUE_TRUE" -> TRUE;
      case "VALUE_FALSE" -> FALSE;
      case "VALUE_NULL" -> NULL;
      case "START_OBJECT", "END_OBJECT", "START_ARRAY", "END_ARRAY" -> valueOf(jackson.name());
      default -> throw new IllegalStateException("no JSON text gives the token " + jackson);
    };
  }
}
