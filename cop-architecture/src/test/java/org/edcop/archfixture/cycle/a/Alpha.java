package org.edcop.archfixture.cycle.a;

import org.edcop.archfixture.cycle.a.internal.AlphaHelper;
import org.edcop.archfixture.cycle.b.Beta;

/** Half of a deliberate package cycle: {@code a} uses {@code b}. */
public final class Alpha {
  private Alpha() {}

  /**
   * Uses the other package.
   *
   * @return a beta
   */
  public static Beta beta() {
    return Beta.of(AlphaHelper.name());
  }
}
