package org.edcop.model.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * The first position of each key, by equality, over an array of keys by position that the caller
 * owns: the one flat table behind the roster's look-ups by id text, the meetings' duplicate-id
 * check and {@link ArraySet}'s repeats and {@code contains}. One {@code int} array holds, per slot,
 * a key's hash and its position, probed linearly from the key's mixed hash: no map nodes, no boxed
 * positions, no copy of the keys, and a key is compared only when the hashes are equal.
 *
 * <p>Keys whose hashes collide on purpose (ids built from {@code Aa}/{@code BB} blocks, #14) would
 * turn linear probing quadratic: once a probe runs longer than {@value #LONGEST_PROBE} slots, the
 * table moves to a {@link HashMap}, whose tree bins keep look-ups of {@code Comparable} keys
 * (strings, member ids) logarithmic. Every key is placed within that many slots of its first one,
 * so a look-up stops there.
 *
 * <p>Not thread-safe while it is filled; a table that is no longer changed may be shared once it is
 * published safely (for example through a final field).
 *
 * <p>This source file is also compiled by the build-time module cop-model-encodings, with {@link
 * ArraySet}: it must use nothing but the JDK.
 *
 * @since 0.2.0
 */
public final class FirstPositions {

  /** A probe longer than this moves the table to its map. */
  static final int LONGEST_PROBE = 64;

  private final Object[] keys;

  /**
   * Per slot: the hash at {@code 2 * slot}, the position + 1 at {@code 2 * slot + 1} (0: empty).
   */
  private int[] slots;

  private final int mask;

  /** The fallback, once a probe ran too long; the slots are dropped then. */
  private Map<Object, Integer> map;

  /**
   * Creates an empty table over the keys by position; {@link #putIfAbsent} records them.
   *
   * @param keys the keys by position, read (never changed) from then on: a key must be in place
   *     before its position is put, and stay
   */
  public FirstPositions(Object[] keys) {
    this.keys = keys;
    int capacity = Integer.highestOneBit(Math.max(4, keys.length) * 2 - 1) << 1;
    this.slots = new int[2 * capacity];
    this.mask = capacity - 1;
  }

  /**
   * Records a position unless a key equal to the one there is recorded already.
   *
   * @param position a position of the keys; its key is not null
   * @return -1 if it was recorded, else the position recorded for the equal key
   */
  public int putIfAbsent(int position) {
    Object key = keys[position];
    if (map != null) {
      Integer earlier = map.putIfAbsent(key, position);
      return earlier == null ? -1 : earlier;
    }
    int[] s = slots;
    int hash = key.hashCode();
    int slot = mix(hash) & mask;
    int probes = 0;
    int found;
    while ((found = s[2 * slot + 1]) != 0) {
      if (s[2 * slot] == hash && keys[found - 1].equals(key)) {
        return found - 1;
      }
      slot = (slot + 1) & mask;
      if (++probes > LONGEST_PROBE) {
        toMap();
        return putIfAbsent(position);
      }
    }
    s[2 * slot] = hash;
    s[2 * slot + 1] = position + 1;
    return -1;
  }

  /**
   * The position recorded for a key equal to the given one.
   *
   * @param key a key, not null
   * @return its position, or -1
   */
  public int get(Object key) {
    if (map != null) {
      Integer position = map.get(key);
      return position == null ? -1 : position;
    }
    int[] s = slots;
    int hash = key.hashCode();
    int slot = mix(hash) & mask;
    int found;
    for (int probes = 0; probes <= LONGEST_PROBE && (found = s[2 * slot + 1]) != 0; probes++) {
      if (s[2 * slot] == hash && keys[found - 1].equals(key)) {
        return found - 1;
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  /**
   * Whether the table moved to its map (for the tests).
   *
   * @return {@code true} once a probe ran longer than {@value #LONGEST_PROBE}
   */
  boolean usesMap() {
    return map != null;
  }

  private static int mix(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  private void toMap() {
    Map<Object, Integer> m = new HashMap<>(Math.max(16, (int) (keys.length / 0.75f) + 1));
    for (int i = 1; i < slots.length; i += 2) {
      int position = slots[i] - 1;
      if (position >= 0) {
        m.put(keys[position], position);
      }
    }
    map = m;
    slots = null;
  }
}
