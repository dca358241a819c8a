package org.edcop.model;

import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * The person behind a membership (guide section: Membership): name, role, organisation, an optional
 * contact and an optional id that links to the user's HR or learning-management account. Contact
 * details never appear in {@code toString()}.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Person extends Extensible {

  /**
   * Full name as it should be shown.
   *
   * @return the name
   */
  @Value.Redacted
  String getName();

  /**
   * Role or title, e.g. "Deputy Superintendent".
   *
   * @return the role, if recorded
   */
  @Value.Redacted
  Optional<String> getRole();

  /**
   * The kind of position the person holds, for role-alike cohorts.
   *
   * @return the category, if recorded
   * @since 0.2.0
   */
  Optional<RoleCategory> getRoleCategory();

  /**
   * The school authority, district or school the person works for.
   *
   * @return the organisation, if recorded
   */
  @Value.Redacted
  Optional<String> getOrganisation();

  /**
   * How to reach the person; redacted from {@code toString()}.
   *
   * @return the contact, if recorded
   */
  @Value.Redacted
  Optional<ContactInfo> getContact();

  /**
   * The person's id in the user's HR or learning-management system.
   *
   * @return the external id, if linked
   */
  @Value.Redacted
  Optional<String> getExternalId();

  /**
   * Creates a person with only a name.
   *
   * @param name full name
   * @return the person
   */
  static ImmutablePerson of(String name) {
    return builder().name(name).build();
  }

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
  static ImmutablePerson.Builder builder() {
    return ImmutablePerson.builder();
  }
}
