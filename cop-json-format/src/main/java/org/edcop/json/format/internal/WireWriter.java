package org.edcop.json.format.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Writes a wire record to a {@link TokenSink}: the one writer for both Jackson generations, for
 * strings, streams and a user's mapper alike. A record's properties come in its {@code
 * JsonPropertyOrder}, absent ({@code null}) ones left out, then its unknown properties as they were
 * read (raw JSON); lists are arrays, maps objects in their own order.
 */
public final class WireWriter {

  private WireWriter() {}

  /**
   * A document that writes itself from the model, without wire records ({@link PlanWriter}): what
   * {@link WireDocument#write} gives for a plan.
   */
  public interface Direct {

    /**
     * Writes the document.
     *
     * @param sink where to write
     * @throws IOException if the target fails
     */
    void writeTo(TokenSink sink) throws IOException;
  }

  /**
   * Writes a wire value.
   *
   * @param value a wire record (or a list, map, text, number, flag or raw JSON inside one), or a
   *     {@link Direct} document
   * @param sink where to write
   * @throws IOException if the target fails
   */
  public static void write(Object value, TokenSink sink) throws IOException {
    if (value instanceof Direct direct) {
      direct.writeTo(sink);
    } else if (value instanceof String text) {
      sink.string(text);
    } else if (value instanceof Number number) {
      sink.number(number);
    } else if (value instanceof Boolean flag) {
      sink.bool(flag);
    } else if (value instanceof RawJson raw) {
      sink.raw(raw.text());
    } else if (value instanceof List<?> list) {
      sink.startArray();
      for (Object element : list) {
        write(element, sink);
      }
      sink.endArray();
    } else if (value instanceof Map<?, ?> map) {
      sink.startObject();
      entries(map, sink);
      sink.endObject();
    } else if (value == null) {
      sink.raw("null");
    } else {
      record(value, WireShape.of(value.getClass()), sink);
    }
  }

  private static void record(Object record, WireShape shape, TokenSink sink) throws IOException {
    sink.startObject();
    for (WireShape.Property property : shape.writingOrder()) {
      Object value = property.getter().apply(record);
      if (value != null) {
        sink.name(property.name());
        write(value, sink);
      }
    }
    Map<String, RawJson> unknown = shape.unknown(record);
    if (unknown != null) {
      entries(unknown, sink);
    }
    sink.endObject();
  }

  private static void entries(Map<?, ?> map, TokenSink sink) throws IOException {
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      sink.name(String.valueOf(entry.getKey()));
      write(entry.getValue(), sink);
    }
  }
}
