package org.edcop.json3.internal;

import org.edcop.json.format.internal.FailureClassifier;
import org.edcop.json.format.internal.ParserCursor;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.io.SerializedString;

/** The Jackson 3 calls behind the shared {@link ParserCursor}, over one parser. */
final class Jackson3Cursor extends ParserCursor {

  private final JsonParser parser;

  Jackson3Cursor(JsonParser parser) {
    this.parser = parser;
  }

  @Override
  protected Enum<?> advance() {
    return parser.nextToken();
  }

  @Override
  protected Object prepareName(String name) {
    return new SerializedString(name);
  }

  @Override
  protected boolean advanceToName(Object prepared) {
    return parser.nextName((SerializedString) prepared);
  }

  @Override
  protected Enum<?> jacksonToken() {
    return parser.currentToken();
  }

  @Override
  protected String decodedText() {
    return parser.getString();
  }

  @Override
  protected char[] decodedCharacters() {
    return parser.getStringCharacters();
  }

  @Override
  protected int decodedOffset() {
    return parser.getStringOffset();
  }

  @Override
  protected int decodedLength() {
    return parser.getStringLength();
  }

  @Override
  protected String contextPointer(boolean parent) {
    TokenStreamContext context = parser.streamReadContext();
    context = parent && context != null ? context.getParent() : context;
    return context == null ? "" : context.pathAsPointer().toString();
  }

  @Override
  protected String contextName() {
    return parser.streamReadContext().currentName();
  }

  @Override
  protected long tokenOffset() {
    return parser.currentTokenLocation().getByteOffset();
  }

  @Override
  protected long currentOffset() {
    return parser.currentLocation().getByteOffset();
  }

  @Override
  protected Number convert(Class<? extends Number> type) {
    if (type == Integer.class) {
      return parser.getIntValue();
    }
    return type == Double.class ? parser.getDoubleValue() : parser.getDecimalValue();
  }

  @Override
  protected void release() {
    parser.close();
  }

  @Override
  protected FailureClassifier<?> failures() {
    return Jackson3Engine.Failures.TABLE;
  }
}
