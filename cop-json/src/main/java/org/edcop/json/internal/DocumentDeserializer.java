package org.edcop.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import org.edcop.json.format.CopJsonException;
import org.edcop.json.format.internal.EngineFailure;
import org.edcop.json.format.internal.WireDocument;

/**
 * Reads a top-level model value (plan, report, policy) on a user's own mapper: the shared {@link
 * org.edcop.json.format.internal.WireReader} reads the wire record from the user's parser, then the
 * shared mapping converts and checks it. The parser's own errors reach the user as they are; a
 * value of the wrong JSON type is a {@link MismatchedInputException}; a mapping problem a {@link
 * JsonMappingException} whose cause is the typed {@link CopJsonException} with the pointer inside
 * the document.
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
    try {
      return document.read(Jackson2Engine.cursor(parser), strict);
    } catch (EngineFailure failure) {
      if (failure.getCause() instanceof IOException jackson) {
        throw jackson;
      }
      throw MismatchedInputException.from(parser, failure.target(), document.describe(failure));
    } catch (CopJsonException e) {
      throw JsonMappingException.from(parser, document.describe(e), e);
    }
  }
}
