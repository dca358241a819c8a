package org.edcop.json.format.internal;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * The half of a {@link TokenSink} that does not depend on the Jackson generation: which of the
 * generator's number calls a value takes. An engine's subclass makes the generator calls of its
 * generation.
 *
 * @since 0.2.0
 */
public abstract class GeneratorSink implements TokenSink {

  /** Creates the sink; the subclass holds the generator. */
  protected GeneratorSink() {}

  /**
   * {@inheritDoc} An {@link Integer} is written as an {@code int}, a {@link BigDecimal} as it is,
   * any other number as a {@code double}.
   */
  @Override
  public final void number(Number value) throws IOException {
    if (value instanceof Integer whole) {
      integer(whole);
    } else if (value instanceof BigDecimal exact) {
      decimal(exact);
    } else {
      floating(value.doubleValue());
    }
  }

  /**
   * Writes a whole number (the generator's {@code writeNumber(int)}).
   *
   * @param value the number
   * @throws IOException if the target fails
   */
  protected abstract void integer(int value) throws IOException;

  /**
   * Writes a decimal number as it is (the generator's {@code writeNumber(BigDecimal)}).
   *
   * @param value the number
   * @throws IOException if the target fails
   */
  protected abstract void decimal(BigDecimal value) throws IOException;

  /**
   * Writes a floating-point number (the generator's {@code writeNumber(double)}).
   *
   * @param value the number
   * @throws IOException if the target fails
   */
  protected abstract void floating(double value) throws IOException;
}
