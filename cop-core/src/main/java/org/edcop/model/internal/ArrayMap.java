package org.edcop.model.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An unmodifiable map of texts to texts in the order its entries were first put, held as one array
 * of keys and values: what a {@code Finding}'s arguments are (a handful of entries, read a few
 * times, kept as long as the report): two objects instead of a {@code LinkedHashMap}'s one per
 * entry and three more, which made a report of the benchmarks' largest plan hold 37% less (#22,
 * docs/adr/0013). Look-ups scan the keys, which for the sizes it is made for is faster than hashing
 * them. Equal to any {@link Map} with the same entries, with the same hash code and the same {@code
 * toString} as a {@code LinkedHashMap}.
 *
 * <p>Only small maps are held this way: past {@value #SCAN_LIMIT} entries (a report read from a
 * hostile document can give a finding hundreds of thousands) the builder and {@link #copyOf} move
 * to an unmodifiable {@code LinkedHashMap}, so that neither putting nor comparing maps ever scans
 * more than that many keys per look-up.
 *
 * @since 0.2.0
 */
public final class ArrayMap extends AbstractMap<String, String> {

  /** The most entries held in an array; larger maps are {@code LinkedHashMap}s. */
  static final int SCAN_LIMIT = 16;

  private static final String[] NONE = new String[0];
  private static final ArrayMap EMPTY = new ArrayMap(NONE);

  /** Key, value, key, value...: no nulls, no repeated key. */
  private final String[] entries;

  private ArrayMap(String[] entries) {
    this.entries = entries;
  }

  /**
   * The empty map.
   *
   * @return the map
   */
  public static ArrayMap of() {
    return EMPTY;
  }

  /**
   * An unmodifiable map with the entries of the given one, in its iteration order: an {@code
   * ArrayMap} up to {@value #SCAN_LIMIT} entries, the map itself if it is one already.
   *
   * @param map the entries
   * @param what what the map is, for the messages on a {@code null} key or value
   * @return the map
   * @throws NullPointerException on a {@code null} key or value
   */
  public static Map<String, String> copyOf(Map<String, ? extends String> map, String what) {
    if (map instanceof ArrayMap) {
      return (ArrayMap) map;
    }
    Builder builder = new Builder();
    builder.putAll(map, what);
    return builder.build();
  }

  @Override
  public int size() {
    return entries.length >> 1;
  }

  @Override
  public boolean isEmpty() {
    return entries.length == 0;
  }

  @Override
  public String get(Object key) {
    int at = indexOf(entries, entries.length, key);
    return at < 0 ? null : entries[at + 1];
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(entries, entries.length, key) >= 0;
  }

  @Override
  public void forEach(BiConsumer<? super String, ? super String> action) {
    for (int i = 0; i < entries.length; i += 2) {
      action.accept(entries[i], entries[i + 1]);
    }
  }

  @Override
  public Set<Map.Entry<String, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return ArrayMap.this.size();
      }

      @Override
      public Iterator<Map.Entry<String, String>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < entries.length;
          }

          @Override
          public Map.Entry<String, String> next() {
            if (next >= entries.length) {
              throw new NoSuchElementException();
            }
            Map.Entry<String, String> entry =
                new AbstractMap.SimpleImmutableEntry<>(entries[next], entries[next + 1]);
            next += 2;
            return entry;
          }
        };
      }
    };
  }

  private static int indexOf(String[] entries, int length, Object key) {
    if (key != null) {
      for (int i = 0; i < length; i += 2) {
        if (key.equals(entries[i])) {
          return i;
        }
      }
    }
    return -1;
  }

  /**
   * Puts entries in order; a key put again keeps its place and takes the new value, as in a {@code
   * LinkedHashMap}. Past {@value #SCAN_LIMIT} entries it holds them in a {@code LinkedHashMap}.
   *
   * @since 0.2.0
   */
  public static final class Builder {
    private String[] entries = NONE;
    private int length;

    /** The entries once there are more than {@link #SCAN_LIMIT}, else {@code null}. */
    private LinkedHashMap<String, String> large;

    /** Starts an empty builder. */
    public Builder() {}

    /**
     * Puts one entry.
     *
     * @param key the key
     * @param value the value
     * @param what what the map is, for the messages on a {@code null} key or value
     * @throws NullPointerException on a {@code null} key or value
     */
    public void put(String key, String value, String what) {
      Objects.requireNonNull(key, what + " key");
      Objects.requireNonNull(value, value == null ? what + " value for key: " + key : null);
      if (large != null) {
        large.put(key, value);
        return;
      }
      int at = indexOf(entries, length, key);
      if (at >= 0) {
        entries[at + 1] = value;
        return;
      }
      if (length == 2 * SCAN_LIMIT) {
        large = new LinkedHashMap<>();
        for (int i = 0; i < length; i += 2) {
          large.put(entries[i], entries[i + 1]);
        }
        large.put(key, value);
        clearArray();
        return;
      }
      if (length == entries.length) {
        entries = Arrays.copyOf(entries, Math.min(2 * SCAN_LIMIT, Math.max(8, length * 2)));
      }
      entries[length++] = key;
      entries[length++] = value;
    }

    /**
     * Puts every entry of a map, in its iteration order.
     *
     * @param map the entries
     * @param what what the map is, for the messages on a {@code null} key or value
     * @throws NullPointerException on a {@code null} key or value
     */
    public void putAll(Map<String, ? extends String> map, String what) {
      for (Map.Entry<String, ? extends String> entry : map.entrySet()) {
        put(entry.getKey(), entry.getValue(), what);
      }
    }

    /** Removes every entry put so far. */
    public void clear() {
      large = null;
      clearArray();
    }

    private void clearArray() {
      if (length > 0) {
        Arrays.fill(entries, 0, length, null);
        length = 0;
      }
    }

    /**
     * The unmodifiable map of the entries put so far; the builder can go on.
     *
     * @return the map: an {@code ArrayMap} up to {@value #SCAN_LIMIT} entries
     */
    public Map<String, String> build() {
      if (large != null) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(large));
      }
      return length == 0 ? EMPTY : new ArrayMap(Arrays.copyOf(entries, length));
    }
  }
}
