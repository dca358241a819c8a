package org.edcop.model.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.edcop.model.ImmutableMeeting;
import org.edcop.model.Meeting;

/**
 * Reads a meeting's start and end as the generated {@link ImmutableMeeting} holds them (docs/adr/
 * 0011): the instant's epoch second and nanosecond, and the offset, in the meeting object itself.
 * {@link Meeting#getStart()} builds an {@code Optional<OffsetDateTime>} from these on every call;
 * the validator's meeting pass reads them here instead, without building anything. A meeting of
 * another class (an implementation of {@code Meeting} of the caller's own) is read through its
 * getters.
 *
 * <p>The fields are private to the generated class and named by the encoding ({@code start_offset},
 * {@code start_second}, {@code start_nano}, the same for {@code end}); a change of those names
 * fails this class's initialisation, and every test that validates a plan with it.
 *
 * @since 0.2.0
 */
public final class MeetingTimes {

  private static final VarHandle START_OFFSET;
  private static final VarHandle START_SECOND;
  private static final VarHandle START_NANO;
  private static final VarHandle END_OFFSET;
  private static final VarHandle END_SECOND;
  private static final VarHandle END_NANO;

  static {
    try {
      MethodHandles.Lookup lookup =
          MethodHandles.privateLookupIn(ImmutableMeeting.class, MethodHandles.lookup());
      START_OFFSET = lookup.findVarHandle(ImmutableMeeting.class, "start_offset", ZoneOffset.class);
      START_SECOND = lookup.findVarHandle(ImmutableMeeting.class, "start_second", long.class);
      START_NANO = lookup.findVarHandle(ImmutableMeeting.class, "start_nano", int.class);
      END_OFFSET = lookup.findVarHandle(ImmutableMeeting.class, "end_offset", ZoneOffset.class);
      END_SECOND = lookup.findVarHandle(ImmutableMeeting.class, "end_second", long.class);
      END_NANO = lookup.findVarHandle(ImmutableMeeting.class, "end_nano", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private MeetingTimes() {}

  /**
   * Whether a meeting is held flat, so that the static readers of this class apply.
   *
   * @param meeting the meeting
   * @return whether it is an {@link ImmutableMeeting}
   */
  public static boolean flat(Meeting meeting) {
    return meeting instanceof ImmutableMeeting;
  }

  /**
   * Whether a flat meeting has a start.
   *
   * @param meeting the meeting
   * @return whether it has a start
   */
  public static boolean hasStart(ImmutableMeeting meeting) {
    return START_OFFSET.get(meeting) != null;
  }

  /**
   * A flat meeting's start, as {@link OffsetDateTime#toEpochSecond()}.
   *
   * @param meeting the meeting, with a start
   * @return the epoch second
   */
  public static long startSecond(ImmutableMeeting meeting) {
    return (long) START_SECOND.get(meeting);
  }

  /**
   * A flat meeting's start, as {@link OffsetDateTime#getNano()}.
   *
   * @param meeting the meeting, with a start
   * @return the nanosecond within the second
   */
  public static int startNano(ImmutableMeeting meeting) {
    return (int) START_NANO.get(meeting);
  }

  /**
   * A flat meeting's start offset.
   *
   * @param meeting the meeting
   * @return the offset, or {@code null} without a start
   */
  public static ZoneOffset startOffset(ImmutableMeeting meeting) {
    return (ZoneOffset) START_OFFSET.get(meeting);
  }

  /**
   * Whether a flat meeting has an end.
   *
   * @param meeting the meeting
   * @return whether it has an end
   */
  public static boolean hasEnd(ImmutableMeeting meeting) {
    return END_OFFSET.get(meeting) != null;
  }

  /**
   * A flat meeting's end, as {@link OffsetDateTime#toEpochSecond()}.
   *
   * @param meeting the meeting, with an end
   * @return the epoch second
   */
  public static long endSecond(ImmutableMeeting meeting) {
    return (long) END_SECOND.get(meeting);
  }

  /**
   * A flat meeting's end, as {@link OffsetDateTime#getNano()}.
   *
   * @param meeting the meeting, with an end
   * @return the nanosecond within the second
   */
  public static int endNano(ImmutableMeeting meeting) {
    return (int) END_NANO.get(meeting);
  }

  /**
   * An instant and offset as the {@code OffsetDateTime} they are.
   *
   * @param second the epoch second
   * @param nano the nanosecond within it
   * @param offset the offset
   * @return the date-time
   */
  public static OffsetDateTime dateTime(long second, int nano, ZoneOffset offset) {
    return OffsetDateTime.of(java.time.LocalDateTime.ofEpochSecond(second, nano, offset), offset);
  }
}
