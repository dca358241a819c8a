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

  private CopJson(CopJsonLimits limits, boolean strict) {
    super(new Jackson2Engine(limits), strict);
  }

  /**
   * The shared reader and writer with the default limits, keeping unknown properties.
   *
   * @return the default instance
   * @throws IllegalStateException if the class path holds a Jackson 2 older than 2.18
   */
  public static CopJson defaults() {
    Jackson2Engine.requireSupported(PackageVersion.VERSION);
    return Defaults.INSTANCE;
  }

  /**
   * Starts a builder, initialised to the defaults.
   *
   * @return a new builder
   * @throws IllegalStateException if the class path holds a Jackson 2 older than 2.18
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

    private Builder() {
      Jackson2Engine.requireSupported(PackageVersion.VERSION);
    }

    @Override
    public CopJson build() {
      return new CopJson(limits(), isStrict());
    }
  }

  /**
   * The default instance, built on first use: nothing of Jackson runs while {@code CopJson} itself
   * is initialised, so an old Jackson gets the clear error above, not an initializer error.
   */
  private static final class Defaults {

    static final CopJson INSTANCE = new CopJson(CopJsonLimits.DEFAULTS, false);
  }
}
