package org.edcop.spring.internal;

import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.edcop.json.format.CopJsonException.Kind;

/**
 * The decisions of the starters' Jackson error translators that are the same for Jackson 2 and 3:
 * which kind a value that does not parse or a read error is, and how a databind path becomes a JSON
 * Pointer. Each starter keeps only the part that names its generation's exception types.
 */
public final class JacksonErrorParts {

  private JacksonErrorParts() {}

  /**
   * The kind of an invalid-format error: text that does not parse is an invalid value; a number or
   * boolean where text or another scalar is expected is a refused coercion, the wrong type.
   *
   * @param value the value Jackson could not use
   * @param targetType the type it was read as
   * @return the kind
   */
  public static Kind formatKind(Object value, Class<?> targetType) {
    return value instanceof String && targetType != String.class
        ? Kind.INVALID_VALUE
        : Kind.WRONG_TYPE;
  }

  /**
   * The kind of a streaming read error.
   *
   * @param endOfInput whether the input ended early
   * @param originalMessage the parser's message without location, may be null
   * @return the kind
   */
  public static Kind readKind(boolean endOfInput, String originalMessage) {
    if (endOfInput) {
      return Kind.TRUNCATED;
    }
    if (originalMessage != null && originalMessage.startsWith("Duplicate ")) {
      return Kind.DUPLICATE_PROPERTY;
    }
    return Kind.MALFORMED;
  }

  /**
   * The JSON Pointer of a databind path.
   *
   * @param <R> the generation's path reference type
   * @param path the references, outermost first
   * @param propertyName a reference's property name, or null for an array element
   * @param index a reference's array index, negative if none
   * @return the pointer, {@code ""} for the document itself
   */
  public static <R> String pointer(
      Iterable<R> path, Function<R, String> propertyName, ToIntFunction<R> index) {
    StringBuilder pointer = new StringBuilder();
    for (R reference : path) {
      pointer.append('/');
      String name = propertyName.apply(reference);
      if (name != null) {
        pointer.append(name.replace("~", "~0").replace("/", "~1"));
      } else if (index.applyAsInt(reference) >= 0) {
        pointer.append(index.applyAsInt(reference));
      }
    }
    return pointer.toString();
  }
}
