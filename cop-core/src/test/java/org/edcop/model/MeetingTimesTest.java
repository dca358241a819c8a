package org.edcop.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.edcop.model.internal.MeetingTimes;
import org.junit.jupiter.api.Test;

/**
 * A meeting's start and end as the generated class holds them through the time encoding
 * (docs/adr/0011): epoch second, nanosecond and offset in the meeting itself. Every builder and
 * copy method gives back a value equal to the one given (same local date-time, same offset), and
 * the meeting's {@code equals}, {@code hashCode} and {@code toString} are those of the class
 * Immutables generated for a plain {@code Optional<OffsetDateTime>}: the texts below are that
 * class's output, and the hash is its formula ({@code h = 33 * h + Objects.hashCode(start)}, twelve
 * attributes after {@code start}, eleven after {@code end}).
 */
class MeetingTimesTest {

  private static final OffsetDateTime AT = OffsetDateTime.parse("2026-09-14T16:00:00-06:00");

  /** 33 to the power of the number of attributes after {@code start} (12) and {@code end} (11). */
  private static final int AFTER_START = pow33(12);

  private static final int AFTER_END = pow33(11);

  @Test
  void seededRandomDateTimesComeBackEqualFromEveryWayIn() {
    long seed = Long.getLong("cop.seed", System.nanoTime());
    try {
      Random random = new Random(seed);
      ImmutableMeeting none = Meeting.builder().id("m").build();
      for (int round = 0; round < 20_000; round++) {
        OffsetDateTime start = dateTime(random);
        OffsetDateTime end = dateTime(random);
        ImmutableMeeting built = Meeting.builder().id("m").start(start).end(end).build();
        ImmutableMeeting optionals =
            Meeting.builder().id("m").start(Optional.of(start)).end(Optional.of(end)).build();
        ImmutableMeeting copied = none.withStart(start).withEnd(Optional.of(end));
        ImmutableMeeting fromOther = Meeting.builder().from(new PlainTimes(start, end)).build();
        // an equal value that is another instance, built from its own fields
        OffsetDateTime sameStart = OffsetDateTime.of(start.toLocalDateTime(), start.getOffset());
        ImmutableMeeting equal = Meeting.builder().id("m").start(sameStart).end(end).build();
        for (ImmutableMeeting m : List.of(built, optionals, copied, fromOther, equal)) {
          assertThat(m.getStart()).contains(start);
          assertThat(m.getStart().get().getOffset()).isEqualTo(start.getOffset());
          assertThat(m.getStart().get().toString()).isEqualTo(start.toString());
          assertThat(m.getEnd()).contains(end);
          assertThat(m.getStart()).isEqualTo(m.getStart());
          assertThat(m).isEqualTo(built).hasSameHashCodeAs(built);
          assertThat(m.toString()).contains(", start=" + start + ", end=" + end + ", topics=");
          assertThat(ImmutableMeeting.copyOf(m).getStart()).contains(start);
          assertThat(Meeting.builder().from(m).build()).isEqualTo(m);
          // the flat reader sees the same instant
          assertThat(MeetingTimes.startSecond(m)).isEqualTo(start.toEpochSecond());
          assertThat(MeetingTimes.startNano(m)).isEqualTo(start.getNano());
          assertThat(MeetingTimes.startOffset(m)).isEqualTo(start.getOffset());
          assertThat(MeetingTimes.endSecond(m)).isEqualTo(end.toEpochSecond());
          assertThat(MeetingTimes.endNano(m)).isEqualTo(end.getNano());
          assertThat(MeetingTimes.hasStart(m) && MeetingTimes.hasEnd(m)).isTrue();
        }
        assertThat(built.hashCode() - none.hashCode())
            .isEqualTo(AFTER_START * start.hashCode() + AFTER_END * end.hashCode());
        // the same instant at another offset is another value, as for OffsetDateTime
        ZoneOffset other = offset(random);
        if (!other.equals(start.getOffset()) && inRange(start, other)) {
          OffsetDateTime moved = start.withOffsetSameInstant(other);
          ImmutableMeeting m = built.withStart(moved);
          assertThat(m).isNotEqualTo(built);
          assertThat(m.getStart()).contains(moved);
          assertThat(MeetingTimes.startSecond(m)).isEqualTo(start.toEpochSecond());
        }
        ImmutableMeeting later =
            built.withStart(
                start.isBefore(OffsetDateTime.MAX.minusNanos(1))
                    ? start.plusNanos(1)
                    : start.minusNanos(1));
        assertThat(later).isNotEqualTo(built);
      }
    } catch (AssertionError e) {
      throw new AssertionError("seed " + seed + " (repeat with -Dcop.seed=" + seed + ")", e);
    }
  }

