package org.edcop.json.format.internal;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The property names one kind of object of the plan can have, in the order the writer writes them,
 * so that {@link PlanReader} can ask the parser whether the next name is the one that usually
 * follows ({@link TokenCursor#nextName}): Jackson then compares the document's bytes with the
 * name's encoded form in place, with no look-up in its symbol table, and the reader learns the
 * name's position in the table, which stands for it in the check that no name is given twice.
 *
 * <p>The table learns which name follows which: documents from one writer give their names in one
 * order, leaving out the same absent properties, so after a name the reader first tries the name
 * that followed it last time ({@link #after}, {@link #learn}). What it learns only changes how fast
 * a name is recognised, never the result; threads that race to update it store positions of this
 * table, any of which is valid.
 *
 * <p>Every name of every table gets a number of its own for the life of the class loader, by which
 * an engine keeps the name's prepared form (see {@link ParserCursor#NAME_NUMBERS}).
 */
final class PropertyNames {

  /** The most names one table may hold: their positions are the bits of a {@code long}. */
  static final int MAX = Long.SIZE;

  /** The next name number to hand out. */
  private static final AtomicInteger NUMBERS = new AtomicInteger();

  private final String[] names;
  private final int[] hashes;
  private final int first;

  /**
   * By the position of a name plus one (0 for an object's start): the position of the name that
   * followed it last time, {@link #size} for the object's end. Starts as the table's order.
   */
  private final int[] next;

  private PropertyNames(String[] names) {
    if (names.length > MAX) {
      throw new IllegalArgumentException("more than " + MAX + " names");
    }
    this.names = names.clone();
    this.hashes = new int[names.length];
    for (int i = 0; i < names.length; i++) {
      for (int j = 0; j < i; j++) {
        if (names[j].equals(names[i])) {
          throw new IllegalArgumentException("the name '" + names[i] + "' is listed twice");
        }
      }
      hashes[i] = names[i].hashCode();
    }
    this.next = new int[names.length + 1];
    for (int i = 0; i < next.length; i++) {
      next[i] = i;
    }
    this.first = NUMBERS.getAndAdd(names.length);
    if (first + names.length > ParserCursor.NAME_NUMBERS) {
      throw new IllegalStateException("more than " + ParserCursor.NAME_NUMBERS + " names");
    }
  }

  /**
   * A table of names.
   *
   * @param names the names, each once, in the order a document usually gives them
   * @return the table
   */
  static PropertyNames of(String... names) {
    return new PropertyNames(names);
  }

  /**
   * The number of names.
   *
   * @return the size
   */
  int size() {
    return names.length;
  }

  /**
   * A name, as the constant the table was made of (so a {@code switch} on it matches its label by
   * identity).
   *
   * @param position the position, from 0
   * @return the name
   */
  String name(int position) {
    return names[position];
  }

  /**
   * The name's number, unique among all tables.
   *
   * @param position the position, from 0
   * @return the number, below {@link ParserCursor#NAME_NUMBERS}
   */
  int number(int position) {
    return first + position;
  }

  /**
   * The position of the name expected after another.
   *
   * @param last the other name's position, or -1 at the start of an object
   * @return the position of the name that followed last time, or {@link #size} for the end of the
   *     object
   */
  int after(int last) {
    return next[last + 1];
  }

  /**
   * Records which name followed another, for {@link #after}.
   *
   * @param last the other name's position, or -1 at the start of an object
   * @param position the position of the name that followed, or {@link #size} for the end of the
   *     object
   */
  void learn(int last, int position) {
    if (next[last + 1] != position) {
      next[last + 1] = position;
    }
  }

  /**
   * The position of a name.
   *
   * @param name a name
   * @return its position, or -1 if the table does not hold it
   */
  int position(String name) {
    int hash = name.hashCode();
    for (int i = 0; i < hashes.length; i++) {
      if (hashes[i] == hash && names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
