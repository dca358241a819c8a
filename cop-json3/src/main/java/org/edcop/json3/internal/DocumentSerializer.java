package org.edcop.json3.internal;

import org.edcop.json.format.internal.WireDocument;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a top-level model value (plan, report, policy): the shared mapping turns it into its wire
 * record, and Jackson writes the record.
 *
 * @param <M> the model type
 * @param <W> the wire type
 */
public final class DocumentSerializer<M, W> extends StdSerializer<M> {

  private final WireDocument<M, W> document;

  /**
   * Creates the serializer for one kind of document.
   *
   * @param document the kind of document
   */
  public DocumentSerializer(WireDocument<M, W> document) {
    super(document.modelType());
    this.document = document;
  }

  @Override
  public void serialize(M value, JsonGenerator generator, SerializationContext context) {
    W wire = document.write(value);
    context.findValueSerializer(document.wireType()).serialize(wire, generator, context);
  }
}
