package org.edcop.validation;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Rule ids that were renamed, so that a policy still naming a former id is told its new one instead
 * of only "unknown". Before 1.0 the id prefixes were aligned with the section codes of {@link
 * Section}: {@code plan.} became {@code collaborative-plan.}, {@code practice.} became {@code
 * professional-practice.} and {@code further.} became {@code further-application.}. A former id is
 * never accepted in place of the new one: a policy that names it is rejected with a message that
 * gives the new id (silently mapping it would hide a stale policy from its owner).
 *
 * @since 0.2.0
 */
public final class RenamedRules {

  private static final Map<String, String> RENAMED =
      Map.ofEntries(
          Map.entry("further.application-missing", "further-application.application-missing"),
          Map.entry("plan.action-overdue", "collaborative-plan.action-overdue"),
          Map.entry("plan.attendance-missing", "collaborative-plan.attendance-missing"),
          Map.entry(
              "plan.celebration-meeting-missing", "collaborative-plan.celebration-meeting-missing"),
          Map.entry("plan.facilitator-not-member", "collaborative-plan.facilitator-not-member"),
          Map.entry("plan.feedback-meeting-missing", "collaborative-plan.feedback-meeting-missing"),
          Map.entry("plan.meeting-length-mismatch", "collaborative-plan.meeting-length-mismatch"),
          Map.entry("plan.meeting-missing", "collaborative-plan.meeting-missing"),
          Map.entry("plan.meeting-spacing-mismatch", "collaborative-plan.meeting-spacing-mismatch"),
          Map.entry("plan.meeting-time-missing", "collaborative-plan.meeting-time-missing"),
          Map.entry("plan.meeting-topic-missing", "collaborative-plan.meeting-topic-missing"),
          Map.entry("plan.next-meeting-unprepared", "collaborative-plan.next-meeting-unprepared"),
          Map.entry("practice.competency-unknown", "professional-practice.competency-unknown"),
          Map.entry(
              "practice.reflection-incomplete", "professional-practice.reflection-incomplete"),
          Map.entry("practice.reflection-missing", "professional-practice.reflection-missing"));

  private RenamedRules() {}

  /**
   * The id a former rule id was renamed to.
   *
   * @param formerId a rule id as an older policy may name it
   * @return the current id, or empty when {@code formerId} was never renamed
   */
  public static Optional<String> currentId(String formerId) {
    return Optional.ofNullable(RENAMED.get(formerId));
  }

  /**
   * Every renamed id.
   *
   * @return current id by former id, sorted by former id
   */
  public static Map<String, String> all() {
    return new TreeMap<>(RENAMED);
  }

  /**
   * The words an "unknown rule id" message adds, in English, telling where the id went.
   *
   * @param id the unknown id
   * @return {@code " (renamed to 'x' in 0.2.0)"} or the empty string
   */
  public static String hint(String id) {
    return currentId(id).map(now -> " (renamed to '" + now + "' in 0.2.0)").orElse("");
  }
}
