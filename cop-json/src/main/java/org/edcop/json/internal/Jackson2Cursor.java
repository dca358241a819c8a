package org.edcop.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import org.edcop.json.format.internal.FailureClassifier;
import org.edcop.json.format.internal.ParserCursor;

/** The Jackson 2 calls behind the shared {@link ParserCursor}, over one parser. */
final class Jackson2Cursor extends ParserCursor {

  private final JsonParser parser;

  Jackson2Cursor(JsonParser parser) {
    this.parser = parser;
  }

  @Override
  protected Enum<?> advance() throws IOException {
    return parser.nextToken();
  }

  @Override
  protected Object prepareName(String name) {
    return new SerializedString(name);
  }

  @Override
  protected boolean advanceToName(Object prepared) throws IOException {
    return parser.nextFieldName((SerializedString) prepared);
  }

  @Override
  protected Enum<?> jacksonToken() {
    return parser.currentToken();
  }

  @Override
  protected String decodedText() throws IOException {
    return parser.getText();
  }

  @Override
  protected char[] decodedCharacters() throws IOException {
    return parser.getTextCharacters();
  }

  @Override
  protected int decodedOffset() throws IOException {
    return parser.getTextOffset();
  }

  @Override
  protected int decodedLength() throws IOException {
    return parser.getTextLength();
  }

  @Override
  protected String contextPointer(boolean parent) {
    JsonStreamContext context = parser.getParsingContext();
    context = parent && context != null ? context.getParent() : context;
    return context == null ? "" : context.pathAsPointer().toString();
  }

  @Override
  protected String contextName() {
    return parser.getParsingContext().getCurrentName();
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
  protected Number convert(Class<? extends Number> type) throws IOException {
    if (type == Integer.class) {
      return parser.getIntValue();
    }
    return type == Double.class ? parser.getDoubleValue() : parser.getDecimalValue();
  }

  @Override
  protected void release() throws IOException {
    parser.close();
  }

  @Override
  protected FailureClassifier<?> failures() {
    return Jackson2Engine.Failures.TABLE;
  }
}
