package org.edcop.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import org.edcop.json.format.internal.RawJson;
import org.edcop.json.format.internal.RawJsonText;

/**
 * Reads the value of an unknown property token by token into its canonical text, keeping numbers
 * exactly as written. Nesting is bounded by the parser's own depth limit.
 */
public final class RawJsonDeserializer extends StdDeserializer<RawJson> {

  private static final long serialVersionUID = 1L;

  /** Creates the deserializer. */
  public RawJsonDeserializer() {
    super(RawJson.class);
  }

  @Override
  public RawJson deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    RawJsonText text = new RawJsonText();
    copy(parser, text);
    return text.toRawJson();
  }

  @Override
  public RawJson getNullValue(DeserializationContext context) {
    return RawJson.NULL;
  }

  private static void copy(JsonParser parser, RawJsonText text) throws IOException {
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
        case FIELD_NAME -> text.name(parser.currentName());
        case VALUE_STRING -> text.string(parser.getText());
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE, VALUE_NULL ->
            text.literal(parser.getText());
        default -> throw new IllegalStateException("unexpected token " + token);
      }
      if (depth == 0) {
        return;
      }
      token = parser.nextToken();
      if (token == null) {
        // the parser reports the end of input itself before this happens
        throw new IllegalStateException("the document ends inside a value");
      }
    }
  }
}
