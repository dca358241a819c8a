package org.edcop.running;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.edcop.model.ActionItem;
import org.edcop.model.ActionItemStatus;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.Meeting;
import org.edcop.model.Member;
import org.edcop.model.MemberId;
import org.edcop.model.MembershipStatus;
import org.edcop.model.ParticipationTier;
import org.edcop.model.StatusChange;
import org.edcop.model.TierChange;
import org.edcop.running.internal.Dates;
import org.edcop.running.internal.RosterIndex;

/**
 * How a community has taken part as of a date: figures per member, per tier and per meeting, a
 * health summary, suggested tier changes and meeting agendas (guide sections: Membership,
 * Collaborative Plan). Built once with {@link #of}; immutable and safe to share.
 *
 * <p>What counts:
 *
 * <ul>
 *   <li>A meeting is <em>held</em> when its start falls on or before the as-of date in the plan's
 *       time zone; meetings without a start never count.
 *   <li>A held meeting with nobody in its attendance has no attendance recorded: it appears in
 *       {@link #meetings()} but counts in no rate, window or streak.
 *   <li>A person counts for a meeting only while {@link MembershipStatus#JOINED} on its day (a
 *       person without a status history has been a member all along): meetings before they joined
 *       or after they left or declined are neither attended nor missed.
 *   <li>The <em>recent window</em> of a person is their last {@link
 *       ParticipationThresholds#getRecentMeetings()} counted meetings; the <em>year</em> is all of
 *       them up to the as-of date.
 *   <li>Attendance entries that name nobody on the roster are ignored here (validation reports
 *       them).
 * </ul>
 *
 * <p>Roles in a community ebb and flow over time, as the guide points out, so tiers are not fixed:
 * {@link #tierDrift()} suggests changes for a person to confirm and never changes the plan.
 *
 * <p>The cost is linear in the number of attendance entries plus meetings and members (with a
 * logarithmic factor for the time order of meetings).
 *
 * @since 0.2.0
 */
public final class Participation {

  private final CommunityOfPractice plan;
  private final LocalDate asOf;
  private final ParticipationThresholds thresholds;
  private final List<MemberParticipation> members;
  private final Map<String, MemberParticipation> byId;
  private final List<MeetingTurnout> meetings;
  private final List<Meeting> meetingsInOrder;
  private final LocalDate[] dates;

