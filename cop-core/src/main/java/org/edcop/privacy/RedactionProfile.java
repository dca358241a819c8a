package org.edcop.privacy;

import org.edcop.model.Vocabulary;

/**
 * Who a redacted copy of a plan is for, and so what it keeps (see docs/privacy.md). Both profiles
 * remove contact details, links to HR accounts, the text of every reflection (the competencies
 * cited stay for non-private ones) and the unknown properties of people, members, contacts and
 * reflections, where systems tend to keep personal data.
 *
 * @since 0.2.0
 */
public enum RedactionProfile implements Vocabulary {
  /**
   * For stakeholders inside the school authority (a superintendent, a steering group): names,
   * roles, organisations and member ids are kept.
   */
  STAKEHOLDER,
  /**
   * For publication or research: names become stable pseudonyms ("Member 7", numbered by roster
   * position), member ids become {@code member-7}, roles and organisations are removed; counts,
   * tiers, tier history and attendance are kept.
   */
  PUBLIC;

  /**
   * Finds a profile by its code ({@code stakeholder}, {@code public}).
   *
   * @param code the code
   * @return the profile
   * @throws IllegalArgumentException naming the code and the known ones if it is unknown
   */
  public static RedactionProfile fromCode(String code) {
    return Vocabulary.fromCode(RedactionProfile.class, code);
  }
}
