package org.edcop.json3.internal;

import org.edcop.json.format.internal.RawJson;
import org.edcop.json.format.internal.RawJsonText;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads the value of an unknown property, token by token, into its canonical text; numbers keep the
 * digits they were written with. How deep the value may nest is bounded by the parser's own depth
 * limit.
 */
public final class RawJsonDeserializer extends StdDeserializer<RawJson> {

  /** Creates the deserializer. */
  public RawJsonDeserializer() {
    super(RawJson.class);
  }

  @Override
  public RawJson deserialize(JsonParser parser, DeserializationContext context) {
    RawJsonText text = new RawJsonText();
    int depth = 0;
    JsonToken token = parser.currentToken();
    while (true) {
      switch (token) {
        case START_OBJECT -> {
          text.startObject();
          depth++;
        }
        case START_ARRAY -> {
          text.startArray();
          depth++;
        }
        case END_OBJECT -> {
          text.endObject();
          depth--;
        }
        case END_ARRAY -> {
          text.endArray();
          depth--;
        }
        case PROPERTY_NAME -> text.name(parser.currentName());
        case VALUE_STRING -> text.string(parser.getString());
        // getString() gives a number's lexeme as written, so 2.50 stays 2.50
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE, VALUE_NULL ->
            text.literal(parser.getString());
        default -> throw new IllegalStateException("unexpected token " + token);
      }
      if (depth == 0) {
        return text.toRawJson();
      }
      token = parser.nextToken();
      if (token == null) {
        // the parser reports the end of input itself before this can happen
        throw new IllegalStateException("the document ends inside a value");
      }
    }
  }

  @Override
  public RawJson getNullValue(DeserializationContext context) {
    return RawJson.NULL;
  }
}