  private Participation(
      CommunityOfPractice plan, LocalDate asOf, ParticipationThresholds thresholds) {
    this.plan = plan;
    this.asOf = asOf;
    this.thresholds = thresholds;
    ZoneId zone = plan.getTimeZone();
    this.meetingsInOrder = inTimeOrder(plan.getPractice().getMeetings());
    this.dates = new LocalDate[meetingsInOrder.size()];
    List<Meeting> held = new ArrayList<>();
    List<LocalDate> heldDays = new ArrayList<>();
    for (int i = 0; i < meetingsInOrder.size(); i++) {
      Meeting meeting = meetingsInOrder.get(i);
      dates[i] = meeting.getStart().map(start -> Dates.localDate(start, zone)).orElse(null);
      if (dates[i] != null && !dates[i].isAfter(asOf)) {
        held.add(meeting);
        heldDays.add(dates[i]);
      }
    }
    List<Member> roster = plan.getCommunity().getMembership().getMembers();
    RosterIndex rosterIndex = new RosterIndex(roster);
    for (int m = 0; m < roster.size(); m++) {
      rosterIndex.putIfAbsent(roster.get(m).getId(), m);
    }
    // index spaces: h over held meetings, r over held meetings with attendance recorded
    int heldCount = held.size();
    LocalDate[] heldDates = new LocalDate[heldCount];
    boolean[] recorded = new boolean[heldCount];
    int recordedCount = 0;
    for (int h = 0; h < heldCount; h++) {
      heldDates[h] = heldDays.get(h);
      recorded[h] = !held.get(h).getAttendance().isEmpty();
      if (recorded[h]) {
        recordedCount++;
      }
    }
    LocalDate[] recordedDates = new LocalDate[recordedCount];
    for (int h = 0, r = 0; h < heldCount; h++) {
      if (recorded[h]) {
        recordedDates[r++] = heldDates[h];
      }
    }
    // when each member was joined, as day intervals [from, to)
    List<List<LocalDate[]>> joined = new ArrayList<>(roster.size());
    int[] expectedDelta = new int[heldCount + 1];
    for (Member member : roster) {
      List<LocalDate[]> intervals = joinedIntervals(member);
      joined.add(intervals);
      if (member.countsAsMember()) {
        for (LocalDate[] interval : intervals) {
          expectedDelta[lowerBound(heldDates, interval[0])]++;
          expectedDelta[lowerBound(heldDates, interval[1])]--;
        }
      }
    }
    // one pass over the attendance
    int[][] attendedIdx = new int[roster.size()][];
    int[] attendedLen = new int[roster.size()];
    Duration[] time = new Duration[roster.size()];
    Arrays.fill(time, Duration.ZERO);
    List<MeetingTurnout> turnout = new ArrayList<>(heldCount);
    int expectedNow = 0;
    for (int h = 0, r = 0; h < heldCount; h++) {
      expectedNow += expectedDelta[h];
      Meeting meeting = held.get(h);
      Optional<Duration> length = Dates.length(meeting);
      int came = 0;
      int others = 0;
      for (MemberId id : meeting.getAttendance()) {
        int m = rosterIndex.get(id);
        if (m < 0) {
          continue;
        }
        Member member = roster.get(m);
        if (length.isPresent()) {
          time[m] = time[m].plus(length.get());
        }
        boolean counted = contains(joined.get(m), heldDates[h]);
        if (counted) {
          int[] list = attendedIdx[m];
          if (list == null) {
            list = new int[4];
          } else if (attendedLen[m] == list.length) {
            list = Arrays.copyOf(list, list.length * 2);
          }
          list[attendedLen[m]++] = r;
          attendedIdx[m] = list;
        }
        if (counted && member.countsAsMember()) {
          came++;
        } else {
          others++;
        }
      }
      turnout.add(
          new MeetingTurnout(
              meeting.getId(), heldDates[h], recorded[h], expectedNow, came, others));
      if (recorded[h]) {
        r++;
      }
    }
    this.meetings = Collections.unmodifiableList(turnout);
    // figures per member
    int window = thresholds.getRecentMeetings();
    List<MemberParticipation> figures = new ArrayList<>(roster.size());
    Map<String, MemberParticipation> ids = new HashMap<>(roster.size() * 2);
    List<Meeting> recordedMeetings = new ArrayList<>(recordedCount);
    for (int h = 0; h < heldCount; h++) {
      if (recorded[h]) {
        recordedMeetings.add(held.get(h));
      }
    }
    for (int m = 0; m < roster.size(); m++) {
      Member member = roster.get(m);
      List<LocalDate[]> intervals = joined.get(m);
      int heldForMember = 0;
      for (LocalDate[] interval : intervals) {
        heldForMember +=
            lowerBound(recordedDates, interval[1]) - lowerBound(recordedDates, interval[0]);
      }
      int windowStart = windowStart(recordedDates, intervals, window);
      int recentHeld = Math.min(window, heldForMember);
      int[] list = attendedIdx[m] == null ? new int[0] : attendedIdx[m];
      int count = attendedLen[m];
      int recentAttended = count - lowerBound(list, count, windowStart);
      int streak;
      Optional<String> last = Optional.empty();
      Optional<LocalDate> lastOn = Optional.empty();
      if (count == 0) {
        streak = heldForMember;
      } else {
        int lastIdx = list[count - 1];
        Meeting lastMeeting = recordedMeetings.get(lastIdx);
        last = Optional.of(lastMeeting.getId());
        lastOn = Optional.of(recordedDates[lastIdx]);
        streak = countAfter(recordedDates, intervals, lastIdx);
      }
      MemberParticipation figure =
          new MemberParticipation(
              member.getId(),
              member.getTier(),
              recentHeld,
              recentAttended,
              heldForMember,
              count,
              streak,
              last,
              lastOn,
              time[m]);
      figures.add(figure);
      ids.putIfAbsent(member.getId().getValue(), figure);
    }
    this.members = Collections.unmodifiableList(figures);
    this.byId = ids;
  }

  /**
   * Participation as of a date, with the default thresholds.
   *
   * @param plan the plan
   * @param asOf the day, in the plan's time zone
   * @return the participation
   * @throws NullPointerException if an argument is null
   */
  public static Participation of(CommunityOfPractice plan, LocalDate asOf) {
    return of(plan, asOf, ParticipationThresholds.defaults());
  }

