package org.edcop.model.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicLong;
import org.edcop.model.MemberId;

/**
 * Reads and writes the roster memo that each {@link MemberId} carries (docs/adr/0009): one {@code
 * long} holding the stamp of the roster index that wrote it (high 43 bits) and the id's position on
 * that index's roster (low 21 bits). An index takes a stamp of its own from one counter for the
 * whole process, so no two indexes share one, and trusts a memo only when it carries that stamp: a
 * memo left by another index (an earlier call, another thread validating a plan that shares the
 * ids) reads as "no memo", and the index asks its tables instead.
 *
 * <p>Reads and writes are opaque: a memo is never seen half written, whatever the threads; a memo
 * that another thread overwrote is only a look-up that takes the slower path. Once the counter has
 * given out all 2<sup>43</sup> - 1 stamps (at 30,000 validations a second, after more than nine
 * years), {@link #newStamp()} answers {@link #NONE} and indexes stop using memos. A position from
 * 2<sup>21</sup> on (a roster of more than two million members) is not memoised: {@link #record}
 * leaves the memo as it was, and the look-up takes the tables.
 *
 * @since 0.2.0
 */
public final class MemberIdHints {

  /** The stamp of an index that uses no memos. */
  public static final long NONE = 0;

  /** The largest stamp a memo can hold. */
  static final long STAMP_LIMIT = (1L << 43) - 1;

  /** One past the largest position a memo can hold. */
  static final int POSITION_LIMIT = 1 << 21;

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
  public static long newStamp() {
    return stampOf(STAMPS.incrementAndGet());
  }

  /** The stamp for the counter's value: the value while it fits in 43 bits, then {@link #NONE}. */
  static long stampOf(long count) {
    return count > 0 && count <= STAMP_LIMIT ? count : NONE;
  }

  /**
   * Writes a memo.
   *
   * @param id the id
   * @param stamp the writing index's stamp, not {@link #NONE}
   * @param position the id's position on that index's roster, not negative; from {@code 2^21} on
   *     nothing is recorded
   */
  public static void record(MemberId id, long stamp, int position) {
    if (position < POSITION_LIMIT) {
      HINT.setOpaque(id, pack(stamp, position));
    }
  }

  /**
   * The position a memo records, if the given index wrote it.
   *
   * @param id the id
   * @param stamp the reading index's stamp
   * @return the position, or -1 if the memo is another index's (or none), or the stamp is {@link
   *     #NONE}
   */
  public static int position(MemberId id, long stamp) {
    long hint = (long) HINT.getOpaque(id);
    return hint >>> 21 == stamp && stamp != NONE ? (int) (hint & (POSITION_LIMIT - 1)) : -1;
  }

  static long pack(long stamp, int position) {
    return stamp << 21 | position;
  }
}
