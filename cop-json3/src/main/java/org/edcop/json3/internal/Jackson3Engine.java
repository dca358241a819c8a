package org.edcop.json3.internal;

import java.io.IOException;
import java.io.Writer;
import org.edcop.json.format.CopJsonLimits;
import org.edcop.json.format.internal.EngineFailure;
import org.edcop.json.format.internal.EngineFailure.Category;
import org.edcop.json.format.internal.JsonEngine;
import org.edcop.json.format.internal.JsonToken;
import org.edcop.json.format.internal.ReaderErrors;
import org.edcop.json.format.internal.TokenCursor;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Jackson 3 engine of the shared codec: the hardened mapper of {@link Mappers}, a {@link
 * TokenCursor} over {@code tools.jackson} parsers, and the classification of Jackson 3's
 * exceptions.
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
   * @param module the cop module for the mapper
   */
  public Jackson3Engine(CopJsonLimits limits, JacksonModule module) {
    this.limits = limits;
    this.mapper = Mappers.mapper(Mappers.factory(limits), module);
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
      return new Cursor(mapper.createParser(json), mapper);
    } catch (JacksonException e) {
      throw failure(e, null);
    }
  }

  @Override
  public void write(Object wire, Class<?> type, boolean pretty, Writer out) throws IOException {
    try {
      (pretty ? indented : compact).forType(type).writeValue(out, wire);
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }

  /**
   * A cursor over a Jackson 3 parser.
   *
   * @param parser the parser
   * @param mapper the mapper for {@link TokenCursor#readValue}, or {@code null} to walk only
   * @return the cursor
   */
  public static TokenCursor cursor(JsonParser parser, JsonMapper mapper) {
    return new Cursor(parser, mapper);
  }

  private static final class Cursor implements TokenCursor {

    private final JsonParser parser;
    private final JsonMapper mapper;

    Cursor(JsonParser parser, JsonMapper mapper) {
      this.parser = parser;
      this.mapper = mapper;
    }

    @Override
    public JsonToken next() {
      try {
        parser.nextToken();
      } catch (JacksonException e) {
        throw failure(e, parser);
      }
      return current();
    }

    @Override
    public JsonToken current() {
      return JsonToken.of(parser.currentToken());
    }

    @Override
    public String text() {
      try {
        // a number's lexeme as written, so 2.50 stays 2.50
        return parser.getString();
      } catch (JacksonException e) {
        throw failure(e, parser);
      }
    }

    @Override
    public String pointer() {
      TokenStreamContext context = parser.streamReadContext();
      if (parser.currentToken() != null && parser.currentToken().isStructStart()) {
        context = context.getParent();
      }
      return Jackson3Engine.pointer(context);
    }

    @Override
    public long offset() {
      return parser.currentTokenLocation().getByteOffset();
    }

    @Override
    public <W> W readValue(Class<W> type) {
      try {
        return mapper.readValue(parser, type);
      } catch (JacksonException e) {
        throw failure(e, parser);
      }
    }

    @Override
    public void close() {
      try {
        parser.close();
      } catch (JacksonException e) {
        throw failure(e, parser);
      }
    }
  }

  private static String pointer(TokenStreamContext context) {
    return context == null ? "" : context.pathAsPointer().toString();
  }

  /** Classifies a Jackson 3 exception; the only place that looks at their types. */
  private static EngineFailure failure(JacksonException thrown, JsonParser parser) {
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
    if (parser == null) {
      return new EngineFailure(category, original, target, null, null, "", -1, error);
    }
    TokenStreamLocation location = error.getLocation();
    if (location == null || location == TokenStreamLocation.NA) {
      location = parser.currentLocation();
    }
    if (category == Category.LIMIT
        && ReaderErrors.isTextTooLong(original)
        && parser.currentToken() == tools.jackson.core.JsonToken.VALUE_STRING) {
      // Jackson notices part-way through the text, at an offset that depends on its buffers
      location = parser.currentTokenLocation();
    }
    Cursor cursor = new Cursor(parser, null);
    return new EngineFailure(
        category,
        original,
        target,
        cursor.current(),
        parser.streamReadContext().currentName(),
        pointer(parser.streamReadContext()),
        location.getByteOffset(),
        error);
  }
}
