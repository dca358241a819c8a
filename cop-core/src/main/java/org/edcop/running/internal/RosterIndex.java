package org.edcop.running.internal;

import java.util.Arrays;
import java.util.List;
import org.edcop.model.Member;
import org.edcop.model.MemberId;
import org.edcop.model.internal.ArraySet;
import org.edcop.model.internal.FirstPositions;
import org.edcop.model.internal.MemberIdHints;

/**
 * Roster positions by member id, first listing wins, for validation and participation figures.
 *
 * <p>Each id this index records as a first listing gets a memo of its position, stamped with this
 * index's own stamp ({@link MemberIdHints}, docs/adr/0009). The JSON reader (and a plan built in
 * code from the roster's ids) gives every reference to a member the roster's own {@code MemberId}
 * instance, so a reference is found by reading that one object: no hash, no table slot, where the
 * probes of the earlier identity table cost up to three cache misses per attendee at 100,000
 * members (#22). An id without this index's memo (an equal id that is not the roster's instance, an
 * id not on the roster, or a memo that another index wrote since, such as a validation of the same
 * plan on another thread) is looked up by its text in a flat table of roster positions ({@link
 * FirstPositions}), probed by the text's hash: no map nodes, no boxed positions, and logarithmic
 * for texts whose hashes collide on purpose (#14).
 *
 * <p>A set of ids (a meeting's attendance) is resolved in one call, {@link #positions}, through the
 * position hints the set carries ({@link ArraySet#positionHints()}, docs/adr/0012): a hint is
 * trusted when the roster's id at that position is the set's element itself, which compares two
 * references and reads no id. Without valid hints the ids are looked up one by one as above, and
 * when every one of them is the roster's own instance the set gets hints for the next call.
 */
public final class RosterIndex {

  /** This index's memo stamp, or {@link MemberIdHints#NONE} to use no memos. */
  private final long stamp;

  /** Roster positions by the ids' texts: every look-up that no memo answers. */
  private final FirstPositions byText;

  /** The ids' texts by roster position, the keys of {@link #byText}. */
  private final String[] texts;

  /** The ids by roster position, each the roster's own instance: what hints are checked against. */
  private final MemberId[] instances;

  /** By roster position: the first position of an equal id (the position itself if it is first). */
  private final int[] first;

  /**
   * Creates an empty index over a roster; {@link #putIfAbsent} fills it.
   *
   * @param roster the roster whose positions are recorded
   */
  public RosterIndex(List<Member> roster) {
    this(roster, MemberIdHints.newStamp());
  }

  /** An index with a given memo stamp ({@link MemberIdHints#NONE}: none), for the tests. */
  RosterIndex(List<Member> roster, long stamp) {
    this.texts = new String[roster.size()];
    this.instances = new MemberId[roster.size()];
    this.first = new int[roster.size()];
    this.byText = new FirstPositions(texts);
    this.stamp = stamp;
  }

  /**
   * Records a roster position unless an equal id is already there.
   *
   * @param id the id at that position
   * @param position its position on the roster
   * @return {@code true} if it was recorded
   */
  public boolean putIfAbsent(MemberId id, int position) {
    texts[position] = id.getValue();
    instances[position] = id;
    int earlier = byText.putIfAbsent(position);
    if (earlier >= 0) {
      first[position] = earlier;
      return false;
    }
    first[position] = position;
    if (stamp != MemberIdHints.NONE) {
      MemberIdHints.record(id, stamp, position);
    }
    return true;
  }

  /**
   * Whether an id is recorded.
   *
   * @param id a member id
   * @return {@code true} if an equal id is on the roster
   */
  public boolean contains(MemberId id) {
    return get(id) >= 0;
  }

  /**
   * The first recorded roster position of an id.
   *
   * @param id a member id
   * @return its position, or -1
   */
  public int get(MemberId id) {
    int position = MemberIdHints.position(id, stamp);
    return position >= 0 ? position : byText.get(id.getValue());
  }

  /**
   * The first recorded roster positions of a set of ids, in the set's order, written to {@code out}
   * from {@code at} on: {@code out[at + i]} is {@link #get} of the set's element {@code i}. The
   * set's position hints are used when each names a roster position holding that very element;
   * otherwise the ids are looked up one by one, and the set is given hints when every one of them
   * is the roster's own instance.
   *
   * @param ids the ids, all {@link MemberId}s
   * @param out where the positions go
   * @param at the first entry of {@code out} written
   */
  public void positions(ArraySet<?> ids, int[] out, int at) {
    int count = ids.size();
    int[] hints = ids.positionHints();
    if (hints != null && byHints(ids, hints, out, at)) {
      return;
    }
    boolean instancesAll = count > 0;
    for (int j = 0; j < count; j++) {
      MemberId id = (MemberId) ids.get(j);
      int position = get(id);
      out[at + j] = position;
      instancesAll &= position >= 0 && instances[position] == id;
    }
    if (instancesAll) {
      // the positions just written are the hints: each holds the very element
      ids.hintPositions(Arrays.copyOfRange(out, at, at + count));
    }
  }

  /** Writes the positions the hints give, if every hint holds; {@code false} if one does not. */
  private boolean byHints(ArraySet<?> ids, int[] hints, int[] out, int at) {
    MemberId[] roster = instances;
    for (int j = 0; j < hints.length; j++) {
      int position = hints[j];
      if (position < 0 || position >= roster.length || roster[position] != ids.get(j)) {
        return false;
      }
      out[at + j] = first[position];
    }
    return true;
  }
}
