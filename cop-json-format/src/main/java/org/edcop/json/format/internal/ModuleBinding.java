package org.edcop.json.format.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.edcop.json.format.CopJsonException;

/**
 * One class a Jackson module registers a serializer and a deserializer for, with the kind of
 * document it stands for. {@link #all} is the table both generations' modules iterate, and {@link
 * #read} and {@link #write} are what their serializers and deserializers call on a user's own
 * mapper, so that what happens there (the shared reader and mapping, which error surfaces as which
 * Jackson exception, the shared writer) is decided once. A generation supplies only its cursor, its
 * sink and its exception factories.
 *
 * @param <M> the model type
 */
public final class ModuleBinding<M> {

  private static final List<ModuleBinding<?>> ALL = table();

  private final Class<M> type;
  private final WireDocument<M, ?> document;

  private ModuleBinding(Class<M> type, WireDocument<M, ?> document) {
    this.type = type;
    this.document = document;
  }

  /**
   * Every class a module registers: for each kind of document, its model interface and its
   * Immutables class, so that a mapper asked for either finds the format.
   *
   * @return the bindings, one a class
   */
  public static List<ModuleBinding<?>> all() {
    return ALL;
  }

  private static List<ModuleBinding<?>> table() {
    List<ModuleBinding<?>> bindings = new ArrayList<>();
    for (WireDocument<?, ?> document : WireDocument.all()) {
      addEach(document, bindings);
    }
    return List.copyOf(bindings);
  }

  @SuppressWarnings("unchecked") // the mapping builds values of exactly these classes
  private static <M> void addEach(WireDocument<M, ?> document, List<ModuleBinding<?>> bindings) {
    for (Class<? extends M> type : document.modelTypes()) {
      bindings.add(new ModuleBinding<>((Class<M>) type, document));
    }
  }

  /**
   * The class registered.
   *
   * @return the class
   */
  public Class<M> type() {
    return type;
  }

  /**
   * The model's public type, which the serializer and the deserializer say they handle.
   *
   * @return the type
   */
  public Class<M> modelType() {
    return document.modelType();
  }

  /**
   * Reads the document that starts at the cursor into the model, on a user's mapper. The parser's
   * own errors reach the user as they are; a value of the wrong JSON type and a problem the mapping
   * finds become the generation's exceptions, with the same messages for both generations.
   *
   * @param cursor the cursor over the user's parser, on the document's first token
   * @param strict whether unknown properties are rejected
   * @param parser the user's parser, for the generation's exceptions
   * @param refusals the generation's exceptions
   * @param <P> the generation's parser type
   * @param <X> the generation's exception type
   * @return the model value
   * @throws X for every problem
   */
  public <P, X extends Exception> M read(
      TokenCursor cursor, boolean strict, P parser, Refusals<P, X> refusals) throws X {
    try {
      return document.read(cursor, strict);
    } catch (EngineFailure failure) {
      if (refusals.parserErrors().isInstance(failure.getCause())) {
        throw refusals.parserErrors().cast(failure.getCause());
      }
      throw refusals.wrongType().create(parser, failure.target(), document.describe(failure));
    } catch (CopJsonException e) {
      throw refusals.invalid().create(parser, document.describe(e), e);
    }
  }

  /**
   * Writes a model value with the shared writer, on a user's mapper.
   *
   * @param value the value
   * @param sink the sink over the user's generator
   * @throws IOException if the target fails
   */
  public void write(M value, TokenSink sink) throws IOException {
    WireWriter.write(document.write(value), sink);
  }

  /**
   * The exceptions of one generation that {@link #read} raises on a user's mapper.
   *
   * @param parserErrors the generation's exception type: a parser error of this type is rethrown
   * @param wrongType the exception for a value of the wrong JSON type
   * @param invalid the exception for a problem the mapping finds, with the typed error as cause
   * @param <P> the generation's parser type
   * @param <X> the generation's exception type
   */
  public record Refusals<P, X extends Exception>(
      Class<X> parserErrors,
      WrongType<P, ? extends X> wrongType,
      Invalid<P, ? extends X> invalid) {}

  /**
   * Creates the exception for a value of the wrong JSON type, like Jackson's {@code
   * MismatchedInputException.from}.
   *
   * @param <P> the parser type
   * @param <X> the exception type
   */
  @FunctionalInterface
  public interface WrongType<P, X> {

    /**
     * Creates the exception.
     *
     * @param parser the parser
     * @param target the Java type wanted
     * @param message the message
     * @return the exception
     */
    X create(P parser, Class<?> target, String message);
  }

  /**
   * Creates the exception for a problem the mapping finds, like Jackson's {@code
   * DatabindException.from}.
   *
   * @param <P> the parser type
   * @param <X> the exception type
   */
  @FunctionalInterface
  public interface Invalid<P, X> {

    /**
     * Creates the exception.
     *
     * @param parser the parser
     * @param message the message
     * @param cause the typed error
     * @return the exception
     */
    X create(P parser, String message, Throwable cause);
  }
}
