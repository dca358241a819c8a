package org.edcop.json3.internal;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import org.edcop.json.format.CopJsonLimits;
import org.edcop.json.format.internal.EngineFailure;
import org.edcop.json.format.internal.EngineFailure.Category;
import org.edcop.json.format.internal.JsonEngine;
import org.edcop.json.format.internal.ParserCursor;
import org.edcop.json.format.internal.TokenCursor;
import org.edcop.json.format.internal.TokenSink;
import org.edcop.json.format.internal.WireWriter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Jackson 3 engine of the shared codec: the hardened parser factory of {@link Mappers}, a
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
    this.mapper = Mappers.mapper(Mappers.factory(limits));
    this.compact = mapper.writer();
    this.indented = mapper.writer().with(Mappers.prettyPrinter());
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
    protected void advance() {
      parser.nextToken();
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
      return thrown instanceof JacksonException jackson
          ? Jackson3Engine.failure(jackson, this)
          : (RuntimeException) thrown; // the calls above throw no checked exception
    }
  }

  /** Classifies a Jackson 3 exception; the only place that looks at their types. */
  private static EngineFailure failure(JacksonException thrown, Cursor at) {
    JacksonException error = thrown;
    // databind wraps the parser's own errors (limits, syntax, number range): use the original
    while (error instanceof DatabindException
        && error.getCause() instanceof JacksonException inner) {
      error = inner;
    }
    Category category;
    Class<?> target = null;
    // the order matters: the first three are kinds of StreamReadException too
    if (error instanceof StreamConstraintsException) {
      category = Category.LIMIT;
    } else if (error instanceof UnexpectedEndOfInputException) {
      category = Category.END_OF_INPUT;
    } else if (error instanceof InputCoercionException) {
      category = Category.NUMBER_RANGE;
    } else if (error instanceof MismatchedInputException mismatch) {
      category = Category.MISMATCH;
      target = mismatch.getTargetType();
    } else if (error instanceof JacksonIOException) {
      category = Category.UNDECODABLE;
    } else if (error instanceof StreamReadException) {
      category = Category.SYNTAX;
    } else {
      category = Category.OTHER;
    }
    String original = String.valueOf(error.getOriginalMessage());
    if (at == null) {
      return ParserCursor.unplaced(category, original, target, error);
    }
    TokenStreamLocation location = error.getLocation();
    if (location == null || location == TokenStreamLocation.NA) {
      location = at.parser.currentLocation();
    }
    return at.located(category, original, target, location.getByteOffset(), error);
  }
}
