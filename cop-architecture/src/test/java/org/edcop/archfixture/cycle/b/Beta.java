package org.edcop.archfixture.cycle.b;

import org.edcop.archfixture.cycle.a.Alpha;

/** The other half of the deliberate cycle: {@code b} uses {@code a} back. */
public final class Beta {
  private final String name;

  private Beta(String name) {
    this.name = name;
  }

  /**
   * A beta.
   *
   * @param name a name
   * @return the beta
   */
  public static Beta of(String name) {
    return new Beta(name);
  }

  /**
   * Uses package {@code a}: this closes the cycle.
   *
   * @return a new beta made by {@link Alpha}
   */
  public Beta again() {
    return name.isEmpty() ? this : Alpha.beta();
  }
}
