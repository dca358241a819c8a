package org.edcop.json.format.internal;

import java.io.IOException;
import java.util.Arrays;
import org.edcop.model.MemberId;
import org.edcop.model.internal.ArraySet;
import org.edcop.model.internal.MemberIdHints;

/**
 * What one call of {@link PlanWriter} keeps of the roster it has written, so that it can write each
 * meeting's attendance without reading the attendees' ids (#22): per roster position the {@code
 * MemberId} instance, and that id's text copied into one shared character array.
 *
 * <p>A meeting's attendance is an {@link ArraySet} that may carry position hints (docs/adr/0012). A
 * hint is trusted when the roster's instance at that position is the set's element itself: two
 * references compared, no id read. The attendees are then sorted by their texts in the shared
 * array, in {@code String.compareTo} order (char by char, then the shorter first), and written from
 * it. A set without valid hints is resolved through memos on the roster's ids ({@link
 * MemberIdHints}, docs/adr/0009), written with this call's own stamp the first time a set needs
 * them; when every attendee is the roster's own instance, the set is left hints for the next call.
 * An attendance this class cannot resolve is left to the writer's plain path, whose output is the
 * same.
 */
final class RosterTexts {

  /** Up to this size a meeting's attendees are sorted by insertion, past it by merging. */
  static final int INSERTION_LIMIT = 12;

  private static final MemberId[] NO_IDS = {};

  /** This call's memo stamp, or {@link MemberIdHints#NONE} to resolve sets by hints alone. */
  private final long stamp;

  /** The roster's ids by position, each the roster's own instance. */
  private MemberId[] ids = NO_IDS;

  /** By position {@code p}: where {@code p}'s text starts in {@link #pool}; one entry more. */
  private int[] starts = {0};

  /** The roster's texts, one after the other in roster order. */
  private char[] pool = new char[0];

  /** How many roster positions are recorded. */
  private int count;

  /** Whether the roster's ids carry this call's memos. */
  private boolean memos;

  /**
   * Whether every recorded text comes after the one before it in {@code String.compareTo} order, so
   * that the order of positions is the order of texts: a roster of numbered ids usually is.
   */
  private boolean ascending;

  /** Roster positions being sorted, and the merge's second buffer; reused from set to set. */
  private int[] order = new int[INSERTION_LIMIT];

  private int[] merge = new int[0];

  /** A roster record with a stamp of its own. */
  RosterTexts() {
    this(MemberIdHints.newStamp());
  }

  /** A roster record with a given memo stamp ({@link MemberIdHints#NONE}: none), for the tests. */
  RosterTexts(long stamp) {
    this.stamp = stamp;
  }

  /**
   * Starts the record of a roster of the given size, forgetting any earlier one.
   *
   * @param size the number of members about to be recorded
   */
  void start(int size) {
    ids = new MemberId[size];
    starts = new int[size + 1];
    pool = new char[Math.max(16, size * 8)];
    count = 0;
    memos = false;
    ascending = true;
  }

  /**
   * Records the id at the next roster position.
   *
   * @param id the member's id, as the roster holds it
   * @param text its text
   */
  void add(MemberId id, String text) {
    int p = count;
    if (p == ids.length) {
      ids = Arrays.copyOf(ids, Math.max(8, p * 2));
      starts = Arrays.copyOf(starts, ids.length + 1);
    }
    int from = starts[p];
    int length = text.length();
    if (from + length > pool.length) {
      pool = Arrays.copyOf(pool, Math.max(from + length, pool.length * 2));
    }
    text.getChars(0, length, pool, from);
    ids[p] = id;
    starts[p + 1] = from + length;
    count = p + 1;
    // the previous text was copied just before: both are in cache
    ascending &= p == 0 || compare(p - 1, p) < 0;
  }

