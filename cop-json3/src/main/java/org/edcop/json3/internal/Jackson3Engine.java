package org.edcop.json3.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.edcop.json.format.CopJsonLimits;
import org.edcop.json.format.internal.FailureClassifier;
import org.edcop.json.format.internal.JacksonEngine;
import org.edcop.json.format.internal.JacksonSettings;
import org.edcop.json.format.internal.TokenCursor;
import org.edcop.json.format.internal.WireWriter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonFactoryBuilder;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Jackson 3 engine of the shared codec, in {@code tools.jackson} calls only: the format's
 * parser factory and pretty printer ({@link JacksonSettings}), its parsers behind {@link
 * Jackson3Cursor} and generators behind {@link Jackson3Sink}, and its exception classes for the
 * shared {@link FailureClassifier}. No databind: the shared {@link
 * org.edcop.json.format.internal.WireReader} and {@link WireWriter} stream the tokens.
 */
public final class Jackson3Engine extends JacksonEngine {

  /** The generation's enums of the {@link JacksonSettings#families} the format sets. */
  private static final List<Class<? extends Enum<?>>> FAMILIES =
      List.of(StreamReadFeature.class, JsonReadFeature.class, StreamWriteFeature.class);

  private final JsonMapper mapper;

  /**
   * Creates the engine.
   *
   * @param limits the limits
   */
  public Jackson3Engine(CopJsonLimits limits) {
    super(limits, () -> Failures.TABLE);
    // the mapper only creates parsers and generators: the shared reader and writer stream the
    // tokens
    this.mapper = JsonMapper.builder(factory(limits)).build();
  }

  @Override
  protected TokenCursor parse(byte[] json) {
    return new Jackson3Cursor(mapper.createParser(json));
  }

  @Override
  public void write(Object wire, Writer out) throws IOException {
    try (JsonGenerator generator = mapper.createGenerator(out)) {
      WireWriter.write(wire, new Jackson3Sink(generator));
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }

  /** Where a Jackson 3 exception is, in bytes ({@code NA} is Jackson 3's "no location"). */
  private static long offset(JacksonException error) {
    TokenStreamLocation location = error.getLocation();
    return location == null || location == TokenStreamLocation.NA
        ? FailureClassifier.UNLOCATED
        : location.getByteOffset();
  }

  /**
   * Jackson 3's exception types, in the order of {@link FailureClassifier#CATEGORIES}: the only
   * place that names them, loaded on the first failure. The first three are kinds of {@code
   * StreamReadException}, whose own category is the syntax's: the nearest class wins.
   */
  static final class Failures {

    static final FailureClassifier<JacksonException> TABLE =
        new FailureClassifier<>(
            JacksonException.class,
            DatabindException.class,
            JacksonException::getOriginalMessage,
            Jackson3Engine::offset,
            MismatchedInputException.class,
            MismatchedInputException::getTargetType,
            StreamConstraintsException.class,
            UnexpectedEndOfInputException.class,
            InputCoercionException.class,
            StreamReadException.class,
            JacksonIOException.class);
  }

  /**
   * The format's parser factory ({@link JacksonSettings}) in Jackson 3's classes.
   *
   * @param limits the limits
   * @return the factory
   */
  static JsonFactory factory(CopJsonLimits limits) {
    JsonFactoryBuilder builder =
        JsonFactory.builder().disable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES);
    JacksonSettings.configure(builder, StreamReadConstraints.builder(), limits, FAMILIES);
    return builder.build();
  }
}
