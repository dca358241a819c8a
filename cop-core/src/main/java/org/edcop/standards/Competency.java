package org.edcop.standards;

import java.util.Map;
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
   * The competency's indicators (elements), by id, in the standard's order: e.g. element {@code A}
   * of CPSEL standard 5. A reference may name one as {@code 5A}, {@code 5.A} or {@code 5-A} (see
   * {@link CompetencyReference}). Empty when the catalog does not list them; the shipped frameworks
   * list none (their sources name the competencies only).
   *
   * @return indicator names by indicator id
   * @since 0.2.0
   */
  Map<String, String> getIndicators();

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

  /**
   * Creates a competency with its indicators.
   *
   * @param id its id within the framework
   * @param name its name
   * @param indicators indicator names by indicator id, in order
   * @return the competency
   * @since 0.2.0
   */
  static Competency of(String id, String name, Map<String, String> indicators) {
    return ImmutableCompetency.of(id, name).withIndicators(indicators);
  }
}
