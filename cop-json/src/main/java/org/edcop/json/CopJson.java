package org.edcop.json;

import com.fasterxml.jackson.databind.cfg.PackageVersion;
import org.edcop.json.format.CopJsonCodec;
import org.edcop.json.format.CopJsonException;
import org.edcop.json.format.CopJsonLimits;
import org.edcop.json.format.internal.CodecBuilder;
import org.edcop.json.format.internal.SharedCodec;
import org.edcop.json.internal.Jackson2Engine;

/**
 * The cop JSON codec on Jackson 2 ({@code com.fasterxml.jackson}, 2.18 or newer): reads and writes
 * plans, validation reports and validation policies as described by {@link CopJsonCodec}, which it
 * implements with the same shared code as the Jackson 3 facade {@code org.edcop.json3.CopJson3}.
 * Bad input raises one {@link CopJsonException}; the limits are {@link CopJsonLimits}.
 *
 * <pre>{@code
 * CopJsonCodec json = CopJson.defaults();
 * CommunityOfPractice plan = json.readPlan(Path.of("plan.json"));
 * String text = json.writePlanPretty(plan);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; build one and share it.
 *
 * @since 0.1.0
 */
public final class CopJson extends SharedCodec {

  private static final CopJson DEFAULTS = builder().build();

  private CopJson(CopJsonLimits limits, boolean strict) {
    super(engine(limits), strict);
  }

  private static Jackson2Engine engine(CopJsonLimits limits) {
    Jackson2Engine.requireSupported(PackageVersion.VERSION);
    return new Jackson2Engine(limits);
  }

  /**
   * The shared reader and writer with the default limits, keeping unknown properties.
   *
   * @return the default instance
   */
  public static CopJson defaults() {
    return DEFAULTS;
  }

  /**
   * Starts a builder, initialised to the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link CopJson} with other limits or in strict mode.
   *
   * @since 0.1.0
   */
  public static final class Builder extends CodecBuilder<Builder, CopJson> {

    private Builder() {}

    @Override
    public CopJson build() {
      return new CopJson(limits(), isStrict());
    }
  }
}
