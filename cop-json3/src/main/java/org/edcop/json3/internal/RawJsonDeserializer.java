package org.edcop.json3.internal;

import org.edcop.json.format.internal.EngineFailure;
import org.edcop.json.format.internal.RawJson;
import org.edcop.json.format.internal.RawJsonText;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads the value of an unknown property into its canonical text (shared {@link RawJsonText#copy}),
 * keeping numbers exactly as written.
 */
public final class RawJsonDeserializer extends StdDeserializer<RawJson> {

  /** Creates the deserializer. */
  public RawJsonDeserializer() {
    super(RawJson.class);
  }

  @Override
  public RawJson deserialize(JsonParser parser, DeserializationContext context) {
    try {
      return RawJsonText.copy(Jackson3Engine.cursor(parser, null));
    } catch (EngineFailure failure) {
      // on a user's mapper, the user sees Jackson's own exception
      throw (JacksonException) failure.getCause();
    }
  }

  @Override
  public RawJson getNullValue(DeserializationContext context) {
    return RawJson.NULL;
  }
}
