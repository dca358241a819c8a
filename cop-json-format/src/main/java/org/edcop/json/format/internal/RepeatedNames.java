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
 * so the check stays linear. A reader that knows an object's names by their positions in a table
 * ({@link PropertyNames}) records those as bits instead ({@link #repeated(int)}), and keeps here
 * the position of the name it expects next.
 */
final class RepeatedNames {

  /** Objects with more names than this are checked with a hash set. */
  private static final int SCAN = 12;

  private String[] names = new String[32];
  private int top;
  private int[] starts = new int[8];
  private Set<?>[] sets = new Set<?>[8];

  /** By open object: the positions of the table names it had, as bits. */
  private long[] known = new long[8];

  /** By open object: the position of the last table name it had, -1 for none. */
  private int[] last = new int[8];

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
      known = Arrays.copyOf(known, depth * 2);
      last = Arrays.copyOf(last, depth * 2);
    }
    starts[depth] = top;
    // sets[depth] is null: close() leaves it so
    known[depth] = 0;
    last[depth] = -1;
    depth++;
  }

  /** Ends the innermost object. */
  void close() {
    depth--;
    top = starts[depth];
    if (sets[depth] != null) {
      sets[depth] = null;
    }
  }

  /**
   * Records a name of the innermost object by its position in the object's table of names.
   *
   * @param position the position, 0 to 63
   * @return whether the object already had it
   */
  boolean repeated(int position) {
    int at = depth - 1;
    long bit = 1L << position;
    long had = known[at];
    known[at] = had | bit;
    last[at] = position;
    return (had & bit) != 0;
  }

  /**
   * The position, in the innermost object's table, of the last name {@link #repeated(int)}
   * recorded.
   *
   * @return the position, or -1 if there is none yet
   */
  int last() {
    return last[depth - 1];
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
