package org.edcop.json3.internal;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import org.edcop.json.format.CopJsonLimits;
import org.edcop.json.format.internal.FailureClassifier;
import org.edcop.json.format.internal.GeneratorSink;
import org.edcop.json.format.internal.JacksonEngine;
import org.edcop.json.format.internal.JacksonSettings;
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
import tools.jackson.core.json.JsonFactoryBuilder;
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
public final class Jackson3Engine extends JacksonEngine {

  private final JsonMapper mapper;
  private final ObjectWriter compact;
  private final ObjectWriter indented;

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
    this.compact = mapper.writer();
    this.indented = mapper.writer().with(prettyPrinter());
  }

  @Override
  protected TokenCursor parse(byte[] json) {
    return new Cursor(mapper.createParser(json));
  }

  @Override
  public void write(Object wire, boolean pretty, Writer out) throws IOException {
    try (JsonGenerator generator = (pretty ? indented : compact).createGenerator(out)) {
      WireWriter.write(wire, new Sink(generator));
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }

  /** The Jackson 3 calls behind the shared {@link GeneratorSink}, over one generator. */
  static final class Sink extends GeneratorSink {

    private final JsonGenerator generator;

    Sink(JsonGenerator generator) {
      this.generator = generator;
    }

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
    protected void integer(int value) {
      generator.writeNumber(value);
    }

    @Override
    protected void decimal(BigDecimal value) {
      generator.writeNumber(value);
    }

    @Override
    protected void floating(double value) {
      generator.writeNumber(value);
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

  /** The Jackson 3 calls behind the shared {@link ParserCursor}, over one parser. */
  static final class Cursor extends ParserCursor {

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
    protected long currentOffset() {
      return parser.currentLocation().getByteOffset();
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
    protected FailureClassifier<?> failures() {
      return Failures.TABLE;
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
  private static final class Failures {

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
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(limits.maxNestingDepth())
                    .maxStringLength(limits.maxStringLength())
                    .maxNameLength(ReaderErrors.MAX_NAME_LENGTH)
                    .maxDocumentLength(limits.maxDocumentBytes())
                    .maxNumberLength(ReaderErrors.MAX_NUMBER_LENGTH)
                    .build())
            .disable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES);
    JacksonSettings.features(StreamReadFeature.class).forEach(builder::configure);
    JacksonSettings.features(JsonReadFeature.class).forEach(builder::configure);
    JacksonSettings.features(StreamWriteFeature.class).forEach(builder::configure);
    return builder.build();
  }

  /**
   * The format's pretty printer ({@link JacksonSettings}) in Jackson 3's classes.
   *
   * @return a new pretty printer
   */
  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter =
        new DefaultIndenter(JacksonSettings.INDENT, JacksonSettings.LINE_END);
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withRootSeparator(JacksonSettings.ROOT_SEPARATOR));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }
}
