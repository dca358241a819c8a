package org.edcop.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The domain of the community (guide section: Purpose; Wenger-Trayner's first defining element):
 * the shared area of interest or concern, the expertise members share, the purpose, and for
 * equity-centred cohorts the problems of practice they work on.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Domain extends Extensible {

  /**
   * The shared area of interest or concern that brings members together.
   *
   * @return the shared interest, if stated
   */
  Optional<String> getSharedInterest();

  /**
   * The expertise and competence members share as practitioners.
   *
   * @return the shared expertise, if stated
   */
  Optional<String> getSharedExpertise();

  /**
   * Whether the community centres its work on equity (21CSLA).
   *
   * @return {@code true} for an equity-centred community
   */
  @Value.Default
  default boolean isEquityCentred() {
    return false;
  }

  /**
   * The purpose of the community.
   *
   * @return the purpose
   */
  @Value.Default
  default Purpose getPurpose() {
    return Purpose.builder().build();
  }

  /**
   * The problems of practice the community works on.
   *
   * @return the problems, as recorded
   */
  List<ProblemOfPractice> getProblemsOfPractice();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableDomain.Builder builder() {
    return ImmutableDomain.builder();
  }
}
