package org.edcop.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import org.edcop.json.format.internal.EngineFailure;
import org.edcop.json.format.internal.RawJson;
import org.edcop.json.format.internal.RawJsonText;

/**
 * Reads the value of an unknown property into its canonical text (shared {@link RawJsonText#copy}),
 * keeping numbers exactly as written.
 */
public final class RawJsonDeserializer extends StdDeserializer<RawJson> {

  private static final long serialVersionUID = 1L;

  /** Creates the deserializer. */
  public RawJsonDeserializer() {
    super(RawJson.class);
  }

  @Override
  public RawJson deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    try {
      return RawJsonText.copy(Jackson2Engine.cursor(parser, null));
    } catch (EngineFailure failure) {
      // on a user's mapper, the user sees Jackson's own exception
      throw (IOException) failure.getCause();
    }
  }

  @Override
  public RawJson getNullValue(DeserializationContext context) {
    return RawJson.NULL;
  }
}
