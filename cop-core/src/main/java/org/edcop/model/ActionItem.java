package org.edcop.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something a meeting agreed that someone will do (guide section: Collaborative Plan; the
 * leadership duty of keeping the community on track with its purpose): what, who owns it, by when,
 * and where it stands. The owner is a member id that validation checks against the roster.
 *
 * @since 0.2.0
 */
@Value.Immutable
public interface ActionItem extends Extensible {

  /**
   * What is to be done.
   *
   * @return the description
   */
  String getDescription();

  /**
   * The member who owns the item.
   *
   * @return the owner, if assigned
   */
  Optional<MemberId> getOwner();

  /**
   * The day it is due.
   *
   * @return the due date, if set
   */
  Optional<LocalDate> getDueOn();

  /**
   * Where the item stands.
   *
   * @return the status; {@link ActionItemStatus#OPEN} unless recorded otherwise
   */
  @Value.Default
  default ActionItemStatus getStatus() {
    return ActionItemStatus.OPEN;
  }

  /**
   * Whether the item is still owed on a day: open and due before that day.
   *
   * @param date the day
   * @return {@code true} if overdue on that day
   */
  default boolean isOverdueOn(LocalDate date) {
    return getStatus() == ActionItemStatus.OPEN
        && getDueOn().map(due -> due.isBefore(date)).orElse(false);
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableActionItem.Builder builder() {
    return ImmutableActionItem.builder();
  }
}
