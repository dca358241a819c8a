package org.edcop.model;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * How the community will start and run its meetings (guide section: Launch): launch date, cadence
 * and meeting length, format with place or platform, meeting content, and tools.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface LaunchPlan extends Extensible {

  /**
   * The day the community launches.
   *
   * @return the date, if set
   */
  Optional<LocalDate> getLaunchDate();

  /**
   * How often meetings take place.
   *
   * @return the cadence, if decided
   */
  Optional<Cadence> getCadence();

  /**
   * The planned length of a meeting.
   *
   * @return the length, if decided
   */
  Optional<Duration> getMeetingLength();

  /**
   * In person, virtual or hybrid.
   *
   * @return the format, if decided
   */
  Optional<MeetingFormat> getFormat();

  /**
   * Where in-person meetings take place.
   *
   * @return the place, if set
   */
  Optional<String> getPlace();

  /**
   * The online platform of virtual meetings.
   *
   * @return the platform, if set
   */
  Optional<String> getPlatform();

  /**
   * Items on every meeting's agenda.
   *
   * @return the standing agenda items, in order
   */
  List<String> getStandingAgendaItems();

  /**
   * Kinds of activity the meetings will use.
   *
   * @return the activity kinds, in vocabulary order
   */
  Set<ActivityKind> getActivityKinds();

  /**
   * Tools for gathering knowledge, sharing resources and keeping legacy items.
   *
   * @return the tools, as listed
   */
  List<Tool> getTools();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableLaunchPlan.Builder builder() {
    return ImmutableLaunchPlan.builder();
  }
}
