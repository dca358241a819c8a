package org.edcop.running;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The agenda of a meeting as plain data a user interface or a meeting packet can show (guide
 * sections: Launch: standing agenda items; Collaborative Plan: topics and guiding questions), with
 * the action items still open from earlier meetings to follow up.
 *
 * @param meetingId the meeting's id
 * @param title the meeting's title, if any
 * @param start when it starts, if scheduled
 * @param standingItems the launch plan's standing agenda items
 * @param topics the meeting's topics, activities or content
 * @param guidingQuestions the meeting's guiding questions
 * @param openActionItems action items of earlier meetings that are still open, oldest first
 * @since 0.2.0
 */
public record Agenda(
    String meetingId,
    Optional<String> title,
    Optional<OffsetDateTime> start,
    List<String> standingItems,
    List<String> topics,
    List<String> guidingQuestions,
    List<OpenActionItem> openActionItems) {

  /**
   * Creates an agenda; the lists are copied.
   *
   * @param meetingId see the record description
   * @param title see the record description
   * @param start see the record description
   * @param standingItems see the record description
   * @param topics see the record description
   * @param guidingQuestions see the record description
   * @param openActionItems see the record description
   */
  public Agenda {
    standingItems = List.copyOf(standingItems);
    topics = List.copyOf(topics);
    guidingQuestions = List.copyOf(guidingQuestions);
    openActionItems = List.copyOf(openActionItems);
  }
}
