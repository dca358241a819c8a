package org.edcop.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.TSFBuilder;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.edcop.json.format.CopJsonLimits;
import org.edcop.json.format.internal.FailureClassifier;
import org.edcop.json.format.internal.JacksonEngine;
import org.edcop.json.format.internal.JacksonSettings;
import org.edcop.json.format.internal.TokenCursor;
import org.edcop.json.format.internal.WireWriter;

/**
 * The Jackson 2 engine of the shared codec, in {@code com.fasterxml.jackson} calls only: the
 * format's parser factory ({@link JacksonSettings}), its parsers behind {@link Jackson2Cursor} and
 * generators behind {@link Jackson2Sink}, and its exception classes for the shared {@link
 * FailureClassifier}. No databind: the shared {@link org.edcop.json.format.internal.WireReader} and
 * {@link WireWriter} stream the tokens.
 */
public final class Jackson2Engine extends JacksonEngine {

  /**
   * The oldest jackson-databind this module supports: the oldest it is tested with (the engine's
   * stream constraints need 2.16; databind reads no cop record since the streaming reader).
   */
  public static final Version MINIMUM = new Version(2, 18, 0, null, "", "");

  /** The generation's enums of the {@link JacksonSettings#families} the format sets. */
  private static final List<Class<? extends Enum<?>>> FAMILIES =
      List.of(StreamReadFeature.class, JsonReadFeature.class, StreamWriteFeature.class);

  private final JsonFactory factory;

  /**
   * Creates the engine.
   *
   * @param limits the limits
   */
  public Jackson2Engine(CopJsonLimits limits) {
    super(limits, () -> Failures.TABLE);
    this.factory = factory(limits);
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
              + " or newer (the oldest version it is tested with), but the class path"
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
  protected TokenCursor parse(byte[] json) throws IOException {
    return new Jackson2Cursor(factory.createParser(json));
  }

  @Override
  public void write(Object wire, Writer out) throws IOException {
    try (JsonGenerator generator = factory.createGenerator(out)) {
      WireWriter.write(wire, new Jackson2Sink(generator));
    }
  }

  /**
   * Where a Jackson 2 exception is, in bytes. Jackson 2 places a control character between tokens
   * one byte after it, Jackson 3 at it: the offset is taken back to the character.
   */
  private static long offset(JsonProcessingException error) {
    JsonLocation location = error.getLocation();
    if (location == null) {
      return FailureClassifier.UNLOCATED;
    }
    boolean control =
        error instanceof JsonParseException
            && String.valueOf(error.getOriginalMessage())
                .startsWith("Illegal character ((CTRL-CHAR");
    return control ? location.getByteOffset() - 1 : location.getByteOffset();
  }

  /**
   * Jackson 2's exception types, in the order of {@link FailureClassifier#CATEGORIES} (Jackson 2
   * has none for undecodable input): the only place that names them, loaded on the first failure.
   */
  static final class Failures {

    static final FailureClassifier<JsonProcessingException> TABLE =
        new FailureClassifier<>(
            JsonProcessingException.class,
            JsonMappingException.class,
            JsonProcessingException::getOriginalMessage,
            Jackson2Engine::offset,
            MismatchedInputException.class,
            MismatchedInputException::getTargetType,
            StreamConstraintsException.class,
            JsonEOFException.class,
            InputCoercionException.class,
            JsonParseException.class);
  }

  /**
   * The format's parser factory ({@link JacksonSettings}) in Jackson 2's classes.
   *
   * @param limits the limits
   * @return the factory
   */
  static JsonFactory factory(CopJsonLimits limits) {
    TSFBuilder<?, ?> builder =
        JsonFactory.builder().disable(JsonFactory.Feature.INTERN_FIELD_NAMES);
    JacksonSettings.configure(builder, StreamReadConstraints.builder(), limits, FAMILIES);
    return builder.build();
  }
}