  /**
   * Writes a set of member ids as an array of their texts, sorted, under a property name, if every
   * element is the roster's own instance.
   *
   * @param s the sink
   * @param name the property's name
   * @param set the ids, not empty, all {@link MemberId}s
   * @return {@code false}, with nothing written, if an element is not a roster instance
   * @throws IOException if the target fails
   */
  boolean write(TokenSink s, String name, ArraySet<?> set) throws IOException {
    int n = set.size();
    if (order.length < n) {
      order = new int[Math.max(n, order.length * 2)];
    }
    int[] hints = set.positionHints();
    if (hints == null || !byHints(set, hints, n)) {
      if (!byMemos(set, n)) {
        return false;
      }
      set.hintPositions(Arrays.copyOf(order, n));
    }
    sort(n);
    s.name(name);
    s.startArray();
    for (int k = 0; k < n; k++) {
      int p = order[k];
      s.string(pool, starts[p], starts[p + 1] - starts[p]);
    }
    s.endArray();
    return true;
  }

  /** Copies the hints to {@link #order} if each names the roster position of its very element. */
  private boolean byHints(ArraySet<?> set, int[] hints, int n) {
    // one hint per element: ArraySet.hintPositions refuses any other length
    MemberId[] roster = ids;
    int size = count;
    for (int j = 0; j < n; j++) {
      int p = hints[j];
      if (p < 0 || p >= size || roster[p] != set.get(j)) {
        return false;
      }
      order[j] = p;
    }
    return true;
  }

  /** Finds each element's roster position by its memo, into {@link #order}; all or nothing. */
  private boolean byMemos(ArraySet<?> set, int n) {
    if (stamp == MemberIdHints.NONE) {
      return false;
    }
    MemberId[] roster = ids;
    int size = count;
    if (!memos) {
      // once per call, and only when a set has no valid hints: a pass over the roster's ids
      for (int p = 0; p < size; p++) {
        MemberIdHints.record(roster[p], stamp, p);
      }
      memos = true;
    }
    for (int j = 0; j < n; j++) {
      Object element = set.get(j);
      if (!(element instanceof MemberId id)) {
        return false;
      }
      int p = MemberIdHints.position(id, stamp);
      if (p < 0 || p >= size || roster[p] != id) {
        return false;
      }
      order[j] = p;
    }
    return true;
  }

  /**
   * Sorts {@code order[0..n)} by the positions' texts: by the positions themselves when the
   * roster's texts ascend, which reads no text, and not at all when they are in order already.
   */
  private void sort(int n) {
    if (ascending) {
      sortPositions(n);
      return;
    }
    if (n <= INSERTION_LIMIT) {
      insertionSort(order, 0, n);
      return;
    }
    if (merge.length < n) {
      merge = new int[Math.max(n, merge.length * 2)];
    }
    mergeSort(order, merge, 0, n);
  }

  private void sortPositions(int n) {
    int[] a = order;
    for (int i = 1; i < n; i++) {
      if (a[i - 1] > a[i]) {
        Arrays.sort(a, 0, n);
        return;
      }
    }
  }

  private void insertionSort(int[] a, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      int p = a[i];
      int k = i - 1;
      while (k >= from && compare(a[k], p) > 0) {
        a[k + 1] = a[k];
        k--;
      }
      a[k + 1] = p;
    }
  }

  /** Sorts {@code a[from..to)}, stable, with {@code tmp} as the second buffer of the same range. */
  private void mergeSort(int[] a, int[] tmp, int from, int to) {
    if (to - from <= INSERTION_LIMIT) {
      insertionSort(a, from, to);
      return;
    }
    int mid = (from + to) >>> 1;
    mergeSort(a, tmp, from, mid);
    mergeSort(a, tmp, mid, to);
    if (compare(a[mid - 1], a[mid]) <= 0) {
      return; // already in order
    }
    System.arraycopy(a, from, tmp, from, to - from);
    int i = from;
    int j = mid;
    for (int k = from; k < to; k++) {
      if (j >= to || (i < mid && compare(tmp[i], tmp[j]) <= 0)) {
        a[k] = tmp[i++];
      } else {
        a[k] = tmp[j++];
      }
    }
  }

  /** The order of two positions' texts, as {@code String.compareTo} orders them. */
  int compare(int p, int q) {
    char[] c = pool;
    int i = starts[p];
    int iEnd = starts[p + 1];
    int j = starts[q];
    int jEnd = starts[q + 1];
    int common = Math.min(iEnd - i, jEnd - j);
    for (int k = 0; k < common; k++) {
      char a = c[i + k];
      char b = c[j + k];
      if (a != b) {
        return a - b;
      }
    }
    return (iEnd - i) - (jEnd - j);
  }
}
