package org.edcop.model;

import java.util.Set;
import org.immutables.value.Value;

/**
 * One agreed way of working (guide section: Norms), tagged with the topics it covers.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Norm extends Extensible {

  /**
   * The norm in the community's words.
   *
   * @return the text
   */
  String getText();

  /**
   * The topics of the guide this norm covers.
   *
   * @return the topics, in vocabulary order
   */
  Set<NormTopic> getTopics();

  /**
   * Creates a norm.
   *
   * @param text the norm
   * @param topics the topics it covers
   * @return the norm
   */
  static ImmutableNorm of(String text, NormTopic... topics) {
    return builder().text(text).addTopics(topics).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableNorm.Builder builder() {
    return ImmutableNorm.builder();
  }
}
