package org.edcop.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import org.edcop.json.format.CopJsonException;
import org.edcop.json.format.internal.WireDocument;

/**
 * Reads a top-level model value (plan, report, policy) on a user's own mapper: Jackson reads the
 * wire record, then the shared mapping converts and checks it. A mapping problem becomes a {@link
 * JsonMappingException}, as users of their own mapper expect, whose cause is the typed {@link
 * CopJsonException} with the pointer inside the document.
 *
 * @param <M> the model type
 * @param <W> the wire type
 */
public final class DocumentDeserializer<M, W> extends StdDeserializer<M> {

  private static final long serialVersionUID = 1L;

  private final transient WireDocument<M, W> document;
  private final boolean strict;

  /**
   * Creates the deserializer for one document kind.
   *
   * @param document the document kind
   * @param strict whether unknown properties are rejected
   */
  public DocumentDeserializer(WireDocument<M, W> document, boolean strict) {
    super(document.modelType());
    this.document = document;
    this.strict = strict;
  }

  @Override
  public M deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    W wire = context.readValue(parser, document.wireType());
    try {
      return document.read(wire, strict);
    } catch (CopJsonException e) {
      throw JsonMappingException.from(parser, document.describe(e), e);
    }
  }
}
