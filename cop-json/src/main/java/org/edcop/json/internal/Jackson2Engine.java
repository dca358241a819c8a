package org.edcop.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.io.Writer;
import org.edcop.json.format.CopJsonLimits;
import org.edcop.json.format.internal.EngineFailure;
import org.edcop.json.format.internal.EngineFailure.Category;
import org.edcop.json.format.internal.JsonEngine;
import org.edcop.json.format.internal.JsonToken;
import org.edcop.json.format.internal.ReaderErrors;
import org.edcop.json.format.internal.TokenCursor;

/**
 * The Jackson 2 engine of the shared codec: the hardened parser and mapper of {@link Mappers}, a
 * {@link TokenCursor} over {@code com.fasterxml.jackson} parsers, and the classification of Jackson
 * 2's exceptions.
 */
public final class Jackson2Engine implements JsonEngine {

  /** The oldest jackson-databind this module supports (records with {@code @JsonAnySetter}). */
  public static final Version MINIMUM = new Version(2, 18, 0, null, "", "");

  private final CopJsonLimits limits;
  private final JsonFactory factory;
  private final ObjectMapper mapper;
  private final ObjectWriter compact;
  private final ObjectWriter pretty;

  /**
   * Creates the engine.
   *
   * @param limits the limits
   * @param module the cop module for the mapper
   */
  public Jackson2Engine(CopJsonLimits limits, Module module) {
    this.limits = limits;
    this.factory = Mappers.factory(limits);
    this.mapper = Mappers.mapper(factory, module);
    this.compact = mapper.writer();
    this.pretty = mapper.writer(Mappers.prettyPrinter());
  }

  /**
   * Fails with a clear message when the class path holds a jackson-databind older than {@link
   * #MINIMUM}, which would fail on every document with an unknown property.
   *
   * @param databind the version found, normally {@code PackageVersion.VERSION} of databind
   * @throws IllegalStateException if the version is too old
   */
  public static void requireSupported(Version databind) {
    // Version.compareTo orders by group and artifact first: compare the numbers only
    int major = Integer.compare(databind.getMajorVersion(), MINIMUM.getMajorVersion());
    int minor = Integer.compare(databind.getMinorVersion(), MINIMUM.getMinorVersion());
    if (major < 0 || (major == 0 && minor < 0)) {
      throw new IllegalStateException(
          "cop-json needs jackson-databind "
              + MINIMUM.getMajorVersion()
              + "."
              + MINIMUM.getMinorVersion()
              + " or newer (it reads records with @JsonAnySetter components), but the class path"
              + " holds "
              + databind.getMajorVersion()
              + "."
              + databind.getMinorVersion()
              + "."
              + databind.getPatchLevel()
              + "; upgrade Jackson 2 (for example through the jackson-bom)");
    }
  }

  @Override
  public CopJsonLimits limits() {
    return limits;
  }

  @Override
  public TokenCursor open(byte[] json) {
    try {
      return new Cursor(factory.createParser(json), mapper);
    } catch (IOException e) {
      throw failure(e, null);
    }
  }

  @Override
  public void write(Object wire, Class<?> type, boolean indent, Writer out) throws IOException {
    (indent ? pretty : compact).forType(type).writeValue(out, wire);
  }

  /**
   * A cursor over a Jackson 2 parser.
   *
   * @param parser the parser
   * @param mapper the mapper for {@link #readValue}, or {@code null} if the cursor only walks
   * @return the cursor
   */
  public static TokenCursor cursor(JsonParser parser, ObjectMapper mapper) {
    return new Cursor(parser, mapper);
  }

  private static final class Cursor implements TokenCursor {

    private final JsonParser parser;
    private final ObjectMapper mapper;

    Cursor(JsonParser parser, ObjectMapper mapper) {
      this.parser = parser;
      this.mapper = mapper;
    }

    @Override
    public JsonToken next() {
      try {
        parser.nextToken();
      } catch (IOException e) {
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
        return parser.getText();
      } catch (IOException e) {
        throw failure(e, parser);
      }
    }

    @Override
    public String pointer() {
      JsonStreamContext context = parser.getParsingContext();
      if (parser.currentToken() != null && parser.currentToken().isStructStart()) {
        context = context.getParent();
      }
      return Jackson2Engine.pointer(context);
    }

    @Override
    public long offset() {
      return parser.currentTokenLocation().getByteOffset();
    }

    @Override
    public <W> W readValue(Class<W> type) {
      try {
        return mapper.readValue(parser, type);
      } catch (IOException e) {
        throw failure(e, parser);
      }
    }

    @Override
    public void close() {
      try {
        parser.close();
      } catch (IOException e) {
        throw failure(e, parser);
      }
    }
  }

  private static String pointer(JsonStreamContext context) {
    return context == null ? "" : context.pathAsPointer().toString();
  }

  /** Classifies a Jackson 2 exception; the only place that looks at their types. */
  private static EngineFailure failure(IOException thrown, JsonParser parser) {
    if (!(thrown instanceof JsonProcessingException)) {
      return new EngineFailure(
          Category.UNDECODABLE, thrown.getMessage(), null, null, null, "", -1, thrown);
    }
    JsonProcessingException error = (JsonProcessingException) thrown;
    // databind wraps the parser's own errors (limits, syntax, number range): use the original
    while (error instanceof JsonMappingException
        && error.getCause() instanceof JsonProcessingException inner) {
      error = inner;
    }
    Category category;
    Class<?> target = null;
    if (error instanceof StreamConstraintsException) {
      category = Category.LIMIT;
    } else if (error instanceof JsonEOFException) {
      category = Category.END_OF_INPUT;
    } else if (error instanceof InputCoercionException) {
      category = Category.NUMBER_RANGE;
    } else if (error instanceof MismatchedInputException mismatch) {
      category = Category.MISMATCH;
      target = mismatch.getTargetType();
    } else if (error instanceof JsonParseException) {
      category = Category.SYNTAX;
    } else {
      category = Category.OTHER;
    }
    String original = String.valueOf(error.getOriginalMessage());
    if (parser == null) {
      return new EngineFailure(category, original, target, null, null, "", -1, error);
    }
    JsonLocation location = error.getLocation();
    if (location == null) {
      location = parser.currentLocation();
    }
    if (category == Category.LIMIT
        && ReaderErrors.isTextTooLong(original)
        && parser.currentToken() == com.fasterxml.jackson.core.JsonToken.VALUE_STRING) {
      // Jackson notices part-way through the text, at an offset that depends on its buffers
      location = parser.currentTokenLocation();
    }
    long offset = location.getByteOffset();
    if (category == Category.SYNTAX && original.startsWith("Illegal character ((CTRL-CHAR")) {
      // Jackson 2 places a control character between tokens after it, Jackson 3 at it
      offset--;
    }
    Cursor cursor = new Cursor(parser, null);
    return new EngineFailure(
        category,
        original,
        target,
        cursor.current(),
        parser.getParsingContext().getCurrentName(),
        pointer(parser.getParsingContext()),
        offset,
        error);
  }
}
