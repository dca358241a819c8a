package org.edcop.model;

import java.util.Objects;

/**
 * The identifier of a member within one community's roster (guide section: Membership). Leaders,
 * facilitators, norm agreements, attendance and reflections refer to members by it. Unique within a
 * plan; the validator reports duplicates and references that do not resolve.
 *
 * <p>Ids are equal, and ordered, by their text. The class is final and {@code Comparable} to
 * itself, so hash maps and sets of ids stay fast even when many ids share a hash code: ids built
 * from {@code Aa}/{@code BB} blocks collide by design, and a map whose keys cannot be ordered then
 * scans every colliding key on each lookup. (That is why this one value type is written by hand and
 * not generated: a generated class is only comparable to its interface, which the JDK's hash maps
 * cannot use.)
 *
 * <p>An id's value never changes, and ids may be shared freely between plans and threads. Each
 * instance also carries a private memo that the validator uses to find the id on a roster quickly;
 * it is not part of the value (equality, hash code, order and text ignore it), and validations that
 * share ids on several threads at once give the same findings as one at a time.
 *
 * @since 0.1.0
 */
public final class MemberId implements Comparable<MemberId> {

  private final String value;

  /**
   * A memo for look-ups on a roster, like {@link String}'s cached hash: not part of the id's value
   * (not in {@code equals}, {@code hashCode}, {@code toString} or the order). The validation index
   * that last recorded this id writes its own stamp and the id's roster position here, and reads
   * them back for the attendance, agreements and reflections that refer to the same instance; any
   * other stamp sends it to its tables. Read and written only through {@code
   * org.edcop.model.internal.MemberIdHints} (docs/adr/0009).
   */
  @SuppressWarnings("unused")
  private long rosterHint;

  private MemberId(String value) {
    this.value = Objects.requireNonNull(value, "value");
  }

  /**
   * Creates a member id.
   *
   * @param value the identifier text
   * @return the id
   */
  public static MemberId of(String value) {
    return new MemberId(value);
  }

  /**
   * The identifier text.
   *
   * @return the id, as chosen by the user's system
   */
  public String getValue() {
    return value;
  }

  /**
   * A copy with another text.
   *
   * @param newValue the identifier text
   * @return this id if the text is the same, else a new id
   * @since 0.2.0
   */
  public MemberId withValue(String newValue) {
    return value.equals(newValue) ? this : new MemberId(newValue);
  }

  @Override
  public int compareTo(MemberId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object other) {
    return this == other || (other instanceof MemberId id && value.equals(id.value));
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "MemberId{value=" + value + "}";
  }
}
