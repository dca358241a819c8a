package org.edcop.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.edcop.json.format.internal.RawJson;

/** Writes the value of an unknown property back exactly as it was kept. */
public final class RawJsonSerializer extends StdSerializer<RawJson> {

  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  public RawJsonSerializer() {
    super(RawJson.class);
  }

  @Override
  public void serialize(RawJson value, JsonGenerator generator, SerializerProvider provider)
      throws IOException {
    generator.writeRawValue(value.text());
  }
}
