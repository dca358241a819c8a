package org.edcop.json3.internal;

import org.edcop.json.format.CopJsonException;
import org.edcop.json.format.internal.EngineFailure;
import org.edcop.json.format.internal.WireDocument;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Reads a top-level model value (plan, report, policy) on a user's own mapper: the shared {@link
 * org.edcop.json.format.internal.WireReader} reads the wire record from the user's parser and the
 * shared mapping converts and checks it. The parser's own errors reach the user unchanged, a value
 * of the wrong JSON type is a {@link MismatchedInputException}, and a problem the mapping finds a
 * {@link DatabindException} carrying the typed {@link CopJsonException} (pointer inside the
 * document) as its cause.
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
    try {
      return document.read(Jackson3Engine.cursor(parser), strict);
    } catch (EngineFailure failure) {
      if (failure.getCause() instanceof JacksonException jackson) {
        throw jackson;
      }
      throw MismatchedInputException.from(parser, failure.target(), document.describe(failure));
    } catch (CopJsonException e) {
      throw DatabindException.from(parser, document.describe(e), e);
    }
  }
}
