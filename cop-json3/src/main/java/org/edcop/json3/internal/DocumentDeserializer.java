package org.edcop.json3.internal;

import org.edcop.json.format.CopJsonException;
import org.edcop.json.format.internal.ModuleBinding;
import org.edcop.json.format.internal.ModuleBinding.Refusals;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Reads a top-level model value (plan, report, policy) on a user's own mapper through the shared
 * {@link ModuleBinding#read}: the parser's own errors reach the user unchanged, a value of the
 * wrong JSON type is a {@link MismatchedInputException}, and a problem the mapping finds a {@link
 * DatabindException} carrying the typed {@link CopJsonException} (pointer inside the document) as
 * its cause.
 *
 * @param <M> the model type
 */
public final class DocumentDeserializer<M> extends StdDeserializer<M> {

  private static final Refusals<JsonParser, JacksonException> REFUSALS =
      new Refusals<>(
          JacksonException.class, MismatchedInputException::from, DatabindException::from);

  private final ModuleBinding<M> binding;
  private final boolean strict;

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
  public M deserialize(JsonParser parser, DeserializationContext context) {
    return binding.read(new Jackson3Cursor(parser), strict, parser, REFUSALS);
  }
}
