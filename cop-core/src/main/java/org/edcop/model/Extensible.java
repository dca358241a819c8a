package org.edcop.model;

import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * A model object that carries properties this version of the library does not know: ones written by
 * a newer version or added by the user's own system. They are kept as raw JSON text by property
 * name, sorted by name, so that a JSON module can write them back unchanged. The model never parses
 * them.
 *
 * @since 0.1.0
 */
public interface Extensible {

  /**
   * Properties this library does not know, as raw JSON text by name (e.g. {@code "lmsCourse" ->
   * "{\"id\":42}"}), sorted by name.
   *
   * @return the unknown properties; empty when there are none
   */
  @Value.NaturalOrder
  SortedMap<String, String> getUnknownProperties();
}
