package org.edcop.json3.internal;

import org.edcop.json.format.internal.RawJson;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes the value of an unknown property back exactly as it was kept. */
public final class RawJsonSerializer extends StdSerializer<RawJson> {

  /** Creates the serializer. */
  public RawJsonSerializer() {
    super(RawJson.class);
  }

  @Override
  public void serialize(RawJson value, JsonGenerator generator, SerializationContext context) {
    generator.writeRawValue(value.text());
  }
}
