package org.edcop.model;

import java.util.Optional;
import java.util.SortedMap;
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
   * Properties this version does not define, kept as read; redacted from {@code toString()} because
   * a system may store personal data there (a mobile number, a pronoun).
   *
   * @return raw JSON values by property name
   * @since 0.2.0
   */
  @Override
  @Value.Redacted
  @Value.NaturalOrder
  SortedMap<String, String> getUnknownProperties();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableContactInfo.Builder builder() {
    return ImmutableContactInfo.builder();
  }
}
