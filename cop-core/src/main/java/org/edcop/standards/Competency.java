package org.edcop.standards;

import org.immutables.value.Value;

/**
 * One competency of a professional standard, e.g. competency {@code 2} of Alberta's Superintendent
 * Leadership Quality Standard, "Modeling Commitment to Professional Learning".
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Competency {

  /**
   * The competency's id within its framework; the shipped frameworks number them "1", "2", ... in
   * the standard's order.
   *
   * @return the id
   */
  @Value.Parameter
  String getId();

  /**
   * The competency's name as the standard words it.
   *
   * @return the name
   */
  @Value.Parameter
  String getName();

  /**
   * Creates a competency.
   *
   * @param id its id within the framework
   * @param name its name
   * @return the competency
   */
  static Competency of(String id, String name) {
    return ImmutableCompetency.of(id, name);
  }
}
