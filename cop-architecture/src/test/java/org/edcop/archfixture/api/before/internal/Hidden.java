package org.edcop.archfixture.api.before.internal;

/** A public class of an internal package: never part of the API signature. */
public final class Hidden {
  /** Creates one. */
  public Hidden() {}
}
