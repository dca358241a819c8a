package org.edcop.json.format.internal;

import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a wire record straight from the tokens of a {@link TokenCursor}: the one reader for both
 * Jackson generations, on the codec's own parser and on a user's mapper alike (no databind). Each
 * value must have its JSON type: text for text, a whole number for a whole number, a number for a
 * fraction, {@code true}/{@code false} for a flag, an array for a list, an object for a record or a
 * map; anything else fails at the token, with the parser's pointer and offset, as a {@link
 * TokenCursor#mismatch}. {@code null} is kept as a missing value (the mapping tells the two apart
 * where it matters). Properties a record does not declare go, as canonical raw JSON, to its
 * collection of unknown properties, whatever their name; when unknown properties are rejected
 * (strict mode, and always in a policy), the first one in the document is refused where it stands,
 * as {@link PlanReader} refuses it in a plan. A name given twice in one object is refused ({@code
 * DUPLICATE_PROPERTY}), whatever the parser's settings.
 */
public final class WireReader {

  private final TokenCursor cursor;

  /** Whether an unknown property fails the read at once instead of being kept. */
  private final boolean rejectUnknown;

  /** The pointer of the cursor's current value within the document being read. */
  private final JsonPointers here;

  private WireReader(TokenCursor cursor, boolean rejectUnknown) {
    this.cursor = cursor;
    this.rejectUnknown = rejectUnknown;
    this.here = JsonPointers.at(cursor);
  }

  /**
   * Reads the value that starts at the cursor's current token, leaving the cursor on its last
   * token.
   *
   * @param cursor the cursor, on the value's first token
   * @param type the wire record type
   * @param rejectUnknown true to fail on the first unknown property in the document, false to keep
   *     unknown properties in their record
   * @param <W> the wire record type
   * @return the record, or {@code null} for a JSON {@code null}
   * @throws EngineFailure if the parser fails or a value has the wrong type
   * @throws org.edcop.json.format.CopJsonException if an unknown property is rejected
   */
  public static <W> W read(TokenCursor cursor, Class<W> type, boolean rejectUnknown) {
    return type.cast(new WireReader(cursor, rejectUnknown).value(cursor, type, type));
  }

  private Object value(TokenCursor cursor, Type type, Class<?> raw) {
    JsonToken token = cursor.current();
    if (token == JsonToken.NULL) {
      return raw == RawJson.class ? RawJson.NULL : null;
    }
    if (raw == String.class) {
      if (token != JsonToken.STRING) {
        throw cursor.mismatch(String.class);
      }
      return cursor.text();
    }
    if (raw == Integer.class) {
      if (token != JsonToken.INTEGER) {
        throw cursor.mismatch(Integer.class);
      }
      return cursor.number(Integer.class);
    }
    if (raw == BigDecimal.class || raw == Double.class) {
      if (token != JsonToken.INTEGER && token != JsonToken.FLOAT) {
        throw cursor.mismatch(raw);
      }
      return cursor.number(raw.asSubclass(Number.class));
    }
    if (raw == Boolean.class) {
      if (token != JsonToken.TRUE && token != JsonToken.FALSE) {
        throw cursor.mismatch(Boolean.class);
      }
      return token == JsonToken.TRUE;
    }
    if (raw == RawJson.class) {
      return RawJsonText.copy(cursor, here);
    }
    if (raw == List.class) {
      return list(cursor, WireShape.argument(type, 0));
    }
    if (raw == Map.class) {
      return map(cursor, WireShape.argument(type, 1));
    }
    return record(cursor, WireShape.of(raw));
  }

  private List<Object> list(TokenCursor cursor, Type element) {
    if (cursor.current() != JsonToken.START_ARRAY) {
      throw cursor.mismatch(List.class);
    }
    Class<?> raw = WireShape.raw(element);
    List<Object> values = new ArrayList<>();
    while (cursor.next() != JsonToken.END_ARRAY) {
      values.add(value(cursor, element, raw));
    }
    return values;
  }

  private Map<String, Object> map(TokenCursor cursor, Type valueType) {
    if (cursor.current() != JsonToken.START_OBJECT) {
      throw cursor.mismatch(Map.class);
    }
    Class<?> raw = WireShape.raw(valueType);
    Map<String, Object> values = new LinkedHashMap<>();
    while (cursor.next() == JsonToken.NAME) {
      String name = cursor.text();
      if (values.containsKey(name)) {
        throw RepeatedNames.error(here, name);
      }
      cursor.next();
      values.put(name, value(cursor, valueType, raw));
    }
    return values;
  }

  private Object record(TokenCursor cursor, WireShape shape) {
    if (cursor.current() != JsonToken.START_OBJECT) {
      throw cursor.mismatch(shape.type());
    }
    Object[] arguments = new Object[shape.arity()];
    boolean[] given = new boolean[shape.arity()];
    Map<String, RawJson> unknown = null;
    while (cursor.next() == JsonToken.NAME) {
      String name = cursor.text();
      WireShape.Property property = shape.property(name);
      if (property != null
          ? given[property.index()]
          : unknown != null && unknown.containsKey(name)) {
        throw RepeatedNames.error(here, name);
      }
      cursor.next();
      if (property != null) {
        given[property.index()] = true;
        arguments[property.index()] = value(cursor, property.type(), property.raw());
      } else if (shape.unknownIndex() >= 0) {
        if (rejectUnknown) {
          throw WireIn.unknownProperty(here, name);
        }
        if (unknown == null) {
          unknown = new LinkedHashMap<>();
        }
        unknown.put(name, RawJsonText.copy(cursor, here));
      } else {
        throw cursor.mismatch(shape.type());
      }
    }
    if (shape.unknownIndex() >= 0) {
      arguments[shape.unknownIndex()] = unknown;
    }
    return shape.create(arguments);
  }
}
