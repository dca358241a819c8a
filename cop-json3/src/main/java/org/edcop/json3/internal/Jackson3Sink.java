package org.edcop.json3.internal;

import java.math.BigDecimal;
import org.edcop.json.format.internal.GeneratorSink;
import tools.jackson.core.JsonGenerator;

/** The Jackson 3 calls behind the shared {@link GeneratorSink}, over one generator. */
final class Jackson3Sink extends GeneratorSink {

  private final JsonGenerator generator;

  Jackson3Sink(JsonGenerator generator) {
    this.generator = generator;
  }

  @Override
  public void startObject() {
    generator.writeStartObject();
  }

  @Override
  public void endObject() {
    generator.writeEndObject();
  }

  @Override
  public void startArray() {
    generator.writeStartArray();
  }

  @Override
  public void endArray() {
    generator.writeEndArray();
  }

  @Override
  public void name(String name) {
    generator.writeName(name);
  }

  @Override
  public void string(String value) {
    generator.writeString(value);
  }

  @Override
  public void string(char[] chars, int offset, int length) {
    generator.writeString(chars, offset, length);
  }

  @Override
  protected void integer(int value) {
    generator.writeNumber(value);
  }

  @Override
  protected void decimal(BigDecimal value) {
    generator.writeNumber(value);
  }

  @Override
  protected void floating(double value) {
    generator.writeNumber(value);
  }

  @Override
  public void bool(boolean value) {
    generator.writeBoolean(value);
  }

  @Override
  public void raw(String json) {
    generator.writeRawValue(json);
  }
}
