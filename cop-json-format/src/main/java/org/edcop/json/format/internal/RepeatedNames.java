package org.edcop.json.format.internal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The property names seen so far in each open object of a document, to refuse a name given twice in
 * one object whatever the parser's settings (a user's mapper often accepts repeats, and the last
 * value would silently win). One instance serves one read: the names of all open objects share one
 * array, so an object costs no allocation. Names from Jackson's symbol table are usually the same
 * instance, so most comparisons are by identity; an object with many names switches to a hash set,
 * so the check stays linear.
 */
final class RepeatedNames {

  /** Objects with more names than this are checked with a hash set. */
  private static final int SCAN = 12;

  private String[] names = new String[32];
  private int top;
  private int[] starts = new int[8];
  private Set<?>[] sets = new Set<?>[8];
  private int depth;

  /**
   * The error for a name given twice.
   *
   * @param at the pointer of the repeated name's value
   * @param name the name
   * @return the error, of kind {@code DUPLICATE_PROPERTY}
   */
  static org.edcop.json.format.CopJsonException error(JsonPointers at, String name) {
    return WireIn.problem(
        org.edcop.json.format.CopJsonException.Kind.DUPLICATE_PROPERTY,
        at,
        ReaderErrors.duplicate(name));
  }

  /** Starts an object. */
  void open() {
    if (depth == starts.length) {
      starts = Arrays.copyOf(starts, depth * 2);
      sets = Arrays.copyOf(sets, depth * 2);
    }
    starts[depth] = top;
    sets[depth] = null;
    depth++;
  }

  /** Ends the innermost object. */
  void close() {
    depth--;
    top = starts[depth];
    sets[depth] = null;
  }

  /**
   * Records a name of the innermost object.
   *
   * @param name the name
   * @return whether the object already had it
   */
  @SuppressWarnings("unchecked")
  boolean repeated(String name) {
    Set<String> set = (Set<String>) sets[depth - 1];
    if (set != null) {
      return !set.add(name);
    }
    int start = starts[depth - 1];
    for (int i = start; i < top; i++) {
      String seen = names[i];
      if (seen == name || seen.equals(name)) {
        return true;
      }
    }
    if (top - start == SCAN) {
      set = new HashSet<>(Arrays.asList(names).subList(start, top));
      set.add(name);
      sets[depth - 1] = set;
      top = start;
      return false;
    }
    if (top == names.length) {
      names = Arrays.copyOf(names, top * 2);
    }
    names[top++] = name;
    return false;
  }
}