  /**
   * Participation as of a date, with the thresholds of a policy (see {@link
   * org.edcop.validation.ValidationPolicy#getParticipation()}).
   *
   * @param plan the plan
   * @param asOf the day, in the plan's time zone
   * @param thresholds the window size and drift thresholds
   * @return the participation
   * @throws NullPointerException if an argument is null
   */
  public static Participation of(
      CommunityOfPractice plan, LocalDate asOf, ParticipationThresholds thresholds) {
    return new Participation(
        Objects.requireNonNull(plan, "plan"),
        Objects.requireNonNull(asOf, "asOf"),
        Objects.requireNonNull(thresholds, "thresholds"));
  }

  /**
   * The as-of date.
   *
   * @return the date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * The thresholds in use.
   *
   * @return the thresholds
   */
  public ParticipationThresholds thresholds() {
    return thresholds;
  }

  /**
   * The figures of every person on the roster, in roster order.
   *
   * @return an unmodifiable list
   */
  public List<MemberParticipation> members() {
    return members;
  }

  /**
   * The figures of one person (the first roster entry with the id).
   *
   * @param id the member's id
   * @return the figures, if the id is on the roster
   */
  public Optional<MemberParticipation> member(MemberId id) {
    return Optional.ofNullable(byId.get(id.getValue()));
  }

  /**
   * The turnout of every meeting held by the as-of date, in time order.
   *
   * @return an unmodifiable list
   */
  public List<MeetingTurnout> meetings() {
    return meetings;
  }

  /**
   * Figures per tier, for the tiers held by someone who had joined by the as-of date, in tier
   * order.
   *
   * @return an unmodifiable list
   */
  public List<TierSummary> tiers() {
    Map<ParticipationTier, double[]> sums = new EnumMap<>(ParticipationTier.class);
    List<Member> roster = plan.getCommunity().getMembership().getMembers();
    for (int m = 0; m < roster.size(); m++) {
      if (!joinedOn(roster.get(m), asOf)) {
        continue;
      }
      MemberParticipation figure = members.get(m);
      // members, sum of rates, members with a rate, sum of recent rates, members with one
      double[] sum = sums.computeIfAbsent(figure.tier(), t -> new double[5]);
      sum[0]++;
      if (figure.rate().isPresent()) {
        sum[1] += figure.rate().getAsDouble();
        sum[2]++;
      }
      if (figure.recentRate().isPresent()) {
        sum[3] += figure.recentRate().getAsDouble();
        sum[4]++;
      }
    }
    List<TierSummary> tiers = new ArrayList<>();
    sums.forEach(
        (tier, sum) ->
            tiers.add(
                new TierSummary(tier, (int) sum[0], mean(sum[1], sum[2]), mean(sum[3], sum[4]))));
    return Collections.unmodifiableList(tiers);
  }

  /**
   * The community's health as of the date.
   *
   * @return the summary
   */
  public HealthSummary health() {
    List<Member> roster = plan.getCommunity().getMembership().getMembers();
    int proper = 0;
    int active = 0;
    List<MemberId> never = new ArrayList<>();
    int renewals = 0;
    for (int m = 0; m < roster.size(); m++) {
      Member member = roster.get(m);
      renewals += coreRenewals(member);
      if (!member.countsAsMember() || !joinedOn(member, asOf)) {
        continue;
      }
      MemberParticipation figure = members.get(m);
      proper++;
      if (figure.recentAttended() > 0) {
        active++;
      }
      if (figure.held() > 0 && figure.attended() == 0) {
        never.add(member.getId());
      }
    }
    List<Double> rates = new ArrayList<>();
    for (MeetingTurnout meeting : meetings) {
      meeting.rate().ifPresent(rates::add);
    }
    OptionalDouble first = OptionalDouble.empty();
    OptionalDouble last = OptionalDouble.empty();
    if (rates.size() >= 2) {
      int quarter = Math.max(1, rates.size() / 4);
      first = meanOf(rates.subList(0, quarter));
      last = meanOf(rates.subList(rates.size() - quarter, rates.size()));
    }
    return new HealthSummary(proper, active, first, last, renewals, never);
  }

