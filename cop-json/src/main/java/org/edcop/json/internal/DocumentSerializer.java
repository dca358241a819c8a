package org.edcop.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.edcop.json.format.internal.ModuleBinding;

/**
 * Writes a top-level model value (plan, report, policy) on a user's own mapper through the shared
 * {@link ModuleBinding#write}, to the user's generator.
 *
 * @param <M> the model type
 */
public final class DocumentSerializer<M> extends StdSerializer<M> {

  private static final long serialVersionUID = 1L;

  private final transient ModuleBinding<M> binding;

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
  public void serialize(M value, JsonGenerator generator, SerializerProvider provider)
      throws IOException {
    binding.write(value, new Jackson2Sink(generator));
  }
}
