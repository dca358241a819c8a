package org.edcop.json.format.internal;

import org.edcop.json.format.CopJsonLimits;

/**
 * The options of a facade's builder, written once for both generations: strict mode and the three
 * limits.
 *
 * @param <B> the facade's builder type
 * @param <C> the facade type
 */
public abstract class CodecBuilder<B extends CodecBuilder<B, C>, C> {

  private boolean strict;
  private long maxDocumentBytes = CopJsonLimits.DEFAULTS.maxDocumentBytes();
  private int maxNestingDepth = CopJsonLimits.DEFAULTS.maxNestingDepth();
  private int maxStringLength = CopJsonLimits.DEFAULTS.maxStringLength();

  /** Starts with the defaults: lenient, default limits. */
  protected CodecBuilder() {}

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /**
   * Whether to reject unknown properties instead of keeping them (default: keep).
   *
   * @param strict true to reject
   * @return this builder
   */
  public final B strict(boolean strict) {
    this.strict = strict;
    return self();
  }

  /**
   * Sets all three limits at once.
   *
   * @param limits the limits
   * @return this builder
   */
  public final B limits(CopJsonLimits limits) {
    this.maxDocumentBytes = limits.maxDocumentBytes();
    this.maxNestingDepth = limits.maxNestingDepth();
    this.maxStringLength = limits.maxStringLength();
    return self();
  }

  /**
   * The largest document accepted, in bytes of UTF-8.
   *
   * @param bytes the limit, positive
   * @return this builder
   */
  public final B maxDocumentBytes(long bytes) {
    this.maxDocumentBytes = bytes;
    return self();
  }

  /**
   * The deepest nesting of objects and arrays accepted.
   *
   * @param depth the limit, positive
   * @return this builder
   */
  public final B maxNestingDepth(int depth) {
    this.maxNestingDepth = depth;
    return self();
  }

  /**
   * The longest text value accepted, in characters.
   *
   * @param length the limit, positive
   * @return this builder
   */
  public final B maxStringLength(int length) {
    this.maxStringLength = length;
    return self();
  }

  /**
   * Whether unknown properties are to be rejected.
   *
   * @return the strict flag
   */
  protected final boolean isStrict() {
    return strict;
  }

  /**
   * The limits set so far.
   *
   * @return the limits
   * @throws IllegalArgumentException if a limit is not positive
   */
  protected final CopJsonLimits limits() {
    return new CopJsonLimits(maxDocumentBytes, maxNestingDepth, maxStringLength);
  }

  /**
   * Builds the reader and writer.
   *
   * @return a new instance
   * @throws IllegalArgumentException if a limit is not positive
   */
  public abstract C build();
}