  /**
   * Suggested tier changes: a core or active member who missed at least the policy's absence share
   * of their recent window moves one tier down (core to active, active to occasional); an
   * occasional or peripheral member who attended at least the attendance share of it is suggested
   * active. Only members joined on the as-of date with at least the policy's minimum of meetings in
   * their window are judged. Roles ebb and flow, so these are prompts for a conversation, never
   * changes to the plan.
   *
   * @return the suggestions, in roster order
   */
  public List<SuggestedTierChange> tierDrift() {
    List<Member> roster = plan.getCommunity().getMembership().getMembers();
    List<SuggestedTierChange> drift = new ArrayList<>();
    for (int m = 0; m < roster.size(); m++) {
      Member member = roster.get(m);
      MemberParticipation figure = members.get(m);
      int held = figure.recentHeld();
      if (!joinedOn(member, asOf) || held < thresholds.getDriftMinimumMeetings()) {
        continue;
      }
      int attended = figure.recentAttended();
      int missed = held - attended;
      ParticipationTier tier = figure.tier();
      ParticipationTier to = null;
      String reason = null;
      if ((tier == ParticipationTier.CORE || tier == ParticipationTier.ACTIVE)
          && atLeast(missed, held, thresholds.getDriftAbsenceShare())) {
        to =
            tier == ParticipationTier.CORE
                ? ParticipationTier.ACTIVE
                : ParticipationTier.OCCASIONAL;
        reason = "missed " + missed + " of the last " + held + " meetings";
      } else if ((tier == ParticipationTier.OCCASIONAL || tier == ParticipationTier.PERIPHERAL)
          && atLeast(attended, held, thresholds.getDriftAttendanceShare())) {
        to = ParticipationTier.ACTIVE;
        reason = "attended " + attended + " of the last " + held + " meetings";
      }
      if (to != null) {
        drift.add(new SuggestedTierChange(member.getId(), tier, to, reason, held, attended));
      }
    }
    return Collections.unmodifiableList(drift);
  }

  /**
   * The next meeting: the first, in time order, that starts after the as-of date.
   *
   * @return the meeting, if one is scheduled
   */
  public Optional<Meeting> nextMeeting() {
    for (int i = 0; i < meetingsInOrder.size(); i++) {
      if (dates[i] != null && dates[i].isAfter(asOf)) {
        return Optional.of(meetingsInOrder.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * The agenda of a meeting: the launch plan's standing items, the meeting's topics and guiding
   * questions, and the action items still open from the meetings before it (in time order; for a
   * meeting without a start, from every other meeting with a start).
   *
   * @param meetingId the meeting's id (the first meeting with it, as listed)
   * @return the agenda; empty if no meeting has the id
   */
  public Optional<Agenda> agendaFor(String meetingId) {
    Objects.requireNonNull(meetingId, "meetingId");
    Optional<Meeting> found =
        plan.getPractice().getMeetings().stream()
            .filter(meeting -> meeting.getId().equals(meetingId))
            .findFirst();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Meeting meeting = found.get();
    List<OpenActionItem> open = new ArrayList<>();
    for (Meeting earlier : meetingsInOrder) {
      if (earlier == meeting) {
        break;
      }
      if (earlier.getStart().isEmpty()) {
        continue;
      }
      List<ActionItem> items = earlier.getActionItems();
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i).getStatus() == ActionItemStatus.OPEN) {
          open.add(new OpenActionItem(earlier.getId(), i, items.get(i)));
        }
      }
    }
    return Optional.of(
        new Agenda(
            meeting.getId(),
            meeting.getTitle(),
            meeting.getStart(),
            plan.getPractice().getLaunchPlan().getStandingAgendaItems(),
            meeting.getTopics(),
            meeting.getGuidingQuestions(),
            open));
  }

  // --- helpers

  /**
   * The meetings in time order as {@link org.edcop.model.Practice#meetingsInTimeOrder()} gives them
   * (by start instant, ties and meetings without a start in list order, those last), sorted on keys
   * taken once per meeting rather than on the date-times, and not at all when the list is in order
   * already (#22).
   */
  private static List<Meeting> inTimeOrder(List<Meeting> meetings) {
    int n = meetings.size();
    long[] seconds = new long[n];
    int[] nanos = new int[n];
    boolean[] started = new boolean[n];
    boolean sorted = true;
    int last = -1;
    for (int i = 0; i < n; i++) {
      Optional<java.time.OffsetDateTime> start = meetings.get(i).getStart();
      if (start.isPresent()) {
        started[i] = true;
        seconds[i] = start.get().toEpochSecond();
        nanos[i] = start.get().getNano();
      }
      if (last >= 0 && compareStarts(started, seconds, nanos, last, i) > 0) {
        sorted = false;
      }
      last = i;
    }
    if (sorted) {
      return List.copyOf(meetings);
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> compareStarts(started, seconds, nanos, a, b)); // stable
    List<Meeting> result = new ArrayList<>(n);
    for (Integer i : order) {
      result.add(meetings.get(i));
    }
    return Collections.unmodifiableList(result);
  }

  /** Compares two meetings' starts by instant, a meeting without a start after any with one. */
  private static int compareStarts(boolean[] started, long[] seconds, int[] nanos, int a, int b) {
    if (!started[a] || !started[b]) {
      return Boolean.compare(!started[a], !started[b]);
    }
    return Dates.compareInstants(seconds[a], nanos[a], seconds[b], nanos[b]);
  }

  private static boolean atLeast(int part, int whole, double share) {
    return part >= share * whole - 1e-9;
  }

  private static OptionalDouble mean(double sum, double count) {
    return count == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / count);
  }

