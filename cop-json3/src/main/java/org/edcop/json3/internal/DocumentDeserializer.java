package org.edcop.json3.internal;

import org.edcop.json.format.CopJsonException;
import org.edcop.json.format.internal.WireDocument;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a top-level model value (plan, report, policy) on a user's own mapper: Jackson reads the
 * wire record, then the shared mapping converts and checks it. A problem the mapping finds surfaces
 * as a {@link DatabindException}, the error users of their own mapper expect, carrying the typed
 * {@link CopJsonException} (pointer inside the document) as its cause.
 *
 * @param <M> the model type
 * @param <W> the wire type
 */
public final class DocumentDeserializer<M, W> extends StdDeserializer<M> {

  private final WireDocument<M, W> document;
  private final boolean strict;

  /**
   * Creates the deserializer for one kind of document.
   *
   * @param document the kind of document
   * @param strict whether unknown properties are rejected
   */
  public DocumentDeserializer(WireDocument<M, W> document, boolean strict) {
    super(document.modelType());
    this.document = document;
    this.strict = strict;
  }

  @Override
  public M deserialize(JsonParser parser, DeserializationContext context) {
    W wire = context.readValue(parser, document.wireType());
    try {
      return document.read(wire, strict);
    } catch (CopJsonException e) {
      throw DatabindException.from(parser, document.describe(e), e);
    }
  }
}
