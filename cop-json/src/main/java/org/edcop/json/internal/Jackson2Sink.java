package org.edcop.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import org.edcop.json.format.internal.GeneratorSink;

/** The Jackson 2 calls behind the shared {@link GeneratorSink}, over one generator. */
final class Jackson2Sink extends GeneratorSink {

  private final JsonGenerator generator;

  Jackson2Sink(JsonGenerator generator) {
    this.generator = generator;
  }

  @Override
  public void startObject() throws IOException {
    generator.writeStartObject();
  }

  @Override
  public void endObject() throws IOException {
    generator.writeEndObject();
  }

  @Override
  public void startArray() throws IOException {
    generator.writeStartArray();
  }

  @Override
  public void endArray() throws IOException {
    generator.writeEndArray();
  }

  @Override
  public void name(String name) throws IOException {
    generator.writeFieldName(name);
  }

  @Override
  public void string(String value) throws IOException {
    generator.writeString(value);
  }

  @Override
  public void string(char[] chars, int offset, int length) throws IOException {
    generator.writeString(chars, offset, length);
  }

  @Override
  protected void integer(int value) throws IOException {
    generator.writeNumber(value);
  }

  @Override
  protected void decimal(BigDecimal value) throws IOException {
    generator.writeNumber(value);
  }

  @Override
  protected void floating(double value) throws IOException {
    generator.writeNumber(value);
  }

  @Override
  public void bool(boolean value) throws IOException {
    generator.writeBoolean(value);
  }

  @Override
  public void raw(String json) throws IOException {
    generator.writeRawValue(json);
  }
}