  private static OptionalDouble meanOf(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).average();
  }

  private static boolean joinedOn(Member member, LocalDate date) {
    return member.statusOn(date).orElse(null) == MembershipStatus.JOINED;
  }

  /** Tier changes into core after another tier, effective by the as-of date. */
  private int coreRenewals(Member member) {
    List<TierChange> history = new ArrayList<>(member.getTierHistory());
    history.removeIf(change -> change.getEffectiveOn().isAfter(asOf));
    history.sort((a, b) -> a.getEffectiveOn().compareTo(b.getEffectiveOn()));
    int renewals = 0;
    for (int i = 1; i < history.size(); i++) {
      if (history.get(i).getTier() == ParticipationTier.CORE
          && history.get(i - 1).getTier() != ParticipationTier.CORE) {
        renewals++;
      }
    }
    return renewals;
  }

  /**
   * The days a member was joined, as intervals [from, to) in date order, following {@link
   * Member#statusOn}: the latest change on or before a day rules it, and of two on the same day the
   * one listed last.
   */
  static List<LocalDate[]> joinedIntervals(Member member) {
    if (member.getStatusHistory().isEmpty()) {
      return List.<LocalDate[]>of(new LocalDate[] {LocalDate.MIN, LocalDate.MAX});
    }
    List<StatusChange> changes = new ArrayList<>(member.getStatusHistory());
    changes.sort((a, b) -> a.getEffectiveOn().compareTo(b.getEffectiveOn())); // stable
    List<LocalDate[]> intervals = new ArrayList<>();
    LocalDate openFrom = null;
    for (int i = 0; i < changes.size(); i++) {
      StatusChange change = changes.get(i);
      if (i + 1 < changes.size()
          && changes.get(i + 1).getEffectiveOn().equals(change.getEffectiveOn())) {
        continue; // a later entry on the same day rules
      }
      boolean joinedNow = change.getStatus() == MembershipStatus.JOINED;
      if (joinedNow && openFrom == null) {
        openFrom = change.getEffectiveOn();
      } else if (!joinedNow && openFrom != null) {
        intervals.add(new LocalDate[] {openFrom, change.getEffectiveOn()});
        openFrom = null;
      }
    }
    if (openFrom != null) {
      intervals.add(new LocalDate[] {openFrom, LocalDate.MAX});
    }
    return intervals;
  }

  private static boolean contains(List<LocalDate[]> intervals, LocalDate date) {
    for (LocalDate[] interval : intervals) {
      if (!date.isBefore(interval[0]) && date.isBefore(interval[1])) {
        return true;
      }
    }
    return false;
  }

  /** The first index whose date is on or after {@code date}. */
  static int lowerBound(LocalDate[] sorted, LocalDate date) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted[mid].isBefore(date)) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private static int lowerBound(int[] sorted, int length, int value) {
    int low = 0;
    int high = length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted[mid] < value) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** The first recorded index of a member's last {@code window} counted meetings. */
  private static int windowStart(LocalDate[] recorded, List<LocalDate[]> intervals, int window) {
    int remaining = window;
    for (int k = intervals.size() - 1; k >= 0; k--) {
      int from = lowerBound(recorded, intervals.get(k)[0]);
      int to = lowerBound(recorded, intervals.get(k)[1]);
      int size = to - from;
      if (size >= remaining) {
        return to - remaining;
      }
      remaining -= size;
    }
    return 0;
  }

  /** Counted meetings of a member after a recorded index. */
  private static int countAfter(LocalDate[] recorded, List<LocalDate[]> intervals, int index) {
    int count = 0;
    for (LocalDate[] interval : intervals) {
      int from = Math.max(index + 1, lowerBound(recorded, interval[0]));
      int to = lowerBound(recorded, interval[1]);
      if (to > from) {
        count += to - from;
      }
    }
    return count;
  }
}
