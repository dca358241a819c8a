package org.edcop.model.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * The first position of each key, by equality: the one flat table behind the roster's look-ups by
 * id text, the meetings' duplicate-id check and {@link ArraySet}'s repeats and {@code contains}.
 * Keys, their hashes and their positions sit in three arrays probed linearly from the key's mixed
 * hash: no map nodes, no boxed positions, and a key is compared only when the hashes are equal.
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

  private Object[] keys;
  private int[] hashes;
  private int[] positions;
  private int mask;
  private int count;

  /** The fallback, once a probe ran too long; the arrays are dropped then. */
  private Map<Object, Integer> map;

  /**
   * Creates an empty table sized for a number of keys (it grows past it).
   *
   * @param expected the number of keys expected
   */
  public FirstPositions(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
    keys = new Object[capacity];
    hashes = new int[capacity];
    positions = new int[capacity];
    mask = capacity - 1;
  }

  /**
   * Records a key's position unless an equal key is recorded already.
   *
   * @param key a key, not null
   * @param position its position, not negative
   * @return -1 if it was recorded, else the position recorded for the equal key
   */
  public int putIfAbsent(Object key, int position) {
    if (map != null) {
      Integer earlier = map.putIfAbsent(key, position);
      return earlier == null ? -1 : earlier;
    }
    int hash = key.hashCode();
    int slot = mix(hash) & mask;
    int probes = 0;
    Object found;
    while ((found = keys[slot]) != null) {
      if (hashes[slot] == hash && found.equals(key)) {
        return positions[slot];
      }
      slot = (slot + 1) & mask;
      if (++probes > LONGEST_PROBE) {
        toMap();
        return putIfAbsent(key, position);
      }
    }
    keys[slot] = key;
    hashes[slot] = hash;
    positions[slot] = position;
    if (++count * 2 > keys.length) {
      grow();
    }
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
    int hash = key.hashCode();
    int slot = mix(hash) & mask;
    Object found;
    for (int probes = 0; probes <= LONGEST_PROBE && (found = keys[slot]) != null; probes++) {
      if (hashes[slot] == hash && found.equals(key)) {
        return positions[slot];
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
    Map<Object, Integer> m = new HashMap<>(Math.max(16, (int) (keys.length / 1.5f) + 1));
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != null) {
        m.put(keys[i], positions[i]);
      }
    }
    map = m;
    keys = null;
    hashes = null;
    positions = null;
  }

  private void grow() {
    Object[] oldKeys = keys;
    int[] oldHashes = hashes;
    int[] oldPositions = positions;
    int capacity = oldKeys.length * 2;
    keys = new Object[capacity];
    hashes = new int[capacity];
    positions = new int[capacity];
    mask = capacity - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      Object key = oldKeys[i];
      if (key == null) {
        continue;
      }
      int slot = mix(oldHashes[i]) & mask;
      int probes = 0;
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
        if (++probes > LONGEST_PROBE) {
          // the old table's entries go to the map; those moved so far are among them
          keys = oldKeys;
          positions = oldPositions;
          toMap();
          return;
        }
      }
      keys[slot] = key;
      hashes[slot] = oldHashes[i];
      positions[slot] = oldPositions[i];
    }
  }
}
