package org.edcop.model;

import java.time.Duration;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * The practice element (Wenger-Trayner's third defining element): what members do together, as the
 * guide's Launch, Collaborative Plan, Results &amp; Celebration and Connection to Professional
 * Practice sections plan it, plus 21CSLA-style improvement work.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Practice extends Extensible {

  /**
   * How meetings start and run (guide section: Launch).
   *
   * @return the launch plan
   */
  @Value.Default
  default LaunchPlan getLaunchPlan() {
    return LaunchPlan.builder().build();
  }

  /**
   * The dated schedule of meetings (guide section: Collaborative Plan).
   *
   * @return the meetings, as listed
   */
  List<Meeting> getMeetings();

  /**
   * Continuous-improvement work on problems of practice (21CSLA).
   *
   * @return the improvement work, as listed
   */
  List<ImprovementWork> getImprovementWork();

  /**
   * Results and celebration (guide section: Results &amp; Celebration).
   *
   * @return the results
   */
  @Value.Default
  default Results getResults() {
    return Results.builder().build();
  }

  /**
   * Leaders' reflections (guide section: Connection to Professional Practice).
   *
   * @return the reflections, as listed
   */
  List<Reflection> getReflections();

  /**
   * The resource bank: the shared repertoire members build, legacy items included (guide section:
   * Launch: gathering knowledge and sharing resources).
   *
   * @return the resources, as listed
   * @since 0.2.0
   */
  List<SharedResource> getResourceBank();

  /**
   * The meetings sorted by start instant; meetings without a start come last, in listed order.
   *
   * @return an unmodifiable list
   */
  default List<Meeting> meetingsInTimeOrder() {
    Comparator<Optional<java.time.OffsetDateTime>> byInstant =
        Comparator.comparing(
            start -> start.map(java.time.OffsetDateTime::toInstant).orElse(null),
            Comparator.nullsLast(Comparator.naturalOrder()));
    return getMeetings().stream()
        .sorted(Comparator.comparing(Meeting::getStart, byInstant))
        .toList();
  }

  /**
   * Professional-learning time per member: the summed length of the meetings each member attended.
   * Meetings without both times, or ending before they start, count for nothing.
   *
   * @return an unmodifiable map sorted by member id; members who attended nothing are absent
   */
  default Map<MemberId, Duration> learningTimeByMember() {
    TreeMap<MemberId, Duration> time = new TreeMap<>();
    for (Meeting meeting : getMeetings()) {
      Optional<Duration> length = meeting.length();
      if (length.isEmpty()) {
        continue;
      }
      for (MemberId member : meeting.getAttendance()) {
        time.merge(member, length.get(), Duration::plus);
      }
    }
    return Collections.unmodifiableMap(time);
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutablePractice.Builder builder() {
    return ImmutablePractice.builder();
  }
}
