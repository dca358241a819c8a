package org.edcop.running.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.edcop.model.Member;
import org.edcop.model.MemberId;

/**
 * Roster positions by member id, first listing wins, for validation and participation figures.
 * Lookups go by identity first: the JSON reader gives every reference to a member within one
 * document the roster's own {@code MemberId} instance, so a reference is found by one probe of two
 * flat arrays, without hashing or comparing the id's text and without visiting the map's nodes,
 * whose scattered reads were the largest part of validation's growth with the plan's size (#22). An
 * id that is equal but not the same instance (a plan built in code, an id that is not on the
 * roster) is looked up by its text in a second flat table of roster positions, probed by the text's
 * hash: no map nodes, no boxed positions, sized once for the roster.
 */
public final class RosterIndex {
  private final MemberId[] keys;
  private final int[] positions;
  private final int[] byValue;
  private final int[] valueHashes;
  private final int mask;
  private final List<Member> roster;

  /**
   * The fallback for ids whose texts share hash codes (an adversarial roster, #14): once a probe
   * runs longer than {@link #LONGEST_PROBE}, lookups by text go through a map, which keeps them
   * logarithmic where linear probing would turn quadratic.
   */
  private Map<String, Integer> byText;

  private static final int LONGEST_PROBE = 64;

  /**
   * Creates an empty index over a roster; {@link #putIfAbsent} fills it.
   *
   * @param roster the roster whose positions are recorded
   */
  public RosterIndex(List<Member> roster) {
    int capacity = Integer.highestOneBit(Math.max(4, roster.size()) * 2 - 1) << 1;
    this.keys = new MemberId[capacity];
    this.positions = new int[capacity];
    this.byValue = new int[capacity];
    Arrays.fill(byValue, -1);
    this.valueHashes = new int[capacity];
    this.mask = capacity - 1;
    this.roster = roster;
  }

  /**
   * Records a roster position unless an equal id is already there.
   *
   * @param id the id at that position
   * @param position its position on the roster
   * @return {@code true} if it was recorded
   */
  public boolean putIfAbsent(MemberId id, int position) {
    String value = id.getValue();
    if (byText != null) {
      if (byText.putIfAbsent(value, position) != null) {
        return false;
      }
    } else {
      int hash = value.hashCode();
      int slot = mix(hash);
      int found;
      int probes = 0;
      while ((found = byValue[slot]) >= 0) {
        if (valueHashes[slot] == hash && roster.get(found).getId().getValue().equals(value)) {
          return false;
        }
        slot = (slot + 1) & mask;
        if (++probes > LONGEST_PROBE) {
          byText = new HashMap<>(Math.max(16, (int) (roster.size() / 0.75f) + 1));
          for (int p : byValue) {
            if (p >= 0) {
              byText.put(roster.get(p).getId().getValue(), p);
            }
          }
          return putIfAbsent(id, position);
        }
      }
      byValue[slot] = position;
      valueHashes[slot] = hash;
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
    String value = id.getValue();
    if (byText != null) {
      Integer position = byText.get(value);
      return position == null ? -1 : position;
    }
    int hash = value.hashCode();
    slot = mix(hash);
    int found;
    while ((found = byValue[slot]) >= 0) {
      if (valueHashes[slot] == hash && roster.get(found).getId().getValue().equals(value)) {
        return found;
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  private int mix(int hash) {
    int h = hash * 0x9E3779B9;
    return (h ^ (h >>> 16)) & mask;
  }
}
