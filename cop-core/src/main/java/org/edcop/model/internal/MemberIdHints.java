package org.edcop.model.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicLong;
import org.edcop.model.MemberId;

/**
 * Reads and writes the roster memo that each {@link MemberId} carries (docs/adr/0009): one {@code
 * long} holding the stamp of the roster index that wrote it (high half) and the id's position on
 * that index's roster (low half). An index takes a stamp of its own from one counter for the whole
 * process, so no two indexes share one, and trusts a memo only when it carries that stamp: a memo
 * left by another index (an earlier call, another thread validating a plan that shares the ids)
 * reads as "no memo", and the index asks its tables instead.
 *
 * <p>Reads and writes are opaque: a memo is never seen half written, whatever the threads; a memo
 * that another thread overwrote is only a look-up that takes the slower path. Once the counter has
 * given out all 2<sup>32</sup> - 1 stamps, {@link #newStamp()} answers {@link #NONE} and indexes
 * stop using memos.
 *
 * @since 0.2.0
 */
public final class MemberIdHints {

  /** The stamp of an index that uses no memos. */
  public static final int NONE = 0;

  private static final VarHandle HINT;

  static {
    try {
      HINT =
          MethodHandles.privateLookupIn(MemberId.class, MethodHandles.lookup())
              .findVarHandle(MemberId.class, "rosterHint", long.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private static final AtomicLong STAMPS = new AtomicLong();

  private MemberIdHints() {}

  /**
   * A stamp no index had before.
   *
   * @return the stamp, or {@link #NONE} once they are all given out
   */
  public static int newStamp() {
    return stampOf(STAMPS.incrementAndGet());
  }

  /** The stamp for the counter's value: its low 32 bits while they last, then {@link #NONE}. */
  static int stampOf(long count) {
    return count > 0 && count <= 0xFFFF_FFFFL ? (int) count : NONE;
  }

  /**
   * Writes a memo.
   *
   * @param id the id
   * @param stamp the writing index's stamp, not {@link #NONE}
   * @param position the id's position on that index's roster, not negative
   */
  public static void record(MemberId id, int stamp, int position) {
    HINT.setOpaque(id, pack(stamp, position));
  }

  /**
   * The position a memo records, if the given index wrote it.
   *
   * @param id the id
   * @param stamp the reading index's stamp
   * @return the position, or -1 if the memo is another index's (or none), or the stamp is {@link
   *     #NONE}
   */
  public static int position(MemberId id, int stamp) {
    long hint = (long) HINT.getOpaque(id);
    return (int) (hint >>> 32) == stamp && stamp != NONE ? (int) hint : -1;
  }

  static long pack(int stamp, int position) {
    return ((long) stamp << 32) | (position & 0xFFFF_FFFFL);
  }
}
