package org.edcop.validation.internal;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.Meeting;
import org.edcop.model.Member;
import org.edcop.model.MemberId;
import org.edcop.model.ParticipationTier;
import org.edcop.model.ProblemOfPractice;

/**
 * What the built-in rules look up, computed once per validation call: members by id, the headcount,
 * meetings sorted by start, problem-of-practice ids. Building it is O(n log n) in the size of the
 * plan, and so every rule that uses it can check in linear time after that.
 */
public final class PlanIndex {

  /** Implemented by a rule context that carries the index of the plan being validated. */
  public interface Holder {
    /**
     * The index of the plan being validated.
     *
     * @return the index
     */
    PlanIndex planIndex();
  }

  private final CommunityOfPractice plan;
  private final Optional<LocalDate> asOf;
  private final List<Member> members;
  private final MemberTable firstIndexById;
  private final List<Member> distinctMembers;
  private final int headcount;
  private final int coreCount;
  private final List<Meeting> meetings;
  private final List<Integer> meetingsByStart;
  private final Set<String> problemIds;

  private PlanIndex(CommunityOfPractice plan, Optional<LocalDate> asOf) {
    this.plan = plan;
    this.asOf = asOf;
    this.members = plan.getCommunity().getMembership().getMembers();
    MemberTable first = new MemberTable(members.size());
    List<Member> distinct = new ArrayList<>(members.size());
    int heads = 0;
    int core = 0;
    for (int i = 0; i < members.size(); i++) {
      Member member = members.get(i);
      if (first.putIfAbsent(member.getId(), i)) {
        distinct.add(member);
        if (!counted(member)) {
          continue;
        }
        if (member.countsAsMember()) {
          heads++;
        }
        if (member.getTier() == ParticipationTier.CORE && member.countsAsMember()) {
          core++;
        }
      }
    }
    this.firstIndexById = first;
    this.distinctMembers = Collections.unmodifiableList(distinct);
    this.headcount = heads;
    this.coreCount = core;

    this.meetings = plan.getPractice().getMeetings();
    this.meetingsByStart = byStart(meetings);

    Set<String> problems = new LinkedHashSet<>();
    for (ProblemOfPractice problem : plan.getDomain().getProblemsOfPractice()) {
      problems.add(problem.getId());
    }
    this.problemIds = Collections.unmodifiableSet(problems);
  }

