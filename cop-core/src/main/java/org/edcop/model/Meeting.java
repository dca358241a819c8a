package org.edcop.model;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.edcop.model.encoding.AttendanceEncodingEnabled;
import org.edcop.model.encoding.TimeEncodingEnabled;
import org.immutables.value.Value;

/**
 * One meeting of the collaborative plan (guide section: Collaborative Plan): when it runs, what it
 * covers, what it needs, who facilitates, which of feedback, reflection and celebration it
 * includes, and who attended.
 *
 * @since 0.1.0
 */
@Value.Immutable
@AttendanceEncodingEnabled
@TimeEncodingEnabled
public interface Meeting extends Extensible {

  /**
   * The meeting's id, unique within the plan.
   *
   * @return the id
   */
  String getId();

  /**
   * A short title.
   *
   * @return the title, if set
   */
  Optional<String> getTitle();

  /**
   * When the meeting starts, with its UTC offset.
   *
   * @return the start, if scheduled
   */
  Optional<OffsetDateTime> getStart();

  /**
   * When the meeting ends, with its UTC offset.
   *
   * @return the end, if scheduled
   */
  Optional<OffsetDateTime> getEnd();

  /**
   * The day the meeting was originally due, when it was moved to another day (e.g. a meeting that
   * fell on a closure, moved to the next available week by the schedule generator). The spacing
   * rule measures a rescheduled meeting from this day, its place in the series.
   *
   * @return the original day, in the plan's time zone, if the meeting was rescheduled
   * @since 0.2.0
   */
  Optional<LocalDate> getRescheduledFrom();

  /**
   * Topics, activities, processes or content of the meeting.
   *
   * @return the topics, in order
   */
  List<String> getTopics();

  /**
   * Kinds of activity the meeting uses.
   *
   * @return the activity kinds, in vocabulary order
   */
  Set<ActivityKind> getActivities();

  /**
   * Guiding questions for the meeting.
   *
   * @return the questions, in order
   */
  List<String> getGuidingQuestions();

  /**
   * Resources the meeting requires.
   *
   * @return the resources, in order
   */
  List<String> getResources();

  /**
   * The member who facilitates.
   *
   * @return the facilitator, if assigned
   */
  Optional<MemberId> getFacilitator();

  /**
   * Which of feedback, reflection and celebration the meeting includes.
   *
   * @return the elements, in vocabulary order
   */
  Set<MeetingElement> getIncludes();

  /**
   * The members who took part.
   *
   * @return the attendance
   */
  Set<MemberId> getAttendance();

  /**
   * Notes taken at the meeting (the leadership duty of note-taking and knowledge gathering).
   *
   * @return the notes, if recorded
   * @since 0.2.0
   */
  Optional<String> getNotes();

  /**
   * Decisions or recommendations the meeting made, as the norm on decision-making shapes them.
   *
   * @return the decisions, in order
   * @since 0.2.0
   */
  List<String> getDecisions();

  /**
   * What the meeting agreed someone will do.
   *
   * @return the action items, in order
   * @since 0.2.0
   */
  List<ActionItem> getActionItems();

  /**
   * The meeting's length, when both ends are set and the end follows the start.
   *
   * @return the length, if known and positive
   */
  default Optional<Duration> length() {
    if (getStart().isEmpty() || getEnd().isEmpty()) {
      return Optional.empty();
    }
    Duration length = Duration.between(getStart().get().toInstant(), getEnd().get().toInstant());
    return length.isNegative() || length.isZero() ? Optional.empty() : Optional.of(length);
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableMeeting.Builder builder() {
    return ImmutableMeeting.builder();
  }
}
