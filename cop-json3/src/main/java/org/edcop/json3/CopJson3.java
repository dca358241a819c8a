package org.edcop.json3;

import org.edcop.json.format.CopJsonCodec;
import org.edcop.json.format.CopJsonException;
import org.edcop.json.format.CopJsonLimits;
import org.edcop.json.format.internal.CodecBuilder;
import org.edcop.json.format.internal.SharedCodec;
import org.edcop.json3.internal.Jackson3Engine;

/**
 * The cop JSON codec on Jackson 3 ({@code tools.jackson}): reads and writes plans, validation
 * reports and validation policies as described by {@link CopJsonCodec}, which it implements with
 * the same shared code as the Jackson 2 facade {@code org.edcop.json.CopJson}: the same documents
 * are accepted, the same errors reported and the same bytes written. Bad input raises one {@link
 * CopJsonException}; the limits are {@link CopJsonLimits}.
 *
 * <pre>{@code
 * CopJsonCodec json = CopJson3.defaults();
 * CommunityOfPractice plan = json.readPlan(Path.of("plan.json"));
 * String text = json.writePlanPretty(plan);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; build one and share it.
 *
 * @since 0.1.0
 */
public final class CopJson3 extends SharedCodec {

  private static final CopJson3 DEFAULTS = new CopJson3(CopJsonLimits.DEFAULTS, false);

  private CopJson3(CopJsonLimits limits, boolean strict) {
    super(new Jackson3Engine(limits), strict);
  }

  /**
   * The shared reader and writer with the default limits, keeping unknown properties.
   *
   * @return the default instance
   */
  public static CopJson3 defaults() {
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
   * Builds a {@link CopJson3} with other limits or in strict mode.
   *
   * @since 0.1.0
   */
  public static final class Builder extends CodecBuilder<Builder, CopJson3> {

    private Builder() {}

    @Override
    public CopJson3 build() {
      return new CopJson3(limits(), isStrict());
    }
  }
}
