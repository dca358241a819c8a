package org.edcop.json.format.internal;

import java.util.Arrays;
import java.util.HashMap;
import org.edcop.model.MemberId;

/**
 * The member ids of one document, looked up by the characters of the parser's buffer, so that a
 * reference to an id already seen (every attendance entry, facilitator, author and owner) costs no
 * {@code String}: its characters are hashed and compared in place with those of the id's first
 * occurrence, which all sit in one character pool. Each id is made once, at its first occurrence,
 * and every later reference gets that instance. An entry also records the number of the last id
 * list it was seen in, for the check that a list standing for a set holds each id once.
 *
 * <p>The table is probed linearly. A probe longer than {@link #LONGEST_PROBE} (texts that share a
 * hash code, as an adversarial document's ids built from {@code Aa}/{@code BB} blocks do) moves
 * every look-up to a map by text, whose tree bins keep colliding {@code String} keys logarithmic
 * where the probe would turn quadratic (issue 14).
 */
final class IdTable {

  /** The longest probe before look-ups go through {@link #byText}. */
  static final int LONGEST_PROBE = 64;

  /** The characters of every id's text, one after the other. */
  private char[] pool = new char[256];

  /** The number of characters of {@link #pool} in use. */
  private int used;

  /** By entry: where its text starts in {@link #pool}. */
  private int[] starts = new int[16];

  /** By entry: the length of its text. */
  private int[] lengths = new int[16];

  /** By entry: the hash of its text. */
  private int[] hashes = new int[16];

  /** By entry: the id. */
  private MemberId[] ids = new MemberId[16];

  /** By entry: the number of the last id list it was seen in, 0 for none. */
  private int[] lists = new int[16];

  /** The number of entries. */
  private int count;

  /** The open-addressing table: an entry's number plus one, 0 for a free slot. */
  private int[] table = new int[32];

  /** How far the mixed hash is shifted to give a slot of {@link #table}. */
  private int shift = Integer.SIZE - 5;

  /** The entries by text, once a probe ran too long; {@code null} before. */
  private HashMap<String, Integer> byText;

  /**
   * The entry of an id, added if the text is new.
   *
   * @param chars a buffer holding the text
   * @param offset where the text starts
   * @param length its number of characters
   * @return the entry's number
   */
  int entry(char[] chars, int offset, int length) {
    if (byText != null) {
      return byText(new String(chars, offset, length));
    }
    int hash = hash(chars, offset, length);
    int mask = table.length - 1;
    int slot = (hash * 0x9E3779B9) >>> shift;
    int probes = 0;
    for (int e; (e = table[slot]) != 0; ) {
      e--;
      if (hashes[e] == hash
          && lengths[e] == length
          && Arrays.equals(pool, starts[e], starts[e] + length, chars, offset, offset + length)) {
        return e;
      }
      slot = (slot + 1) & mask;
      if (++probes > LONGEST_PROBE) {
        toMap();
        return byText(new String(chars, offset, length));
      }
    }
    int e = add(new String(chars, offset, length));
    if (used + length > pool.length) {
      pool = Arrays.copyOf(pool, Math.max(pool.length * 2, used + length));
    }
    System.arraycopy(chars, offset, pool, used, length);
    starts[e] = used;
    lengths[e] = length;
    hashes[e] = hash;
    used += length;
    table[slot] = e + 1;
    if (count * 2 > table.length) {
      rehash();
    }
    return e;
  }

  /**
   * The id of an entry.
   *
   * @param entry an entry's number
   * @return the id
   */
  MemberId id(int entry) {
    return ids[entry];
  }

  /**
   * Marks an entry as seen in an id list.
   *
   * @param entry an entry's number
   * @param list the list's number, above 0
   * @return {@code false} if the entry was already marked with that list
   */
  boolean mark(int entry, int list) {
    if (lists[entry] == list) {
      return false;
    }
    lists[entry] = list;
    return true;
  }

  /** Whether look-ups go through the map by text (after a long probe). */
  boolean byTextOnly() {
    return byText != null;
  }

  private int byText(String text) {
    Integer e = byText.get(text);
    if (e != null) {
      return e;
    }
    int added = add(text);
    byText.put(text, added);
    return added;
  }

  /** A new entry for an id made of the text; the caller records its characters if it probes. */
  private int add(String text) {
    int e = count++;
    if (e == ids.length) {
      int size = e * 2;
      ids = Arrays.copyOf(ids, size);
      lists = Arrays.copyOf(lists, size);
      if (byText == null) {
        starts = Arrays.copyOf(starts, size);
        lengths = Arrays.copyOf(lengths, size);
        hashes = Arrays.copyOf(hashes, size);
      }
    }
    ids[e] = MemberId.of(text);
    return e;
  }

  /** Doubles the table; a probe that runs too long on the way moves the look-ups to the map. */
  private void rehash() {
    int[] bigger = new int[table.length * 2];
    int mask = bigger.length - 1;
    int wider = shift - 1;
    for (int e = 0; e < count; e++) {
      int slot = (hashes[e] * 0x9E3779B9) >>> wider;
      for (int probes = 0; bigger[slot] != 0; probes++) {
        if (probes > LONGEST_PROBE) {
          toMap();
          return;
        }
        slot = (slot + 1) & mask;
      }
      bigger[slot] = e + 1;
    }
    table = bigger;
    shift = wider;
  }

  private void toMap() {
    byText = new HashMap<>(Math.max(16, (int) (count / 0.75f) + 1));
    for (int e = 0; e < count; e++) {
      byText.put(ids[e].getValue(), e);
    }
    table = null;
    pool = null;
    starts = null;
    lengths = null;
    hashes = null;
  }

  /** The text's {@link String#hashCode}, from its characters. */
  private static int hash(char[] chars, int offset, int length) {
    int h = 0;
    for (int i = offset, end = offset + length; i < end; i++) {
      h = 31 * h + chars[i];
    }
    return h;
  }
}
