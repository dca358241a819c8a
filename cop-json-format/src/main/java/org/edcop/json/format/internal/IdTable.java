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
 * <p>The table is probed linearly. Its slots hold each entry's hash beside its number, so a probe
 * reads the entry's own data (one group of four {@code int}s: where its text starts, its length,
 * its last list, its roster position) only when the hash matches: a look-up touches the slot, that
 * group, the text and the id. Before hashing, a look-up tries the entry after the one the previous
 * look-up found, since lists of ids (attendance, agreements) often follow the roster's order. A
 * probe longer than {@link #LONGEST_PROBE} (texts that share a hash code, as an adversarial
 * document's ids built from {@code Aa}/{@code BB} blocks do) moves every look-up to a map by text,
 * whose tree bins keep colliding {@code String} keys logarithmic where the probe would turn
 * quadratic (issue 14).
 */
final class IdTable {

  /** The longest probe before look-ups go through {@link #byText}. */
  static final int LONGEST_PROBE = 64;

  /** The {@code int}s of an entry in {@link #entries}. */
  private static final int STRIDE = 4;

  /** Within an entry: where its text starts in {@link #pool}. */
  private static final int START = 0;

  /** Within an entry: the length of its text. */
  private static final int LENGTH = 1;

  /** Within an entry: the number of the last id list it was seen in, 0 for none. */
  private static final int LIST = 2;

  /** Within an entry: its first roster position plus one, 0 while it is on no roster seen yet. */
  private static final int ROSTER = 3;

  /** The characters of every id's text, one after the other. */
  private char[] pool = new char[256];

  /** The number of characters of {@link #pool} in use. */
  private int used;

  /**
   * By entry, {@link #STRIDE} {@code int}s each: {@link #START}, {@link #LENGTH}, {@link #LIST},
   * {@link #ROSTER}.
   */
  private int[] entries = new int[16 * STRIDE];

  /** By entry: the id. */
  private MemberId[] ids = new MemberId[16];

  /** The number of entries. */
  private int count;

  /**
   * The open-addressing table, two {@code int}s a slot: the hash of the entry's text, and the
   * entry's number plus one (0 for a free slot).
   */
  private int[] table = new int[2 * 32];

  /** How far the mixed hash is shifted to give a slot of {@link #table}. */
  private int shift = Integer.SIZE - 5;

  /** The entry the last look-up gave, -1 before the first. */
  private int last = -1;

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
    // lists of ids often follow the roster: try the entry after the last one found first
    int next = last + 1;
    if (next < count && same(next, chars, offset, length)) {
      last = next;
      return next;
    }
    int e = find(chars, offset, length);
    last = e;
    return e;
  }

  /** The entry of an id by its hash, added if the text is new. */
  private int find(char[] chars, int offset, int length) {
    int hash = hash(chars, offset, length);
    int[] slots = table;
    int mask = (slots.length >> 1) - 1;
    int slot = (hash * 0x9E3779B9) >>> shift;
    int probes = 0;
    for (int e; (e = slots[2 * slot + 1]) != 0; ) {
      if (slots[2 * slot] == hash && same(e - 1, chars, offset, length)) {
        return e - 1;
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
    entries[e * STRIDE + START] = used;
    entries[e * STRIDE + LENGTH] = length;
    used += length;
    slots[2 * slot] = hash;
    slots[2 * slot + 1] = e + 1;
    if (count * 2 > mask + 1) {
      rehash();
    }
    return e;
  }

  /** Whether an entry's text is the given characters. */
  private boolean same(int e, char[] chars, int offset, int length) {
    int at = e * STRIDE;
    if (entries[at + LENGTH] != length) {
      return false;
    }
    char[] text = pool;
    int start = entries[at + START];
    for (int i = 0; i < length; i++) {
      if (text[start + i] != chars[offset + i]) {
        return false;
      }
    }
    return true;
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
    int at = entry * STRIDE + LIST;
    if (entries[at] == list) {
      return false;
    }
    entries[at] = list;
    return true;
  }

  /**
   * Records that an entry's id is a roster member's, at a position, unless an earlier position is
   * recorded: a reference to the id then knows where on the roster that same instance is (the
   * attendance's position hints, docs/adr/0012).
   *
   * @param entry an entry's number
   * @param position the member's position on the roster, 0 or more
   */
  void onRoster(int entry, int position) {
    int at = entry * STRIDE + ROSTER;
    if (entries[at] == 0) {
      entries[at] = position + 1;
    }
  }

  /**
   * The first roster position recorded for an entry's id.
   *
   * @param entry an entry's number
   * @return the position, or -1 if the id is on no roster recorded so far
   */
  int rosterPosition(int entry) {
    return entries[entry * STRIDE + ROSTER] - 1;
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
      ids = Arrays.copyOf(ids, e * 2);
      entries = Arrays.copyOf(entries, e * 2 * STRIDE);
    }
    ids[e] = MemberId.of(text);
    return e;
  }

  /** Doubles the table; a probe that runs too long on the way moves the look-ups to the map. */
  private void rehash() {
    int[] old = table;
    int[] bigger = new int[old.length * 2];
    int mask = (bigger.length >> 1) - 1;
    int wider = shift - 1;
    for (int from = 0; from < old.length; from += 2) {
      int e = old[from + 1];
      if (e == 0) {
        continue;
      }
      int hash = old[from];
      int slot = (hash * 0x9E3779B9) >>> wider;
      for (int probes = 0; bigger[2 * slot + 1] != 0; probes++) {
        if (probes > LONGEST_PROBE) {
          toMap();
          return;
        }
        slot = (slot + 1) & mask;
      }
      bigger[2 * slot] = hash;
      bigger[2 * slot + 1] = e;
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
