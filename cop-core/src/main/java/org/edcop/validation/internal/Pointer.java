package org.edcop.validation.internal;

/**
 * Builds JSON Pointers (RFC 6901) into a plan's JSON document. Property names are the model's Java
 * property names, which are also its JSON names; list items are addressed by their index as listed
 * in the plan.
 */
public final class Pointer {

  private Pointer() {}

  /**
   * Joins segments into a pointer, escaping {@code ~} and {@code /} in each.
   *
   * @param segments property names (strings) and list indexes (integers)
   * @return the pointer, {@code ""} for no segment
   */
  public static String of(Object... segments) {
    StringBuilder out = new StringBuilder();
    for (Object segment : segments) {
      out.append('/').append(escape(String.valueOf(segment)));
    }
    return out.toString();
  }

  /**
   * Appends segments to an existing pointer.
   *
   * @param base a pointer
   * @param segments the segments to add
   * @return the longer pointer
   */
  public static String append(String base, Object... segments) {
    return base + of(segments);
  }

  /**
   * Escapes one reference token: {@code ~} becomes {@code ~0} and {@code /} becomes {@code ~1}.
   *
   * @param token the raw token
   * @return the escaped token
   */
  public static String escape(String token) {
    return org.edcop.validation.PlanPath.escape(token);
  }
}
