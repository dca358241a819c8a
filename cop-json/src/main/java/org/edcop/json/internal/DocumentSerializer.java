package org.edcop.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.edcop.json.format.internal.WireDocument;
import org.edcop.json.format.internal.WireWriter;

/**
 * Writes a top-level model value (plan, report, policy) on a user's own mapper: the mapping turns
 * it into its wire record, which the shared {@link WireWriter} writes to the user's generator.
 *
 * @param <M> the model type
 * @param <W> the wire type
 */
public final class DocumentSerializer<M, W> extends StdSerializer<M> {

  private static final long serialVersionUID = 1L;

  private final transient WireDocument<M, W> document;

  /**
   * Creates the serializer for one document kind.
   *
   * @param document the document kind
   */
  public DocumentSerializer(WireDocument<M, W> document) {
    super(document.modelType());
    this.document = document;
  }

  @Override
  public void serialize(M value, JsonGenerator generator, SerializerProvider provider)
      throws IOException {
    WireWriter.write(document.write(value), Jackson2Engine.sink(generator));
  }
}
