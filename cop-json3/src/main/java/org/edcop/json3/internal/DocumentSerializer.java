package org.edcop.json3.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.edcop.json.format.internal.ModuleBinding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a top-level model value (plan, report, policy) through the shared {@link
 * ModuleBinding#write}, to the user's generator.
 *
 * @param <M> the model type
 */
public final class DocumentSerializer<M> extends StdSerializer<M> {

  private final ModuleBinding<M> binding;

  /**
   * Creates the serializer for one registered class.
   *
   * @param binding the class and its kind of document
   */
  public DocumentSerializer(ModuleBinding<M> binding) {
    super(binding.modelType());
    this.binding = binding;
  }

  @Override
  public void serialize(M value, JsonGenerator generator, SerializationContext context) {
    try {
      binding.write(value, new Jackson3Sink(generator));
    } catch (IOException unreachable) {
      // the Jackson 3 sink throws only Jackson's unchecked exceptions
      throw new UncheckedIOException(unreachable);
    }
  }
}
