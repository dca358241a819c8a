package org.edcop.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of the practice's resource bank, the shared repertoire members build (guide sections:
 * Launch: tools to gather knowledge, share resources and collect legacy items; Results &amp;
 * Celebration: the legacy). An entry marked as a legacy item is part of what the community leaves
 * behind.
 *
 * @since 0.2.0
 */
@Value.Immutable
public interface SharedResource extends Extensible {

  /**
   * The resource's title.
   *
   * @return the title
   */
  String getTitle();

  /**
   * Where to find it: a URL or a place in the district's tool.
   *
   * @return the link, if recorded
   */
  Optional<String> getLink();

  /**
   * What kind of resource it is.
   *
   * @return the kind, if recorded
   */
  Optional<ResourceKind> getKind();

  /**
   * Free-form tags for finding it again.
   *
   * @return the tags, as listed
   */
  List<String> getTags();

  /**
   * The member who contributed it.
   *
   * @return the contributor, if recorded
   */
  Optional<MemberId> getContributor();

  /**
   * The day it was added to the bank.
   *
   * @return the date, if recorded
   */
  Optional<LocalDate> getAddedOn();

  /**
   * Whether the resource is a legacy item: part of what the community hands on.
   *
   * @return {@code true} for a legacy item
   */
  @Value.Default
  default boolean isLegacy() {
    return false;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableSharedResource.Builder builder() {
    return ImmutableSharedResource.builder();
  }
}
