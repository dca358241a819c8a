package org.edcop.privacy;

import java.util.List;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.MemberId;
import org.immutables.value.Value;

/**
 * What {@link Privacy#erase} did: the plan without the person, the tombstone id that replaced
 * theirs, and the JSON Pointers (into the erased plan's JSON document) of every value removed or
 * replaced. The report never holds the removed values themselves.
 *
 * @since 0.2.0
 */
@Value.Immutable
public interface ErasureReport {

  /**
   * The plan with the person erased.
   *
   * @return the erased plan
   */
  CommunityOfPractice getPlan();

  /**
   * The id that was erased (the caller already knows it; it is not stored anywhere in the plan).
   *
   * @return the erased id
   */
  @Value.Redacted
  MemberId getErasedId();

  /**
   * The id that now stands for the erased person everywhere in the plan, e.g. {@code erased-1}.
   *
   * @return the tombstone id
   */
  MemberId getTombstoneId();

  /**
   * Where personal data was removed: JSON Pointers of removed values (a name, a contact, a
   * reflection's text) in document order.
   *
   * @return the pointers of removed values
   */
  List<String> getRemoved();

  /**
   * Where a reference to the person now holds the tombstone id (leaders, facilitators, norm
   * agreements, attendance, required members, reflections).
   *
   * @return the pointers of replaced references
   */
  List<String> getReplacedReferences();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableErasureReport.Builder builder() {
    return ImmutableErasureReport.builder();
  }
}
