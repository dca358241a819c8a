package org.edcop.running.internal;

import java.util.List;
import org.edcop.model.Member;
import org.edcop.model.MemberId;
import org.edcop.model.internal.FirstPositions;

/**
 * Roster positions by member id, first listing wins, for validation and participation figures.
 * Lookups go by identity first: the JSON reader gives every reference to a member within one
 * document the roster's own {@code MemberId} instance, so a reference is found by one probe of two
 * flat arrays, without hashing or comparing the id's text and without visiting the map's nodes,
 * whose scattered reads were the largest part of validation's growth with the plan's size (#22). An
 * id that is equal but not the same instance (a plan built in code, an id that is not on the
 * roster) is looked up by its text in a second flat table of roster positions ({@link
 * FirstPositions}), probed by the text's hash: no map nodes, no boxed positions.
 */
public final class RosterIndex {
  private final MemberId[] keys;
  private final int[] positions;
  private final int mask;

  /**
   * Roster positions by the ids' texts, for ids that are not the roster's instances; it keeps
   * look-ups logarithmic for texts whose hashes collide on purpose (an adversarial roster, #14).
   */
  private final FirstPositions byText;

  /** The ids' texts by roster position, the keys of {@link #byText}. */
  private final String[] texts;

  /**
   * Creates an empty index over a roster; {@link #putIfAbsent} fills it.
   *
   * @param roster the roster whose positions are recorded
   */
  public RosterIndex(List<Member> roster) {
    int capacity = Integer.highestOneBit(Math.max(4, roster.size()) * 2 - 1) << 1;
    this.keys = new MemberId[capacity];
    this.positions = new int[capacity];
    this.mask = capacity - 1;
    this.texts = new String[roster.size()];
    this.byText = new FirstPositions(texts);
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
    if (byText.putIfAbsent(position) >= 0) {
      return false;
    }
    int slot = mix(System.identityHashCode(id));
    while (keys[slot] != null) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = id;
    positions[slot] = position;
    return true;
  }

  /**
   * Whether an id is recorded. For an id that is the roster's own instance this reads only the
   * table of ids, not the positions: one memory access fewer per reference checked.
   *
   * @param id a member id
   * @return {@code true} if an equal id is on the roster
   */
  public boolean contains(MemberId id) {
    int slot = mix(System.identityHashCode(id));
    MemberId key;
    while ((key = keys[slot]) != null) {
      if (key == id) {
        return true;
      }
      slot = (slot + 1) & mask;
    }
    return get(id) >= 0;
  }

  /**
   * The first recorded roster position of an id.
   *
   * @param id a member id
   * @return its position, or -1
   */
  public int get(MemberId id) {
    int slot = mix(System.identityHashCode(id));
    MemberId key;
    while ((key = keys[slot]) != null) {
      if (key == id) {
        return positions[slot];
      }
      slot = (slot + 1) & mask;
    }
    return byText.get(id.getValue());
  }

  private int mix(int hash) {
    int h = hash * 0x9E3779B9;
    return (h ^ (h >>> 16)) & mask;
  }
}