  @Test
  void theExtremesOfOffsetDateTimeAreKept() {
    List<OffsetDateTime> extremes =
        List.of(
            OffsetDateTime.MIN,
            OffsetDateTime.MAX,
            OffsetDateTime.of(LocalDateTime.MIN, ZoneOffset.MAX),
            OffsetDateTime.of(LocalDateTime.MAX, ZoneOffset.MIN),
            OffsetDateTime.of(LocalDateTime.MIN, ZoneOffset.UTC),
            OffsetDateTime.of(LocalDateTime.MAX, ZoneOffset.UTC),
            OffsetDateTime.parse("1969-12-31T23:59:59.999999999Z"),
            OffsetDateTime.parse("1970-01-01T00:00Z"),
            OffsetDateTime.parse("0000-01-01T00:00:00.000000001+05:30:15"),
            OffsetDateTime.parse("-0001-12-31T23:59:59-17:59:59"));
    for (OffsetDateTime at : extremes) {
      ImmutableMeeting m = Meeting.builder().id("m").start(at).end(at).build();
      assertThat(m.getStart()).as("%s", at).contains(at);
      assertThat(m.getEnd()).as("%s", at).contains(at);
      assertThat(m.getStart().get().getOffset()).isEqualTo(at.getOffset());
      assertThat(m.toString()).contains("start=" + at + ", end=" + at);
    }
  }

  @Test
  void absentTimesAreLeftOutOfTheTextAndHashAsBefore() {
    // the texts and hash codes of the class generated without the encoding (main at e1906e4)
    assertThat(Meeting.builder().id("m").build())
        .hasToString(
            "Meeting{unknownProperties={}, id=m, topics=[], activities=[], guidingQuestions=[],"
                + " resources=[], includes=[], attendance=[], decisions=[], actionItems=[]}")
        .hasSameHashCodeAs(-2139366121);
    assertThat(Meeting.builder().id("m").title("t").start(AT).build())
        .hasToString(
            "Meeting{unknownProperties={}, id=m, title=t, start=2026-09-14T16:00-06:00, topics=[],"
                + " activities=[], guidingQuestions=[], resources=[], includes=[], attendance=[],"
                + " decisions=[], actionItems=[]}");
    assertThat(Meeting.builder().id("m").end(AT).build())
        .hasToString(
            "Meeting{unknownProperties={}, id=m, end=2026-09-14T16:00-06:00, topics=[],"
                + " activities=[], guidingQuestions=[], resources=[], includes=[], attendance=[],"
                + " decisions=[], actionItems=[]}");
    assertThat(Meeting.builder().id("m").start(AT).end(AT.plusHours(1)).build())
        .hasToString(
            "Meeting{unknownProperties={}, id=m, start=2026-09-14T16:00-06:00,"
                + " end=2026-09-14T17:00-06:00, topics=[], activities=[], guidingQuestions=[],"
                + " resources=[], includes=[], attendance=[], decisions=[], actionItems=[]}");
    assertThat(Meeting.builder().id("m").start(AT).build()).hasSameHashCodeAs(96101924);

    ImmutableMeeting none = Meeting.builder().id("m").build();
    assertThat(none.getStart()).isEmpty();
    assertThat(none.getEnd()).isEmpty();
    assertThat(MeetingTimes.hasStart(none) || MeetingTimes.hasEnd(none)).isFalse();
    ImmutableMeeting both = none.withStart(AT).withEnd(AT);
    assertThat(both.withStart(Optional.empty()).withEnd(Optional.empty()))
        .isEqualTo(none)
        .hasSameHashCodeAs(none)
        .hasToString(none.toString());
    assertThat(Meeting.builder().id("m").start(AT).start(Optional.empty()).build()).isEqualTo(none);
    assertThat(Meeting.builder().from(both).end(Optional.empty()).build().getStart()).contains(AT);
    assertThat(none.length()).isEmpty();
    assertThat(both.withEnd(AT.plusMinutes(90)).length())
        .contains(java.time.Duration.ofMinutes(90));
  }

