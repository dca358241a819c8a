package org.edcop.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A member's account of the value taking part created, after Wenger, Trayner and de Laat's
 * value-creation stories (guide section: Results &amp; Celebration): who tells it, when, the
 * narrative, the cycles of value it shows, the purpose types it speaks to, and the collected
 * evidence that backs it (by evidence id).
 *
 * @since 0.2.0
 */
@Value.Immutable
public interface ValueStory extends Extensible {

  /**
   * The member who tells the story.
   *
   * @return the author, if recorded
   */
  Optional<MemberId> getAuthor();

  /**
   * The day the story was told or recorded.
   *
   * @return the date, if recorded
   */
  Optional<LocalDate> getToldOn();

  /**
   * The story itself.
   *
   * @return the narrative
   */
  String getNarrative();

  /**
   * The cycles of value the story shows.
   *
   * @return the cycles, in vocabulary order
   */
  Set<ValueCycle> getCycles();

  /**
   * The purpose types the story speaks to.
   *
   * @return the purpose types, in vocabulary order
   */
  Set<PurposeType> getPurposeTypes();

  /**
   * Ids of the evidence (planned or collected, see {@link Evidence#getId()}) the story cites.
   *
   * @return the evidence ids, as listed
   */
  List<String> getEvidence();

  /**
   * Whether the story shows applied value or a later cycle.
   *
   * @return {@code true} if some cycle reaches practice
   */
  default boolean reachesPractice() {
    return getCycles().stream().anyMatch(ValueCycle::reachesPractice);
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableValueStory.Builder builder() {
    return ImmutableValueStory.builder();
  }
}
