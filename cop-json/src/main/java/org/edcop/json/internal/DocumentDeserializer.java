package org.edcop.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import org.edcop.json.format.CopJsonException;
import org.edcop.json.format.internal.ModuleBinding;
import org.edcop.json.format.internal.ModuleBinding.Refusals;

/**
 * Reads a top-level model value (plan, report, policy) on a user's own mapper through the shared
 * {@link ModuleBinding#read}: the parser's own errors reach the user as they are; a value of the
 * wrong JSON type is a {@link MismatchedInputException}; a mapping problem a {@link
 * JsonMappingException} whose cause is the typed {@link CopJsonException} with the pointer inside
 * the document.
 *
 * @param <M> the model type
 */
public final class DocumentDeserializer<M> extends StdDeserializer<M> {

  private static final long serialVersionUID = 1L;

  private static final Refusals<JsonParser, IOException> REFUSALS =
      new Refusals<>(IOException.class, MismatchedInputException::from, JsonMappingException::from);

  private final boolean strict;
  private final transient ModuleBinding<M> binding;

  /**
   * Creates the deserializer for one registered class.
   *
   * @param binding the class and its kind of document
   * @param strict whether unknown properties are rejected
   */
  public DocumentDeserializer(ModuleBinding<M> binding, boolean strict) {
    super(binding.modelType());
    this.binding = binding;
    this.strict = strict;
  }

  @Override
  public M deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    return binding.read(new Jackson2Cursor(parser), strict, parser, REFUSALS);
  }
}
