package org.edcop.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * How to reach a person (guide section: Membership). Never printed by any model {@code toString()}.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface ContactInfo extends Extensible {

  /**
   * E-mail address.
   *
   * @return the address, if recorded
   */
  @Value.Redacted
  Optional<String> getEmail();

  /**
   * Telephone number.
   *
   * @return the number, if recorded
   */
  @Value.Redacted
  Optional<String> getPhone();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableContactInfo.Builder builder() {
    return ImmutableContactInfo.builder();
  }
}
