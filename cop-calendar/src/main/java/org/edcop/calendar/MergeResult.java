package org.edcop.calendar;

import java.util.List;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.Meeting;

/**
 * The result of {@link Schedules#merge}: the plan with the new meetings, which generated meetings
 * were added and which matched a meeting the plan already had (and were left out).
 *
 * @since 0.2.0
 */
public final class MergeResult {

  private final CommunityOfPractice plan;
  private final List<Meeting> added;
  private final List<Meeting> matched;

  MergeResult(CommunityOfPractice plan, List<Meeting> added, List<Meeting> matched) {
    this.plan = plan;
    this.added = List.copyOf(added);
    this.matched = List.copyOf(matched);
  }

  /**
   * The merged plan.
   *
   * @return the plan
   */
  public CommunityOfPractice getPlan() {
    return plan;
  }

  /**
   * The generated meetings that were added.
   *
   * @return the added meetings
   */
  public List<Meeting> getAdded() {
    return added;
  }

  /**
   * The generated meetings left out because the plan already had one with the same id or on the
   * same day.
   *
   * @return the generated meetings that were not added
   */
  public List<Meeting> getMatched() {
    return matched;
  }
}
