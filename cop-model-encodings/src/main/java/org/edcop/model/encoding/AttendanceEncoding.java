package org.edcop.model.encoding;

import java.util.Set;
import org.edcop.model.MemberId;
import org.edcop.model.internal.ArraySet;
import org.immutables.encode.Encoding;
import org.immutables.encode.Encoding.StandardNaming;

/**
 * How Immutables stores a {@code Set<MemberId>} attribute (a meeting's attendance): as an {@link
 * ArraySet}, one array of the ids in the order given, instead of {@code
 * Collections.unmodifiableSet(new LinkedHashSet<>(...))} (docs/adr/0008). The generated class keeps
 * the signatures Immutables gives a set today: {@code Set<MemberId> getX()}, {@code
 * withX(MemberId...)}, {@code withX(Iterable)}, and the builder's {@code addX(MemberId)}, {@code
 * addX(MemberId...)}, {@code addAllX(Iterable)} and {@code x(Iterable)}; nulls are refused with the
 * same messages.
 *
 * <p>The processor copies this code into each generated class; it is enabled by the generated
 * {@code AttendanceEncodingEnabled} annotation on the value type.
 */
@Encoding
final class AttendanceEncoding {

  @Encoding.Impl private Set<MemberId> value = ArraySet.of();

  AttendanceEncoding() {}

  @Encoding.Expose
  Set<MemberId> get() {
    return value;
  }

  @Encoding.Of
  static Set<MemberId> of(Set<MemberId> elements) {
    return ArraySet.copyOf(elements, "element");
  }

  /**
   * A copy of this value whose set holds the given elements instead, in their order; a repeat is
   * dropped, the first occurrence keeping its place.
   *
   * @param elements the new elements
   * @return the copy
   */
  @Encoding.Copy
  @Encoding.Naming(standard = StandardNaming.WITH)
  public final Set<MemberId> withArray(MemberId... elements) {
    return ArraySet.copyOf("element", elements);
  }

  /**
   * A copy of this value whose set holds the given elements instead, in their order; a repeat is
   * dropped, the first occurrence keeping its place. Given this value's own set, it returns this
   * value unchanged.
   *
   * @param elements the new elements
   * @return the copy, or this value
   */
  @Encoding.Copy
  @Encoding.Naming(standard = StandardNaming.WITH)
  public final Set<MemberId> withIterable(Iterable<? extends MemberId> elements) {
    return elements == value ? value : ArraySet.copyOf(elements, "element");
  }

  @Encoding.Builder
  static final class Builder {
    private ArraySet.Builder<MemberId> elements = new ArraySet.Builder<>();

    /**
     * Adds one element to the set (a repeat is dropped when the value is built).
     *
     * @param element the element
     */
    @Encoding.Init
    @Encoding.Naming(standard = StandardNaming.ADD)
    public final void add(MemberId element) {
      elements.add(element, "attendance element");
    }

    /**
     * Adds elements to the set (repeats are dropped when the value is built).
     *
     * @param more an array of elements
     */
    @Encoding.Init
    @Encoding.Naming(standard = StandardNaming.ADD)
    public final void addArray(MemberId... more) {
      for (MemberId element : more) {
        elements.add(element, "attendance element");
      }
    }

    /**
     * Adds elements to the set (repeats are dropped when the value is built).
     *
     * @param more an iterable of elements
     */
    @Encoding.Init
    @Encoding.Copy
    @Encoding.Naming(standard = StandardNaming.ADD_ALL)
    public final void addAll(Iterable<? extends MemberId> more) {
      elements.addAll(more, "attendance element");
    }

    /**
     * Sets or replaces all elements of the set.
     *
     * @param replacement an iterable of elements
     */
    @Encoding.Init
    @Encoding.Naming(standard = StandardNaming.INIT)
    public final void set(Iterable<? extends MemberId> replacement) {
      elements.clear();
      elements.addAll(replacement, "attendance element");
    }

    @Encoding.Build
    Set<MemberId> build() {
      return elements.build();
    }
  }
}
