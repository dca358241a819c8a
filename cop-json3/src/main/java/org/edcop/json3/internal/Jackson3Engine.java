package org.edcop.json3.internal;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Map;
import org.edcop.json.format.CopJsonLimits;
import org.edcop.json.format.internal.EngineFailure.Category;
import org.edcop.json.format.internal.FailureClassifier;
import org.edcop.json.format.internal.JsonEngine;
import org.edcop.json.format.internal.ParserCursor;
import org.edcop.json.format.internal.ReaderErrors;
import org.edcop.json.format.internal.TokenCursor;
import org.edcop.json.format.internal.TokenSink;
import org.edcop.json.format.internal.WireWriter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Jackson 3 engine of the shared codec: the hardened parser factory and the pretty printer, a
 * {@link TokenCursor} over {@code tools.jackson} parsers, a {@link TokenSink} over its generators,
 * and the classification of Jackson 3's exceptions. No databind: the shared {@link
 * org.edcop.json.format.internal.WireReader} and {@link WireWriter} stream the tokens.
 */
public final class Jackson3Engine implements JsonEngine {

  private final CopJsonLimits limits;
  private final JsonMapper mapper;
  private final ObjectWriter compact;
  private final ObjectWriter indented;

  /**
   * Creates the engine.
   *
   * @param limits the limits
   */
  public Jackson3Engine(CopJsonLimits limits) {
    this.limits = limits;
    // the mapper only creates parsers and generators: the shared reader and writer stream the
    // tokens
    this.mapper = JsonMapper.builder(factory(limits)).build();
    this.compact = mapper.writer();
    this.indented = mapper.writer().with(prettyPrinter());
  }

  @Override
  public CopJsonLimits limits() {
    return limits;
  }

  @Override
  public TokenCursor open(byte[] json) {
    try {
      return new Cursor(mapper.createParser(json));
    } catch (JacksonException e) {
      throw failure(e, null);
    }
  }

  @Override
  public void write(Object wire, boolean pretty, Writer out) throws IOException {
    try (JsonGenerator generator = (pretty ? indented : compact).createGenerator(out)) {
      WireWriter.write(wire, sink(generator));
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }

  /**
   * A cursor over a Jackson 3 parser.
   *
   * @param parser the parser
   * @return the cursor
   */
  public static TokenCursor cursor(JsonParser parser) {
    return new Cursor(parser);
  }

  /**
   * A sink over a Jackson 3 generator.
   *
   * @param generator the generator
   * @return the sink
   */
  public static TokenSink sink(JsonGenerator generator) {
    return new Sink(generator);
  }

  /** The Jackson 3 calls behind {@link TokenSink}. */
  private record Sink(JsonGenerator generator) implements TokenSink {

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
    public void number(Number value) {
      if (value instanceof Integer whole) {
        generator.writeNumber(whole);
      } else if (value instanceof BigDecimal decimal) {
        generator.writeNumber(decimal);
      } else {
        generator.writeNumber(value.doubleValue());
      }
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

  /** The Jackson 3 calls behind the shared {@link ParserCursor}. */
  private static final class Cursor extends ParserCursor {

    private final JsonParser parser;

    Cursor(JsonParser parser) {
      this.parser = parser;
    }

    @Override
    protected Enum<?> advance() {
      return parser.nextToken();
    }

    @Override
    protected Object prepareName(String name) {
      return new SerializedString(name);
    }

    @Override
    protected boolean advanceToName(Object prepared) {
      return parser.nextName((SerializedString) prepared);
    }

    @Override
    protected Enum<?> jacksonToken() {
      return parser.currentToken();
    }

    @Override
    protected String decodedText() {
      return parser.getString();
    }

    @Override
    protected char[] decodedCharacters() {
      return parser.getStringCharacters();
    }

    @Override
    protected int decodedOffset() {
      return parser.getStringOffset();
    }

    @Override
    protected int decodedLength() {
      return parser.getStringLength();
    }

    @Override
    protected String contextPointer(boolean parent) {
      TokenStreamContext context = parser.streamReadContext();
      context = parent && context != null ? context.getParent() : context;
      return context == null ? "" : context.pathAsPointer().toString();
    }

    @Override
    protected String contextName() {
      return parser.streamReadContext().currentName();
    }

    @Override
    protected long tokenOffset() {
      return parser.currentTokenLocation().getByteOffset();
    }

    @Override
    protected Number convert(Class<? extends Number> type) {
      if (type == Integer.class) {
        return parser.getIntValue();
      }
      return type == Double.class ? parser.getDoubleValue() : parser.getDecimalValue();
    }

    @Override
    protected void release() {
      parser.close();
    }

    @Override
    protected RuntimeException failure(Exception thrown) {
      return Jackson3Engine.failure(thrown, this);
    }
  }

  /** Classifies a Jackson 3 exception, with the shared steps of {@link FailureClassifier}. */
  private static RuntimeException failure(Exception thrown, Cursor at) {
    return Failures.TABLE.classify(thrown, at, error -> offset(error, at.parser));
  }

  /** Where a Jackson 3 exception is, in bytes. */
  private static long offset(JacksonException error, JsonParser parser) {
    TokenStreamLocation location = error.getLocation();
    if (location == null || location == TokenStreamLocation.NA) {
      location = parser.currentLocation();
    }
    return location.getByteOffset();
  }

  /** Jackson 3's exception types: the only place that names them, loaded on the first failure. */
  private static final class Failures {

    static final FailureClassifier<JacksonException> TABLE =
        new FailureClassifier<>(
            JacksonException.class,
            DatabindException.class,
            JacksonException::getOriginalMessage,
            MismatchedInputException.class,
            MismatchedInputException::getTargetType,
            Map.of(
                // the first three are kinds of StreamReadException: the nearest class wins
                StreamConstraintsException.class, Category.LIMIT,
                UnexpectedEndOfInputException.class, Category.END_OF_INPUT,
                InputCoercionException.class, Category.NUMBER_RANGE,
                JacksonIOException.class, Category.UNDECODABLE,
                StreamReadException.class, Category.SYNTAX));
  }

  /**
   * A parser factory that enforces the limits (depth, text, name and number length, document size)
   * and never closes the caller's streams; repeated property names are refused by the shared
   * readers, which check them more cheaply than Jackson's own detector. Where Jackson 3's defaults
   * differ from Jackson 2's, the setting is spelled out so that both engines behave alike (see
   * docs/adr/0003-jackson-3.md).
   *
   * @param limits the limits
   * @return the factory
   */
  private static JsonFactory factory(CopJsonLimits limits) {
    return JsonFactory.builder()
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(ReaderErrors.MAX_NAME_LENGTH)
                .maxDocumentLength(limits.maxDocumentBytes())
                .maxNumberLength(ReaderErrors.MAX_NUMBER_LENGTH)
                .build())
        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .disable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .enable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
        .build();
  }

  /**
   * The pretty printer of the format: two spaces per level, {@code "name": value}, one element per
   * line, {@code \n} line ends on every platform, nothing between root values.
   *
   * @return a new pretty printer
   */
  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withRootSeparator(""));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }
}