  @Test
  void nullsAreRefusedWithTheMessagesOfBefore() {
    ImmutableMeeting m = Meeting.builder().id("m").build();
    assertThatThrownBy(() -> m.withStart((OffsetDateTime) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("start");
    assertThatThrownBy(() -> m.withEnd((OffsetDateTime) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("end");
    assertThatThrownBy(() -> Meeting.builder().start((OffsetDateTime) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("start");
    assertThatThrownBy(() -> Meeting.builder().end((OffsetDateTime) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("end");
    assertThatThrownBy(() -> Meeting.builder().start((Optional<OffsetDateTime>) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> m.withEnd((Optional<OffsetDateTime>) null))
        .isInstanceOf(NullPointerException.class);
  }

  /** Any date-time OffsetDateTime allows: mostly near today, some at the ends of the range. */
  private static OffsetDateTime dateTime(Random random) {
    ZoneOffset offset = offset(random);
    long lo = LocalDateTime.MIN.toEpochSecond(ZoneOffset.UTC);
    long hi = LocalDateTime.MAX.toEpochSecond(ZoneOffset.UTC);
    long local;
    switch (random.nextInt(4)) {
      case 0:
        local = lo + (long) (random.nextDouble() * (hi - lo));
        break;
      case 1:
        local =
            random.nextBoolean() ? lo + random.nextInt(1_000_000) : hi - random.nextInt(1_000_000);
        break;
      default:
        local = 1_700_000_000L + random.nextInt(2_000_000_000) - 1_000_000_000L;
    }
    int nano;
    switch (random.nextInt(4)) {
      case 0:
        nano = 0;
        break;
      case 1:
        nano = random.nextInt(1000) * 1_000_000;
        break;
      default:
        nano = random.nextInt(1_000_000_000);
    }
    return OffsetDateTime.of(LocalDateTime.ofEpochSecond(local, nano, ZoneOffset.UTC), offset);
  }

  /** Whole hours, quarter hours, odd minutes and seconds, and the two extremes. */
  private static ZoneOffset offset(Random random) {
    int max = ZoneOffset.MAX.getTotalSeconds();
    switch (random.nextInt(5)) {
      case 0:
        return ZoneOffset.ofHours(random.nextInt(37) - 18);
      case 1:
        return ZoneOffset.ofTotalSeconds((random.nextInt(145) - 72) * 900);
      case 2:
        return ZoneOffset.ofTotalSeconds((random.nextInt(2161) - 1080) * 60);
      case 3:
        return random.nextBoolean() ? ZoneOffset.MAX : ZoneOffset.MIN;
      default:
        return ZoneOffset.ofTotalSeconds(random.nextInt(2 * max + 1) - max);
    }
  }

  private static boolean inRange(OffsetDateTime at, ZoneOffset offset) {
    try {
      at.withOffsetSameInstant(offset);
      return true;
    } catch (java.time.DateTimeException e) {
      return false;
    }
  }

  private static int pow33(int n) {
    int p = 1;
    for (int i = 0; i < n; i++) {
      p *= 33;
    }
    return p;
  }

  /** A meeting of another class, so that {@code from} reads its times through the getters. */
  private static final class PlainTimes implements Meeting {
    private final OffsetDateTime start;
    private final OffsetDateTime end;

    PlainTimes(OffsetDateTime start, OffsetDateTime end) {
      this.start = start;
      this.end = end;
    }

    @Override
    public String getId() {
      return "m";
    }

    @Override
    public Optional<String> getTitle() {
      return Optional.empty();
    }

    @Override
    public Optional<OffsetDateTime> getStart() {
      return Optional.of(start);
    }

    @Override
    public Optional<OffsetDateTime> getEnd() {
      return Optional.of(end);
    }

    @Override
    public Optional<java.time.LocalDate> getRescheduledFrom() {
      return Optional.empty();
    }

    @Override
    public List<String> getTopics() {
      return List.of();
    }

    @Override
    public java.util.Set<ActivityKind> getActivities() {
      return java.util.Set.of();
    }

    @Override
    public List<String> getGuidingQuestions() {
      return List.of();
    }

    @Override
    public List<String> getResources() {
      return List.of();
    }

    @Override
    public Optional<MemberId> getFacilitator() {
      return Optional.empty();
    }

    @Override
    public java.util.Set<MeetingElement> getIncludes() {
      return java.util.Set.of();
    }

    @Override
    public java.util.Set<MemberId> getAttendance() {
      return java.util.Set.of();
    }

    @Override
    public Optional<String> getNotes() {
      return Optional.empty();
    }

    @Override
    public List<String> getDecisions() {
      return List.of();
    }

    @Override
    public List<ActionItem> getActionItems() {
      return List.of();
    }

    @Override
    public java.util.SortedMap<String, String> getUnknownProperties() {
      return new java.util.TreeMap<>();
    }
  }
}
