package org.edcop.model.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
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
 * builds, on the first call, a {@link FirstPositions} table of the elements, which stays fast for
 * elements whose hashes collide on purpose (#14). Repeats are dropped with the same table.
 *
 * <p>A set can also hold <em>position hints</em> ({@link #positionHints()}): where each element was
 * last found in some list outside the set, such as a meeting's attendees in the plan's roster. They
 * are notes a reader of the set leaves for the next reader, not part of the set's value (like
 * {@code String}'s cached hash): the validator and the JSON writer check each hint by identity
 * against their own list before they use it, and at 100,000 members that check, in an array that
 * fits the cache, replaces a cache miss on every attendee's id (docs/adr/0012, #22).
 *
 * <p>This source file is compiled twice: into cop-core, which ships it, and into the build-time
 * module cop-model-encodings, whose Immutables encoding refers to it (and which does not ship it).
 * It must use nothing but the JDK and {@link FirstPositions}.
 *
 * @param <E> the element type
 * @since 0.2.0
 */
public final class ArraySet<E> extends AbstractSet<E> {

  /** Up to this size {@link #contains} scans the array; past it, a hash table is built. */
  static final int SCAN_LIMIT = 8;

  private static final Object[] NO_ELEMENTS = {};

  private static final ArraySet<Object> EMPTY = new ArraySet<>(NO_ELEMENTS);

  /** The elements, distinct and non-null, in order; never changed, never handed out. */
  private final Object[] elements;

  /** The sum of the elements' hash codes, once computed (0 until then, or when it is 0). */
  private int hash;

  /** The lookup table, built on the first {@link #contains} past {@link #SCAN_LIMIT}. */
  private Index index;

  /**
   * The position hints, one per element, or {@code null}: set with release and read with acquire
   * semantics through {@link #HINTS}, so that a reader sees a whole array, never one being filled.
   */
  @SuppressWarnings("unused") // through HINTS
  private int[] hints;

  private static final VarHandle HINTS;

  static {
    try {
      HINTS = MethodHandles.lookup().findVarHandle(ArraySet.class, "hints", int[].class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

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
   * The element at a position of the iteration order, read from the set's array without a copy or
   * an iterator: the validator's index walks a meeting's attendance this way. The set's array
   * itself is never handed out, so no caller can change an immutable meeting through it.
   *
   * @param index a position, from 0 to {@code size() - 1}
   * @return the element there
   * @throws IndexOutOfBoundsException if there is no such position
   */
  @SuppressWarnings("unchecked")
  public E get(int index) {
    Objects.checkIndex(index, elements.length);
    return (E) elements[index];
  }

  /**
   * The position hints last left on this set ({@link #hintPositions}): entry {@code i} is where the
   * element at position {@code i} of this set was found in the list of the caller that left them.
   * Another caller, or the same one with another list, may have left them: a hint is to be checked
   * (is the element at that position of my list this very element?) before it is trusted. The array
   * must not be changed.
   *
   * @return the hints, one per element, or {@code null} if none were left
   */
  public int[] positionHints() {
    return (int[]) HINTS.getAcquire(this);
  }

  /**
   * Leaves position hints for the next reader, replacing any left before. The set keeps the array
   * itself: the caller must not change it afterwards. Callers on different threads may race; each
   * reader then sees one whole array or the other, and checks it.
   *
   * @param positions one position per element, in this set's order
   * @throws IllegalArgumentException if there is not one position per element
   */
  public void hintPositions(int[] positions) {
    if (positions.length != elements.length) {
      throw new IllegalArgumentException(
          positions.length + " position hints for a set of " + elements.length);
    }
    HINTS.setRelease(this, positions);
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
    FirstPositions seen = new FirstPositions(source);
    int count = 0;
    for (int i = 0; i < size; i++) {
      if (seen.putIfAbsent(i) < 0) {
        kept[count++] = source[i];
      }
    }
    return count;
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
    return i.contains(o);
  }

  /** Whether {@link #contains} has gone to the hash-set fallback (for the tests). */
  boolean indexedByHashSet() {
    Index i = index;
    return i != null && i.table.usesMap();
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
   * Positions by hash, built once per set; its one field is final, so that a set shared between
   * threads may build it twice but never see it half built.
   */
  private static final class Index {
    private final FirstPositions table;

    Index(Object[] elements) {
      FirstPositions t = new FirstPositions(elements);
      for (int i = 0; i < elements.length; i++) {
        t.putIfAbsent(i);
      }
      this.table = t;
    }

    boolean contains(Object o) {
      return table.get(o) >= 0;
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
