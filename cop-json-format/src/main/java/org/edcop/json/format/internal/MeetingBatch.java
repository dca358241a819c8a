package org.edcop.json.format.internal;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.edcop.model.Meeting;
import org.edcop.model.MemberId;

/**
 * What {@link PlanWriter} writes of a run of meetings that lies out of cache in a large plan, read
 * ahead in short passes over the whole run before any of them is written: each meeting's attendance
 * as sorted id texts, and its start and end as text (#22).
 *
 * <p>Why: at 100,000 members and meetings the writer's cost per element was 1.6 times that at 100,
 * and the growth was the attendance (each id reached through the set's wrapper, its map, a node,
 * the shared {@code MemberId}, its {@code String} and that string's bytes, all out of cache) and
 * the date-times (an {@code OffsetDateTime}, its {@code LocalDateTime}, date and time). Read one
 * meeting at a time between the generator's work, each of those loads waits for the one before. A
 * pass that does nothing but one kind of load for {@link #SIZE} meetings lets the processor have
 * many of them in flight at once, so the misses overlap; the writing that follows finds everything
 * in cache.
 */
final class MeetingBatch {

  /** Meetings read ahead at a time: their ids and texts stay well inside the L1 and L2 caches. */
  static final int SIZE = 32;

  /**
   * Where the touching pass leaves its sum: a store to a static field is never removed, so the
   * loads before it are not either. Racy by design; nothing reads it.
   */
  private static int touched;

  @SuppressWarnings("unchecked")
  private final Set<MemberId>[] sets = (Set<MemberId>[]) new Set<?>[SIZE];

  private final MemberId[][] members = new MemberId[SIZE][];
  private final int[] counts = new int[SIZE];
  private final int[] offsets = new int[SIZE + 1];
  private final String[] starts = new String[SIZE];
  private final String[] ends = new String[SIZE];
  private String[] ids = new String[SIZE * 8];

  /**
   * Reads meetings {@code from} (inclusive) to {@code to} (exclusive) ahead, at most {@link #SIZE}.
   *
   * @param meetings the plan's meetings
   * @param from the first meeting
   * @param to after the last meeting
   */
  void prepare(List<Meeting> meetings, int from, int to) {
    int n = to - from;
    // the sets (meeting -> its attendance field)
    for (int j = 0; j < n; j++) {
      sets[j] = meetings.get(from + j).getAttendance();
    }
    // the members of each set, in one call per set: no iterator, no per-node hasNext
    int total = 0;
    for (int j = 0; j < n; j++) {
      Set<MemberId> set = sets[j];
      sets[j] = null;
      int count = set.size();
      counts[j] = count;
      offsets[j] = total;
      total += count;
      MemberId[] buffer = members[j];
      if (buffer == null || buffer.length < count) {
        buffer = new MemberId[Math.max(count, 16)];
        members[j] = buffer;
      }
      if (count > 1) {
        set.toArray(buffer);
      } else if (count == 1) {
        buffer[0] = set.iterator().next();
      }
    }
    offsets[n] = total;
    if (ids.length < total) {
      ids = new String[Math.max(total, ids.length * 2)];
    }
    // the id texts (MemberId -> String), independent loads across all the meetings
    for (int j = 0; j < n; j++) {
      MemberId[] buffer = members[j];
      for (int k = 0, at = offsets[j], count = counts[j]; k < count; k++) {
        ids[at + k] = buffer[k].getValue();
        buffer[k] = null;
      }
    }
    // each text's header and bytes (String -> byte[]), again independent
    int sum = 0;
    for (int i = 0; i < total; i++) {
      sum += ids[i].length();
    }
    // sorted, in cache now
    for (int j = 0; j < n; j++) {
      if (counts[j] > 1) {
        Arrays.sort(ids, offsets[j], offsets[j] + counts[j]);
      }
    }
    touched = sum;
    // the start and end texts (meeting -> date-time -> its date and time)
    for (int j = 0; j < n; j++) {
      Meeting meeting = meetings.get(from + j);
      starts[j] = text(meeting.getStart().orElse(null));
      ends[j] = text(meeting.getEnd().orElse(null));
    }
  }

  private static String text(OffsetDateTime dateTime) {
    return dateTime == null ? null : WireOut.dateTime(dateTime);
  }

  /** The start of the {@code j}-th meeting read ahead as text, or null. */
  String start(int j) {
    return starts[j];
  }

  /** The end of the {@code j}-th meeting read ahead as text, or null. */
  String end(int j) {
    return ends[j];
  }

  /** How many members attended the {@code j}-th meeting read ahead. */
  int attendance(int j) {
    return counts[j];
  }

  /** The {@code k}-th attendee's id of the {@code j}-th meeting, in sorted order. */
  String attendee(int j, int k) {
    return ids[offsets[j] + k];
  }
}
