package org.edcop.archfixture.cycle.a.internal;

import org.edcop.archfixture.cycle.a.Alpha;

/** The internals of {@code a}, which may use {@code a} back without forming a cycle. */
public final class AlphaHelper {
  private AlphaHelper() {}

  /**
   * A name.
   *
   * @return the name of {@link Alpha}
   */
  public static String name() {
    return Alpha.class.getSimpleName();
  }
}
