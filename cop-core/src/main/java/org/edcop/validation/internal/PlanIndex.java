package org.edcop.validation.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.ImmutableMeeting;
import org.edcop.model.Meeting;
import org.edcop.model.Member;
import org.edcop.model.MemberId;
import org.edcop.model.NormAgreement;
import org.edcop.model.ParticipationTier;
import org.edcop.model.ProblemOfPractice;
import org.edcop.model.Reflection;
import org.edcop.model.internal.ArraySet;
import org.edcop.model.internal.FirstPositions;
import org.edcop.model.internal.MeetingTimes;
import org.edcop.running.internal.Dates;
import org.edcop.running.internal.RosterIndex;

/**
 * What the built-in rules look up, computed once per validation call: members by id, the headcount,
 * meetings sorted by start, problem-of-practice ids, per-member flags (first listing, counted,
 * member proper) and the meetings' columns (what the meeting rules read, attendance as rows of
 * roster positions included, copied out of the meetings in one pass). Building it is linear in the
 * size of the plan when the meetings are listed in time order and O(n log n) otherwise, and every
 * rule that uses it can check in linear time after that, reading flat arrays rather than walking
 * the plan's objects again (#22).
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
  private final RosterIndex firstIndexById;
  private final int[] distinctPositions;
  private final byte[] memberFlags;

  /** The tier of each first listing ({@link ParticipationTier#ordinal()}), by roster position. */
  private final byte[] tiers;

  private final int headcount;
  private final int coreCount;
  private final List<Meeting> meetings;
  private final MeetingColumns columns;
  private final int[] order;
  private final Set<String> problemIds;
  private int pastMeetings = -1;
  private int[] agreementPositions;
  private AgreedVersions agreedVersions;
  private int[] reflectionPositions;

  /** A member flag: the first listing of its id. */
  private static final byte FIRST_LISTING = 1;

  /** A member flag, on first listings: counted as part of the community ({@link #counted}). */
  private static final byte COUNTED = 2;

  /** A member flag, on counted first listings: a member proper ({@link Member#countsAsMember}). */
  private static final byte COUNTS_AS_MEMBER = 4;

  private static final byte COUNTED_MEMBER = FIRST_LISTING | COUNTED | COUNTS_AS_MEMBER;

  private PlanIndex(CommunityOfPractice plan, Optional<LocalDate> asOf) {
    this.plan = plan;
    this.asOf = asOf;
    this.members = plan.getCommunity().getMembership().getMembers();
    RosterIndex first = new RosterIndex(members);
    int distinct = 0;
    int[] positions = new int[members.size()];
    byte[] flags = new byte[members.size()];
    byte[] tierOrdinals = new byte[members.size()];
    int heads = 0;
    int core = 0;
    for (int i = 0; i < members.size(); i++) {
      Member member = members.get(i);
      if (first.putIfAbsent(member.getId(), i)) {
        positions[distinct++] = i;
        flags[i] = FIRST_LISTING;
        tierOrdinals[i] = (byte) member.getTier().ordinal();
        if (!counted(member)) {
          continue;
        }
        flags[i] |= COUNTED;
        if (member.countsAsMember()) {
          flags[i] |= COUNTS_AS_MEMBER;
          heads++;
        }
        if (member.getTier() == ParticipationTier.CORE && member.countsAsMember()) {
          core++;
        }
      }
    }
    this.firstIndexById = first;
    this.distinctPositions = Arrays.copyOf(positions, distinct);
    this.memberFlags = flags;
    this.tiers = tierOrdinals;
    this.headcount = heads;
    this.coreCount = core;

    this.meetings = plan.getPractice().getMeetings();
    this.columns = new MeetingColumns(meetings, plan.getTimeZone(), first);
    this.order = columns.byStart();

    Set<String> problems = new LinkedHashSet<>();
    for (ProblemOfPractice problem : plan.getDomain().getProblemsOfPractice()) {
      problems.add(problem.getId());
    }
    this.problemIds = Collections.unmodifiableSet(problems);
  }

  /**
   * What the meeting rules read, copied out of the meetings in one pass: start and end as epoch
   * second and nanosecond, the start's calendar day in the plan's zone (epoch day), the
   * facilitator's roster position and a few flags. A rule that reads these arrays touches a few
   * contiguous arrays instead of following {@code Meeting -> Optional -> OffsetDateTime ->
   * LocalDateTime -> ...} for every meeting on its own; at 100,000 meetings that chain is spread
   * over hundreds of megabytes and each rule's pass was another sweep of cache misses (#22).
   */
  static final class MeetingColumns {
    static final byte START = 1;
    static final byte END = 2;
    static final byte TOPIC_OR_ACTIVITY = 4;
    static final byte ACTION_ITEMS = 8;

    /** Set on a meeting whose id an earlier meeting already has. */
    static final byte DUPLICATE_ID = 16;

    /** A facilitator position: none given. */
    static final int NO_FACILITATOR = -1;

    /** A facilitator position: an id that is not on the roster. */
    static final int UNRESOLVED = -2;

    final byte[] flags;
    final long[] startSecond;
    final int[] startNano;
    final long[] endSecond;
    final int[] endNano;
    final long[] startDay;
    final int[] facilitator;

    /**
     * The day each meeting that has a start holds in its series: the day it was due if it was moved
     * ({@link Meeting#getRescheduledFrom()}), else its start day (epoch days).
     */
    final long[] slotDay;

    /**
     * Attendance in compressed rows: the entries of meeting {@code i} are {@code
     * attendee[attendanceStart[i]]} up to {@code attendee[attendanceStart[i + 1]]}, in the set's
     * order, each the roster position of the entry or -1 for an id that is not on the roster.
     */
    final int[] attendanceStart;

    /**
     * The attendance entries' roster positions (-1: not on the roster); see {@link
     * #attendanceStart}.
     */
    final int[] attendee;

    MeetingColumns(List<Meeting> meetings, ZoneId zone, RosterIndex roster) {
      int n = meetings.size();
      flags = new byte[n];
      startSecond = new long[n];
      startNano = new int[n];
      endSecond = new long[n];
      endNano = new int[n];
      startDay = new long[n];
      facilitator = new int[n];
      slotDay = new long[n];
      Set<?>[] attendance = new Set<?>[n];
      String[] ids = new String[n];
      MemberId[] facilitators = new MemberId[n];
      Days days = new Days(zone);
      long listedInAll = 0;
      for (int i = 0; i < n; i++) {
        Meeting meeting = meetings.get(i);
        attendance[i] = meeting.getAttendance();
        listedInAll += attendance[i].size();
        ids[i] = meeting.getId();
        byte f = 0;
        if (meeting instanceof ImmutableMeeting flat) {
          // start and end are held in the meeting object itself (docs/adr/0011): read as they are,
          // without building the OffsetDateTime that getStart() would
          ZoneOffset offset = MeetingTimes.startOffset(flat);
          if (offset != null) {
            f |=
                start(
                    i,
                    MeetingTimes.startSecond(flat),
                    MeetingTimes.startNano(flat),
                    offset,
                    days,
                    meeting);
          }
          if (MeetingTimes.hasEnd(flat)) {
            f |= end(i, MeetingTimes.endSecond(flat), MeetingTimes.endNano(flat));
          }
        } else {
          Optional<OffsetDateTime> start = meeting.getStart();
          if (start.isPresent()) {
            OffsetDateTime at = start.get();
            f |= start(i, at.toEpochSecond(), at.getNano(), at.getOffset(), days, meeting);
          }
          Optional<OffsetDateTime> end = meeting.getEnd();
          if (end.isPresent()) {
            f |= end(i, end.get().toEpochSecond(), end.get().getNano());
          }
        }
        if (!meeting.getActivities().isEmpty() || anyPresent(meeting.getTopics())) {
          f |= TOPIC_OR_ACTIVITY;
        }
        if (!meeting.getActionItems().isEmpty()) {
          f |= ACTION_ITEMS;
        }
        flags[i] = f;
        facilitators[i] = meeting.getFacilitator().orElse(null);
      }
      // facilitators are resolved in a pass of their own, for the reason given for attendance
      // below:
      // each look-up reads the facilitator's id (a member anywhere on the roster), and in this
      // short loop several of those reads are in flight at once
      for (int i = 0; i < n; i++) {
        MemberId id = facilitators[i];
        if (id == null) {
          facilitator[i] = NO_FACILITATOR;
        } else {
          int position = roster.get(id);
          facilitator[i] = position < 0 ? UNRESOLVED : position;
        }
      }
      // The attendance and the ids are read in passes of their own, after the meeting pass: each
      // pass's reads of different meetings do not depend on one another, so the processor can have
      // several of their cache misses in flight at once, where one pass per meeting would wait for
      // each link of the chain meeting -> set -> map -> node -> id in turn (#22).
      attendanceStart = new int[n + 1];
      // sized from the sets' sizes: no copies of a growing array (they were a tenth of the call's
      // allocation at 100,000 meetings); grown below only if a set changed its size meanwhile
      int[] entries = new int[(int) Math.min(Integer.MAX_VALUE - 8, listedInAll)];
      int size = 0;
      for (int i = 0; i < n; i++) {
        // a generated meeting's attendance is an ArraySet, read by position without a copy
        // (docs/adr/0008); any other set's toArray walks it in one tight loop, no iterator object
        Set<?> set = attendance[i];
        if (set instanceof ArraySet<?> listed) {
          int count = listed.size();
          entries = room(entries, size, count);
          // through the set's position hints when they hold (docs/adr/0012)
          roster.positions(listed, entries, size);
          size += count;
        } else {
          Object[] listed = set.toArray();
          entries = room(entries, size, listed.length);
          for (Object id : listed) {
            entries[size++] = roster.get((MemberId) id);
          }
        }
        attendanceStart[i + 1] = size;
      }
      attendee = entries;
      markDuplicateIds(ids);
    }

    /** Records meeting {@code i}'s start, its day in the plan's zone and its slot's day. */
    private byte start(
        int i, long second, int nano, ZoneOffset offset, Days days, Meeting meeting) {
      startSecond[i] = second;
      startNano[i] = nano;
      startDay[i] = days.of(second, nano, offset);
      Optional<LocalDate> due = meeting.getRescheduledFrom();
      slotDay[i] = due.isPresent() ? due.get().toEpochDay() : startDay[i];
      return START;
    }

    /** Records meeting {@code i}'s end. */
    private byte end(int i, long second, int nano) {
      endSecond[i] = second;
      endNano[i] = nano;
      return END;
    }

    /** {@code entries}, or a larger copy if {@code count} more after {@code size} do not fit. */
    private static int[] room(int[] entries, int size, int count) {
      return size + count <= entries.length
          ? entries
          : Arrays.copyOf(entries, Math.max(2 * entries.length, size + count));
    }

    /**
     * Flags every meeting whose id an earlier meeting has, with a flat table of meeting positions
     * ({@link FirstPositions}): no set nodes, an id's text compared only when the hashes are equal,
     * and still fast for ids whose hashes collide on purpose.
     */
    private void markDuplicateIds(String[] ids) {
      FirstPositions seen = new FirstPositions(ids);
      for (int i = 0; i < ids.length; i++) {
        if (seen.putIfAbsent(i) >= 0) {
          flags[i] |= DUPLICATE_ID;
        }
      }
    }

    /**
     * Start days in the plan's zone, as {@link PlanIndex#localDate(OffsetDateTime)} gives them,
     * with the zone's offset kept for as long as it holds: meetings mostly come in time order, so
     * the rules of the zone are asked once per offset change (twice a year in a zone with summer
     * time) rather than once per meeting. Past the zone's last listed transition the JDK works out
     * a year's transitions from the zone's yearly rules on every question, and keeps them only up
     * to 2100 (a weekly plan of 100,000 meetings runs to the year 3943): there the year's
     * transitions are made here, from the same rules, once per year and kept while the meetings are
     * in that year.
     */
    static final class Days {
      /**
       * Beyond about 300 million years from 1970 the plain conversion is used, for its range
       * checks.
       */
      private static final long FAST_LIMIT = 10_000_000_000_000_000L;

      private final ZoneId zone;
      private final java.time.zone.ZoneRules rules;
      private final java.time.zone.ZoneOffsetTransitionRule[] yearly;
      private final long lastListed;
      private long from = Long.MAX_VALUE;
      private long until = Long.MIN_VALUE;
      private int offset;
      private int year = Integer.MIN_VALUE;
      private java.time.zone.ZoneOffsetTransition[] transitions;

      Days(ZoneId zone) {
        this.zone = zone;
        java.time.zone.ZoneRules found;
        try {
          found = zone.getRules();
        } catch (DateTimeException e) {
          found = null;
        }
        this.rules = found;
        ZoneFacts facts = found == null ? ZoneFacts.NONE : ZoneFacts.of(found);
        yearly = facts.yearly;
        lastListed = facts.lastListed;
      }

      /**
       * What {@link Days} needs of a zone's rules besides the rules themselves: the yearly rules
       * and the end of the listed transitions. {@code ZoneRules.getTransitions()} builds every
       * listed transition anew (hundreds of objects for most zones), so the facts of the last zone
       * seen are kept, matched by the rules' identity: the JDK's provider hands out one rules
       * object per zone, and most plans of a process share their zone (#22).
       */
      private static final class ZoneFacts {
        static final ZoneFacts NONE =
            new ZoneFacts(null, new java.time.zone.ZoneOffsetTransitionRule[0], Long.MAX_VALUE);

        private static volatile ZoneFacts last;

        final java.time.zone.ZoneRules rules;

        /** Never written after construction: {@link Days} only reads it. */
        final java.time.zone.ZoneOffsetTransitionRule[] yearly;

        final long lastListed;

        private ZoneFacts(
            java.time.zone.ZoneRules rules,
            java.time.zone.ZoneOffsetTransitionRule[] yearly,
            long lastListed) {
          this.rules = rules;
          this.yearly = yearly;
          this.lastListed = lastListed;
        }

        static ZoneFacts of(java.time.zone.ZoneRules rules) {
          ZoneFacts seen = last;
          if (seen != null && seen.rules == rules) {
            return seen;
          }
          List<java.time.zone.ZoneOffsetTransition> listed = rules.getTransitions();
          if (listed.isEmpty()) {
            // no listed transitions: the JDK answers from the fixed offset, without yearly rules.
            // Not kept: cheap to find, and a fixed offset's rules are a new object on each call,
            // which would push out the zone the other plans share
            return new ZoneFacts(rules, NONE.yearly, Long.MAX_VALUE);
          }
          ZoneFacts made =
              new ZoneFacts(
                  rules,
                  rules
                      .getTransitionRules()
                      .toArray(new java.time.zone.ZoneOffsetTransitionRule[0]),
                  listed.get(listed.size() - 1).toEpochSecond());
          last = made;
          return made;
        }
      }

      /**
       * The day, in the plan's zone, of the date-time of this instant and offset (as a flat meeting
       * holds it, {@link MeetingTimes}); the date-time is built only for the plain conversion.
       */
      long of(long second, int nano, ZoneOffset given) {
        if (rules == null || second > FAST_LIMIT || second < -FAST_LIMIT) {
          return Dates.localDate(MeetingTimes.dateTime(second, nano, given), zone).toEpochDay();
        }
        if (second < from || second >= until) {
          if (yearly.length > 0 && second > lastListed) {
            fromYearlyRules(second);
          } else {
            java.time.Instant instant = java.time.Instant.ofEpochSecond(second);
            offset = rules.getOffset(instant).getTotalSeconds();
            java.time.zone.ZoneOffsetTransition next = rules.nextTransition(instant);
            from = second;
            until = next == null ? Long.MAX_VALUE : next.toEpochSecond();
          }
        }
        return Math.floorDiv(second + offset, 86_400L);
      }

      /**
       * The offset at an instant past the zone's listed transitions, and until when it holds, as
       * {@link java.time.zone.ZoneRules#getOffset(java.time.Instant)} and {@code nextTransition}
       * give them: the year's transitions from the yearly rules, the first one still ahead.
       */
      private void fromYearlyRules(long second) {
        // the year as the JDK finds it, in the offset after the year's last transition (within a
        // day of the new year either year gives the same offset: the last one's offset after)
        int y = LocalDate.ofEpochDay(Math.floorDiv(second + offset, 86_400L)).getYear();
        java.time.zone.ZoneOffsetTransition[] inYear = transitionsOf(y);
        for (java.time.zone.ZoneOffsetTransition t : inYear) {
          if (second < t.toEpochSecond()) {
            offset = t.getOffsetBefore().getTotalSeconds();
            from = second;
            until = t.toEpochSecond();
            return;
          }
        }
        offset = inYear[inYear.length - 1].getOffsetAfter().getTotalSeconds();
        from = second;
        until =
            y < java.time.Year.MAX_VALUE ? transitionsOf(y + 1)[0].toEpochSecond() : Long.MAX_VALUE;
      }

      private java.time.zone.ZoneOffsetTransition[] transitionsOf(int y) {
        if (y != year) {
          java.time.zone.ZoneOffsetTransition[] made =
              new java.time.zone.ZoneOffsetTransition[yearly.length];
          for (int r = 0; r < yearly.length; r++) {
            made[r] = yearly[r].createTransition(y);
          }
          year = y;
          transitions = made;
        }
        return transitions;
      }
    }

    private static boolean anyPresent(List<String> topics) {
      for (int t = 0; t < topics.size(); t++) {
        if (!topics.get(t).isBlank()) {
          return true;
        }
      }
      return false;
    }

    boolean has(int meeting, byte flag) {
      return (flags[meeting] & flag) != 0;
    }

    /**
     * The indexes of the meetings that have a start, by start instant and then by index. Meetings
     * are usually listed in time order, which one pass confirms; otherwise the keys are sorted.
     */
    int[] byStart() {
      int n = 0;
      boolean sorted = true;
      int last = -1;
      for (int i = 0; i < flags.length; i++) {
        if ((flags[i] & START) != 0) {
          if (last >= 0 && compareStarts(last, i) > 0) {
            sorted = false;
          }
          last = i;
          n++;
        }
      }
      int[] result = new int[n];
      int k = 0;
      for (int i = 0; i < flags.length; i++) {
        if ((flags[i] & START) != 0) {
          result[k++] = i;
        }
      }
      if (sorted) {
        return result;
      }
      StartKey[] keys = new StartKey[n];
      for (int j = 0; j < n; j++) {
        int i = result[j];
        keys[j] = new StartKey(startSecond[i], startNano[i], i);
      }
      Arrays.sort(keys);
      for (int j = 0; j < n; j++) {
        result[j] = keys[j].index;
      }
      return result;
    }

    /** Compares the starts of two meetings that have one, by instant (not by index). */
    int compareStarts(int a, int b) {
      return Dates.compareInstants(startSecond[a], startNano[a], startSecond[b], startNano[b]);
    }

    /** Whether a meeting that has a start and an end ends after it starts, instant by instant. */
    boolean endsAfterStart(int i) {
      return Dates.compareInstants(endSecond[i], endNano[i], startSecond[i], startNano[i]) > 0;
    }
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
      int byStart = Dates.compareInstants(second, nano, other.second, other.nano);
      return byStart != 0 ? byStart : Integer.compare(index, other.index);
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
   * The roster with each id once (its first listing), in roster order: a view of {@link #members()}
   * at {@link #distinctPositions()}, nothing copied.
   *
   * @return the distinct members
   */
  public List<Member> distinctMembers() {
    return new AbstractList<>() {
      @Override
      public Member get(int index) {
        return members.get(distinctPositions[index]);
      }

      @Override
      public int size() {
        return distinctPositions.length;
      }
    };
  }

  /**
   * The roster positions of {@link #distinctMembers()}, in the same order: no lookup by id needed
   * for a member already in hand. Callers must not change the array.
   *
   * @return positions in {@link #members()}
   */
  int[] distinctPositions() {
    return distinctPositions;
  }

  /**
   * Whether the roster entry at a position is the first listing of its id.
   *
   * @param position a position in {@link #members()}
   * @return {@code false} for a later listing of an id already listed
   */
  boolean isFirstListing(int position) {
    return (memberFlags[position] & FIRST_LISTING) != 0;
  }

  /**
   * Whether the roster entry at a position is the first listing of its id, {@link #counted} and a
   * member proper ({@link Member#countsAsMember()}), as the index's roster pass found: the rules
   * that ask this of every member need not walk each member's status history again.
   *
   * @param position a position in {@link #members()}
   * @return {@code true} for a counted member proper, first listing
   */
  boolean isCountedMember(int position) {
    return (memberFlags[position] & COUNTED_MEMBER) == COUNTED_MEMBER;
  }

  /**
   * The tier of the roster entry at a position that is the first listing of its id, as the index's
   * roster pass read it: a rule that filters every member by tier need not visit each member.
   *
   * @param position a position in {@link #members()} that {@link #isFirstListing} is true of
   * @return the tier
   */
  ParticipationTier firstListingTier(int position) {
    return TIERS[tiers[position]];
  }

  private static final ParticipationTier[] TIERS = ParticipationTier.values();

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
   * The roster position of each norm agreement's member, as {@link #memberIndex} gives it, in the
   * order of the agreements; looked up once per validation call (the integrity and the norms rules
   * both read it). Callers must not change the array.
   *
   * @return positions in {@link #members()}, -1 for an id not on the roster
   */
  int[] agreementPositions() {
    if (agreementPositions == null) {
      indexAgreements();
    }
    return agreementPositions;
  }

  /**
   * The latest version of the norms agreed by the member at each roster position (by the agreements
   * whose id is on the roster), as read in the same pass over the agreements as {@link
   * #agreementPositions()}: at 100,000 agreements each further pass over them was another sweep of
   * cache misses (#22). Callers must not change the arrays.
   *
   * @return the versions
   */
  AgreedVersions agreedVersions() {
    if (agreedVersions == null) {
      indexAgreements();
    }
    return agreedVersions;
  }

  /** The latest version of the norms each person agreed to, by roster position. */
  static final class AgreedVersions {
    private final int[] latest;
    private final boolean[] agreed;

    AgreedVersions(int[] latest, boolean[] agreed) {
      this.latest = latest;
      this.agreed = agreed;
    }

    /**
     * Whether the member at a roster position agreed to any version.
     *
     * @param position a position in {@link #members()}
     * @return {@code true} if an agreement names the member
     */
    boolean agreed(int position) {
      return agreed[position];
    }

    /**
     * The latest version agreed by the member at a roster position.
     *
     * @param position a position in {@link #members()} that {@link #agreed} is true of
     * @return the version
     */
    int latest(int position) {
      return latest[position];
    }
  }

  private void indexAgreements() {
    List<NormAgreement> agreements = plan.getCommunity().getNorms().getAgreements();
    int[] positions = new int[agreements.size()];
    int[] latest = new int[members.size()];
    boolean[] agreed = new boolean[members.size()];
    for (int i = 0; i < positions.length; i++) {
      NormAgreement agreement = agreements.get(i);
      int m = firstIndexById.get(Objects.requireNonNull(agreement.getMemberId(), "memberId"));
      positions[i] = m;
      if (m >= 0) {
        int version = agreement.getVersion();
        if (!agreed[m] || version > latest[m]) {
          latest[m] = version;
        }
        agreed[m] = true;
      }
    }
    agreedVersions = new AgreedVersions(latest, agreed);
    agreementPositions = positions;
  }

  /**
   * The roster position of each reflection's author, as {@link #memberIndex} gives it, in the order
   * of the reflections; looked up once per validation call (the integrity and the reflection rules
   * both read it). Callers must not change the array.
   *
   * @return positions in {@link #members()}, -1 for an id not on the roster
   */
  int[] reflectionPositions() {
    if (reflectionPositions == null) {
      reflectionPositions =
          rosterPositions(plan.getPractice().getReflections(), Reflection::getMemberId);
    }
    return reflectionPositions;
  }

  /** The roster positions of the ids of a list's items, as {@link #memberIndex} gives them. */
  private <T> int[] rosterPositions(List<T> items, Function<T, MemberId> idOf) {
    int[] out = new int[items.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = firstIndexById.get(Objects.requireNonNull(idOf.apply(items.get(i)), "memberId"));
    }
    return out;
  }

  /**
   * Whether an id is on the roster.
   *
   * @param id a member id
   * @return {@code true} if some member has it
   */
  public boolean resolves(MemberId id) {
    return firstIndexById.contains(id);
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
    return Arrays.stream(order).boxed().toList();
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
    return Dates.localDate(dateTime, plan.getTimeZone());
  }

  /**
   * How many meetings took place before the as-of day.
   *
   * @return the number of past meetings; 0 without an as-of date
   */
  public int pastMeetingCount() {
    if (pastMeetings < 0) {
      int count = 0;
      for (int i = 0; i < meetings.size(); i++) {
        if (isPast(i)) {
          count++;
        }
      }
      pastMeetings = count;
    }
    return pastMeetings;
  }

  /**
   * Whether the meeting at an index took place before the as-of day: it has a start whose date in
   * the plan's time zone is before that day. Without an as-of date nothing is past.
   *
   * @param meeting a meeting's index in {@link #meetings()}
   * @return {@code true} for a past meeting
   */
  boolean isPast(int meeting) {
    return asOf.isPresent()
        && columns.has(meeting, MeetingColumns.START)
        && columns.startDay[meeting] < asOf.get().toEpochDay();
  }

  /**
   * The meetings' columns: what the meeting rules read, in flat arrays indexed like {@link
   * #meetings()}.
   *
   * @return the columns
   */
  MeetingColumns columns() {
    return columns;
  }

  /**
   * The indexes of the meetings that have a start, ordered by start instant (then by index); the
   * same as {@link #meetingsByStart()}, unboxed. Callers must not change the array.
   *
   * @return meeting indexes
   */
  int[] byStart() {
    return order;
  }

  /**
   * The calendar day a meeting starts on in the plan's time zone, as {@link
   * #localDate(OffsetDateTime)} gives it.
   *
   * @param meeting the index of a meeting that has a start
   * @return its day
   */
  LocalDate startDate(int meeting) {
    return LocalDate.ofEpochDay(columns.startDay[meeting]);
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
