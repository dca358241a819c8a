package org.edcop.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.edcop.json.format.internal.WireDocument;

/**
 * Writes a top-level model value (plan, report, policy) by converting it into its wire record and
 * letting Jackson write the record.
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
    W wire = document.write(value);
    provider.findValueSerializer(document.wireType()).serialize(wire, generator, provider);
  }
}
