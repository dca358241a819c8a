package org.edcop.json3.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.edcop.json.format.internal.WireDocument;
import org.edcop.json.format.internal.WireWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a top-level model value (plan, report, policy): the shared mapping turns it into its wire
 * record, which the shared {@link WireWriter} writes to the user's generator.
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
    try {
      WireWriter.write(document.write(value), Jackson3Engine.sink(generator));
    } catch (IOException unreachable) {
      // the Jackson 3 sink throws only Jackson's unchecked exceptions
      throw new UncheckedIOException(unreachable);
    }
  }
}