  /**
   * The indexes of the meetings that have a start, by start instant and then by index. The sort
   * works on a compact copy of the keys (epoch second, nanosecond, index) taken in one pass over
   * the meetings: comparing the meetings' own date-times would follow four or five references per
   * comparison, scattered over the heap, which is what made this sort grow with the plan (#22).
   */
  private static List<Integer> byStart(List<Meeting> meetings) {
    StartKey[] keys = new StartKey[meetings.size()];
    int n = 0;
    for (int i = 0; i < meetings.size(); i++) {
      Optional<OffsetDateTime> start = meetings.get(i).getStart();
      if (start.isPresent()) {
        OffsetDateTime at = start.get();
        keys[n++] = new StartKey(at.toEpochSecond(), at.getNano(), i);
      }
    }
    StartKey[] started = Arrays.copyOf(keys, n);
    Arrays.sort(started);
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = started[i].index;
    }
    return List.of(order);
  }

  /** A meeting's start as the time-line order compares it, and the meeting's index. */
  private static final class StartKey implements Comparable<StartKey> {
    final long second;
    final int nano;
    final int index;

    StartKey(long second, int nano, int index) {
      this.second = second;
      this.nano = nano;
      this.index = index;
    }

    @Override
    public int compareTo(StartKey other) {
      int bySecond = Long.compare(second, other.second);
      if (bySecond != 0) {
        return bySecond;
      }
      int byNano = Integer.compare(nano, other.nano);
      return byNano != 0 ? byNano : Integer.compare(index, other.index);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof StartKey key && compareTo(key) == 0;
    }

    @Override
    public int hashCode() {
      return index;
    }
  }

  /**
   * Roster positions by member id, first listing wins. Lookups go by identity first: the JSON
   * reader gives every reference to a member within one document the roster's own {@code MemberId}
   * instance, so a reference is found by one probe of two flat arrays, without hashing or comparing
   * the id's text and without visiting the map's nodes, whose scattered reads were the largest part
   * of validation's growth with the plan's size (#22). An id that is equal but not the same
   * instance (a plan built in code, an id that is not on the roster) is looked up by its text.
   */
  private static final class MemberTable {
    private final MemberId[] keys;
    private final int[] positions;
    private final int mask;
    private final Map<String, Integer> byValue;

    MemberTable(int expected) {
      int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
      this.keys = new MemberId[capacity];
      this.positions = new int[capacity];
      this.mask = capacity - 1;
      this.byValue = new HashMap<>(Math.max(16, (int) (expected / 0.75f) + 1));
    }

    /** Records a position unless the id is already there; {@code true} if it was recorded. */
    boolean putIfAbsent(MemberId id, int position) {
      if (byValue.putIfAbsent(id.getValue(), position) != null) {
        return false;
      }
      int slot = slot(id);
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = id;
      positions[slot] = position;
      return true;
    }

    /** The first roster position of an id, or -1. */
    int get(MemberId id) {
      int slot = slot(id);
      MemberId key;
      while ((key = keys[slot]) != null) {
        if (key == id) {
          return positions[slot];
        }
        slot = (slot + 1) & mask;
      }
      Integer position = byValue.get(id.getValue());
      return position == null ? -1 : position;
    }

    private int slot(MemberId id) {
      int h = System.identityHashCode(id) * 0x9E3779B9;
      return (h ^ (h >>> 16)) & mask;
    }
  }

  /**
   * Indexes a plan.
   *
   * @param plan the plan
   * @return its index
   */
  public static PlanIndex of(CommunityOfPractice plan) {
    return new PlanIndex(plan, Optional.empty());
  }

  /**
   * Indexes a plan as of a day: people who declined or left by then (or were not yet involved) are
   * not counted.
   *
   * @param plan the plan
   * @param asOf the day, or empty to go by each person's latest status
   * @return its index
   */
  public static PlanIndex of(CommunityOfPractice plan, Optional<LocalDate> asOf) {
    return new PlanIndex(plan, asOf);
  }

  /**
   * The day the plan is judged as of.
   *
   * @return the date, if validated as of one
   */
  public Optional<LocalDate> asOf() {
    return asOf;
  }

  /**
   * Whether a person counts as part of the community: on the as-of day if there is one, else by
   * their latest recorded status. Declined and left people do not count.
   *
   * @param member a roster entry
   * @return {@code true} if counted
   */
  public boolean counted(Member member) {
    return asOf.isPresent() ? member.isCountedOn(asOf.get()) : member.currentStatus().counts();
  }

  /**
   * The plan indexed.
   *
   * @return the plan
   */
  public CommunityOfPractice plan() {
    return plan;
  }

  /**
   * The roster as listed, duplicates included.
   *
   * @return the members
   */
  public List<Member> members() {
    return members;
  }

  /**
   * The roster with each id once (its first listing), in roster order.
   *
   * @return the distinct members
   */
  public List<Member> distinctMembers() {
    return distinctMembers;
  }

  /**
   * The member listed first with an id.
   *
   * @param id a member id
   * @return the member, if on the roster
   */
  public Optional<Member> member(MemberId id) {
    int index = firstIndexById.get(id);
    return index < 0 ? Optional.empty() : Optional.of(members.get(index));
  }

  /**
   * The roster position of the member listed first with an id.
   *
   * @param id a member id
   * @return its index in {@link #members()}, or -1 if no member has it
   */
  public int memberIndex(MemberId id) {
    return firstIndexById.get(id);
  }

  /**
   * Whether an id is on the roster.
   *
   * @param id a member id
   * @return {@code true} if some member has it
   */
  public boolean resolves(MemberId id) {
    return firstIndexById.get(id) >= 0;
  }

  /**
   * Whether an id is on the roster as a member proper (not a transactional participant).
   *
   * @param id a member id
   * @return {@code true} for a core, active, occasional or peripheral member who is counted (see
   *     {@link #counted})
   */
  public boolean isMember(MemberId id) {
    int index = firstIndexById.get(id);
    if (index < 0) {
      return false;
    }
    Member member = members.get(index);
    return member.countsAsMember() && counted(member);
  }

  /**
   * The number of distinct members proper (transactional participants excluded).
   *
   * @return the headcount
   */
  public int headcount() {
    return headcount;
  }

  /**
   * The number of distinct core members.
   *
   * @return the size of the core group
   */
  public int coreCount() {
    return coreCount;
  }

  /**
   * The meetings as listed.
   *
   * @return the meetings
   */
  public List<Meeting> meetings() {
    return meetings;
  }

  /**
   * The list indexes of the meetings that have a start, ordered by start instant (then by index).
   *
   * @return meeting indexes
   */
  public List<Integer> meetingsByStart() {
    return meetingsByStart;
  }

  /**
   * The ids of the plan's problems of practice.
   *
   * @return the ids, in plan order
   */
  public Set<String> problemIds() {
    return problemIds;
  }

  /**
   * The calendar date of an instant in the plan's time zone; the date in the instant's own offset
   * when the conversion falls outside the supported range.
   *
   * @param dateTime a date-time
   * @return its date
   */
  public LocalDate localDate(OffsetDateTime dateTime) {
    try {
      return dateTime.atZoneSameInstant(plan.getTimeZone()).toLocalDate();
    } catch (DateTimeException e) {
      return dateTime.toLocalDate();
    }
  }

  /**
   * A meeting's length when it has a start and an end and ends after it starts. Unlike {@code
   * Meeting.length()}, never throws: it measures between instants, so offsets at the edges of the
   * date-time range cannot push the computation out of range.
   *
   * @param meeting a meeting
   * @return its positive length, or empty
   */
  public static Optional<Duration> length(Meeting meeting) {
    if (meeting.getStart().isEmpty() || meeting.getEnd().isEmpty()) {
      return Optional.empty();
    }
    Duration length =
        Duration.between(meeting.getStart().get().toInstant(), meeting.getEnd().get().toInstant());
    return length.isNegative() || length.isZero() ? Optional.empty() : Optional.of(length);
  }

  /**
   * Whether a meeting took place before the as-of day: it has a start whose date in the plan's time
   * zone is before that day. Without an as-of date nothing is past.
   *
   * @param meeting a meeting
   * @return {@code true} for a past meeting
   */
  public boolean isPast(Meeting meeting) {
    return asOf.isPresent()
        && meeting.getStart().isPresent()
        && localDate(meeting.getStart().get()).isBefore(asOf.get());
  }

  /**
   * How many meetings took place before the as-of day.
   *
   * @return the number of past meetings; 0 without an as-of date
   */
  public int pastMeetingCount() {
    int count = 0;
    for (Meeting meeting : meetings) {
      if (isPast(meeting)) {
        count++;
      }
    }
    return count;
  }

  /**
   * The plan's time zone.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return plan.getTimeZone();
  }
}
