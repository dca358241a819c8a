package org.edcop.validation;

import java.util.Objects;

/**
 * A JSON Pointer (RFC 6901) into a plan's JSON document, built from property names and list
 * indexes: the path a {@link Rule} reports a finding at. The model's Java property names are its
 * JSON names, so a path names the same element in both. Each name is escaped as the RFC asks
 * ({@code ~} becomes {@code ~0}, {@code /} becomes {@code ~1}), so user text such as an id can be a
 * segment. Immutable.
 *
 * <pre>{@code
 * String path = PlanPath.of("practice", "meetings", 3, "start").toString();
 * // "/practice/meetings/3/start"
 * }</pre>
 *
 * @since 0.2.0
 */
public final class PlanPath {

  private static final PlanPath ROOT = new PlanPath("");

  private final String pointer;

  private PlanPath(String pointer) {
    this.pointer = pointer;
  }

  /**
   * The whole plan: the pointer {@code ""}.
   *
   * @return the root path
   */
  public static PlanPath root() {
    return ROOT;
  }

  /**
   * A path from segments: property names (strings, escaped) and list indexes (integers).
   *
   * @param segments the segments, from the plan's root
   * @return the path
   * @throws IllegalArgumentException for a negative index or a segment that is neither a string nor
   *     an integer
   */
  public static PlanPath of(Object... segments) {
    PlanPath path = ROOT;
    for (Object segment : segments) {
      if (segment instanceof Integer) {
        path = path.index((Integer) segment);
      } else if (segment instanceof String) {
        path = path.property((String) segment);
      } else {
        throw new IllegalArgumentException(
            "a path segment is a property name or a list index, but was: " + segment);
      }
    }
    return path;
  }

  /**
   * This path followed by a property name.
   *
   * @param name the property name, escaped as RFC 6901 asks
   * @return the longer path
   */
  public PlanPath property(String name) {
    return new PlanPath(pointer + "/" + escape(Objects.requireNonNull(name, "name")));
  }

  /**
   * This path followed by a list index.
   *
   * @param index the index, 0 or more
   * @return the longer path
   * @throws IllegalArgumentException for a negative index
   */
  public PlanPath index(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("a list index is 0 or more, but was: " + index);
    }
    return new PlanPath(pointer + "/" + index);
  }

  /**
   * Escapes one reference token as RFC 6901 asks: {@code ~} becomes {@code ~0} and {@code /}
   * becomes {@code ~1}.
   *
   * @param token the raw token
   * @return the escaped token
   */
  public static String escape(String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return token;
    }
    return token.replace("~", "~0").replace("/", "~1");
  }

  /**
   * The pointer, e.g. {@code /practice/meetings/3/start}; {@code ""} for the root.
   *
   * @return the pointer
   */
  @Override
  public String toString() {
    return pointer;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PlanPath && ((PlanPath) other).pointer.equals(pointer);
  }

  @Override
  public int hashCode() {
    return pointer.hashCode();
  }
}
