package org.edcop.model.internal;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * An immutable set that keeps its elements, in the order they were first given, in one array of
 * exactly their number (docs/adr/0008). It is what a meeting's attendance is stored as: reading the
 * elements is a walk over one array instead of the linked nodes of a {@code LinkedHashSet}, which
 * at 100,000 meetings was the largest part of validation's and writing's growth with the plan's
 * size (#22).
 *
 * <p>Repeats are dropped when the set is made (the first occurrence keeps its place), nulls are
 * refused then, and every mutator throws {@link UnsupportedOperationException}. {@code equals} and
 * {@code hashCode} follow the {@link Set} contract, so the set equals any other set of the same
 * elements. {@link #contains} scans the array up to {@value #SCAN_LIMIT} elements; past that it
 * builds, on the first call, a table of positions probed by the elements' hashes, and falls back to
 * a {@link HashSet} when a probe runs longer than {@value #LONGEST_PROBE} (elements whose hashes
 * collide on purpose, #14), whose tree bins keep lookups of {@code Comparable} elements
 * logarithmic.
 *
 * <p>This source file is compiled twice: into cop-core, which ships it, and into the build-time
 * module cop-model-encodings, whose Immutables encoding refers to it (and which does not ship it).
 * It must use nothing but the JDK.
 *
 * @param <E> the element type
 * @since 0.2.0
 */
public final class ArraySet<E> extends AbstractSet<E> {

  /** Up to this size {@link #contains} scans the array; past it, a hash table is built. */
  static final int SCAN_LIMIT = 8;

  /** A probe longer than this sends the set to its {@link HashSet} fallback. */
  static final int LONGEST_PROBE = 64;

  private static final Object[] NO_ELEMENTS = {};

  private static final ArraySet<Object> EMPTY = new ArraySet<>(NO_ELEMENTS);

  /** The elements, distinct and non-null, in order; never changed, never handed out but below. */
  private final Object[] elements;

  /** The sum of the elements' hash codes, once computed (0 until then, or when it is 0). */
  private int hash;

  /** The lookup table, built on the first {@link #contains} past {@link #SCAN_LIMIT}. */
  private Index index;

  private ArraySet(Object[] elements) {
    this.elements = elements;
  }

  /**
   * The empty set.
   *
   * @param <E> the element type
   * @return the shared empty instance
   */
  @SuppressWarnings("unchecked")
  public static <E> ArraySet<E> of() {
    return (ArraySet<E>) EMPTY;
  }

  /**
   * A set of the given elements, in their order, repeats dropped.
   *
   * @param elements the elements
   * @param nullMessage the message of the {@link NullPointerException} thrown for a null element
   * @param <E> the element type
   * @return the set; {@code elements} itself if it is an {@code ArraySet}
   * @throws NullPointerException if {@code elements} is null or holds a null
   */
  public static <E> ArraySet<E> copyOf(Iterable<? extends E> elements, String nullMessage) {
    if (elements instanceof ArraySet<?>) {
      @SuppressWarnings("unchecked")
      ArraySet<E> same = (ArraySet<E>) elements;
      return same;
    }
    Builder<E> builder = new Builder<>();
    builder.addAll(elements, nullMessage);
    return builder.build();
  }

  /**
   * A set of the given elements, in their order, repeats dropped.
   *
   * @param elements the elements
   * @param nullMessage the message of the {@link NullPointerException} thrown for a null element
   * @param <E> the element type
   * @return the set
   * @throws NullPointerException if {@code elements} is null or holds a null
   */
  @SafeVarargs
  public static <E> ArraySet<E> copyOf(String nullMessage, E... elements) {
    Object[] copy = new Object[elements.length];
    for (int i = 0; i < copy.length; i++) {
      copy[i] = Objects.requireNonNull(elements[i], nullMessage);
    }
    return distinct(copy, copy.length);
  }

  /**
   * The elements of a collection as an array that the caller reads and never changes: an {@code
   * ArraySet}'s own array (no copy), any other collection's {@link Collection#toArray()}.
   *
   * @param collection a collection
   * @return its elements, in its iteration order, in an array of exactly their number
   */
  public static Object[] sharedArray(Collection<?> collection) {
    if (collection instanceof ArraySet<?>) {
      return ((ArraySet<?>) collection).elements;
    }
    return collection.toArray();
  }

  /** Makes the set of {@code source[0..size)}, null-checked already; repeats are dropped. */
  private static <E> ArraySet<E> distinct(Object[] source, int size) {
    if (size == 0) {
      return of();
    }
    Object[] kept = new Object[size];
    int count =
        size <= SCAN_LIMIT
            ? distinctByScan(source, size, kept)
            : distinctByTable(source, size, kept);
    return new ArraySet<>(count == size ? kept : Arrays.copyOf(kept, count));
  }

  private static int distinctByScan(Object[] source, int size, Object[] kept) {
    int count = 0;
    outer:
    for (int i = 0; i < size; i++) {
      Object e = source[i];
      for (int j = 0; j < count; j++) {
        if (kept[j].equals(e)) {
          continue outer;
        }
      }
      kept[count++] = e;
    }
    return count;
  }

  private static int distinctByTable(Object[] source, int size, Object[] kept) {
    int bits = tableBits(size);
    int mask = (1 << bits) - 1;
    int[] slots = new int[1 << bits];
    int[] hashes = new int[1 << bits];
    int count = 0;
    outer:
    for (int i = 0; i < size; i++) {
      Object e = source[i];
      int h = e.hashCode();
      int slot = mix(h, bits);
      int probes = 0;
      int found;
      while ((found = slots[slot]) != 0) {
        if (hashes[slot] == h && kept[found - 1].equals(e)) {
          continue outer;
        }
        slot = (slot + 1) & mask;
        if (++probes > LONGEST_PROBE) {
          return distinctByHashSet(source, i, size, kept, count);
        }
      }
      kept[count++] = e;
      slots[slot] = count;
      hashes[slot] = h;
    }
    return count;
  }

  /** Goes on from {@code source[from]} with a hash set, {@code kept[0..count)} distinct so far. */
  private static int distinctByHashSet(
      Object[] source, int from, int size, Object[] kept, int count) {
    Set<Object> seen = new HashSet<>(Math.max(16, (int) (size / 0.75f) + 1));
    for (int j = 0; j < count; j++) {
      seen.add(kept[j]);
    }
    for (int i = from; i < size; i++) {
      if (seen.add(source[i])) {
        kept[count++] = source[i];
      }
    }
    return count;
  }

  /** The number of bits of a table for {@code size} entries: at least twice as many slots. */
  private static int tableBits(int size) {
    return 33 - Integer.numberOfLeadingZeros(size - 1);
  }

  private static int mix(int hash, int bits) {
    return (hash * 0x9E3779B9) >>> (32 - bits);
  }

  @Override
  public int size() {
    return elements.length;
  }

  @Override
  public boolean isEmpty() {
    return elements.length == 0;
  }

  @Override
  public boolean contains(Object o) {
    if (o == null) {
      return false;
    }
    Object[] a = elements;
    if (a.length <= SCAN_LIMIT) {
      for (Object e : a) {
        if (e.equals(o)) {
          return true;
        }
      }
      return false;
    }
    Index i = index;
    if (i == null) {
      i = new Index(a);
      index = i;
    }
    return i.contains(a, o);
  }

  /** Whether {@link #contains} has gone to the hash-set fallback (for the tests). */
  boolean indexedByHashSet() {
    Index i = index;
    return i != null && i.fallback != null;
  }

  @Override
  public Iterator<E> iterator() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < elements.length;
      }

      @Override
      @SuppressWarnings("unchecked")
      public E next() {
        if (next >= elements.length) {
          throw new NoSuchElementException();
        }
        return (E) elements[next++];
      }
    };
  }

  @Override
  @SuppressWarnings("unchecked")
  public void forEach(Consumer<? super E> action) {
    Objects.requireNonNull(action);
    for (Object e : elements) {
      action.accept((E) e);
    }
  }

  @Override
  public Spliterator<E> spliterator() {
    return Spliterators.spliterator(
        elements,
        Spliterator.DISTINCT | Spliterator.ORDERED | Spliterator.IMMUTABLE | Spliterator.NONNULL);
  }

  @Override
  public Object[] toArray() {
    return Arrays.copyOf(elements, elements.length, Object[].class);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T[] toArray(T[] a) {
    int n = elements.length;
    if (a.length < n) {
      return (T[]) Arrays.copyOf(elements, n, a.getClass());
    }
    System.arraycopy(elements, 0, a, 0, n);
    if (a.length > n) {
      a[n] = null;
    }
    return a;
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      for (Object e : elements) {
        h += e.hashCode();
      }
      hash = h;
    }
    return h;
  }

  @Override
  public boolean equals(Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof Set<?>)) {
      return false;
    }
    Set<?> other = (Set<?>) o;
    if (other.size() != elements.length) {
      return false;
    }
    if (other instanceof ArraySet<?> && other.hashCode() != hashCode()) {
      return false;
    }
    try {
      for (Object e : elements) {
        if (!other.contains(e)) {
          return false;
        }
      }
      return true;
    } catch (ClassCastException | NullPointerException unlike) {
      return false;
    }
  }

  @Override
  public boolean add(E e) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean remove(Object o) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean addAll(Collection<? extends E> c) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean removeAll(Collection<?> c) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean retainAll(Collection<?> c) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean removeIf(Predicate<? super E> filter) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void clear() {
    throw new UnsupportedOperationException();
  }

  /**
   * Positions by hash, built once per set; immutable, so that a set shared between threads may
   * build it twice but never see it half built.
   */
  private static final class Index {
    private final int bits;
    private final int[] slots;
    private final int[] hashes;
    private final Set<Object> fallback;

    Index(Object[] elements) {
      int b = tableBits(elements.length);
      int mask = (1 << b) - 1;
      int[] s = new int[1 << b];
      int[] h = new int[1 << b];
      Set<Object> f = null;
      for (int i = 0; i < elements.length; i++) {
        int hash = elements[i].hashCode();
        int slot = mix(hash, b);
        int probes = 0;
        while (s[slot] != 0) {
          slot = (slot + 1) & mask;
          if (++probes > LONGEST_PROBE) {
            f = new HashSet<>(Arrays.asList(elements));
            break;
          }
        }
        if (f != null) {
          break;
        }
        s[slot] = i + 1;
        h[slot] = hash;
      }
      this.bits = b;
      this.slots = f == null ? s : null;
      this.hashes = f == null ? h : null;
      this.fallback = f;
    }

    boolean contains(Object[] elements, Object o) {
      if (fallback != null) {
        return fallback.contains(o);
      }
      int hash = o.hashCode();
      int mask = slots.length - 1;
      int slot = mix(hash, bits);
      // every element was placed within LONGEST_PROBE of its first slot, so a lookup stops there
      for (int probes = 0; probes <= LONGEST_PROBE; probes++) {
        int found = slots[slot];
        if (found == 0) {
          return false;
        }
        if (hashes[slot] == hash && elements[found - 1].equals(o)) {
          return true;
        }
        slot = (slot + 1) & mask;
      }
      return false;
    }
  }

  /**
   * Collects elements for an {@link ArraySet}: what a generated builder holds for the attribute.
   *
   * @param <E> the element type
   * @since 0.2.0
   */
  public static final class Builder<E> {
    private Object[] buffer = NO_ELEMENTS;
    private int size;

    /** Creates an empty builder. */
    public Builder() {}

    /**
     * Adds one element.
     *
     * @param element the element
     * @param nullMessage the message of the {@link NullPointerException} thrown if it is null
     */
    public void add(E element, String nullMessage) {
      Objects.requireNonNull(element, nullMessage);
      if (size == buffer.length) {
        buffer = Arrays.copyOf(buffer, Math.max(8, size + (size >> 1)));
      }
      buffer[size++] = element;
    }

    /**
     * Adds elements, in their order.
     *
     * @param elements the elements
     * @param nullMessage the message of the {@link NullPointerException} thrown for a null element
     */
    public void addAll(Iterable<? extends E> elements, String nullMessage) {
      if (elements instanceof Collection<?>) {
        int more = ((Collection<?>) elements).size();
        if (size + more > buffer.length) {
          buffer = Arrays.copyOf(buffer, Math.max(size + more, 8));
        }
      }
      for (E e : elements) {
        add(e, nullMessage);
      }
    }

    /** Forgets every element added. */
    public void clear() {
      buffer = NO_ELEMENTS;
      size = 0;
    }

    /**
     * The set of the elements added so far; the builder may go on.
     *
     * @return the set
     */
    public ArraySet<E> build() {
      return distinct(buffer, size);
    }
  }
}
