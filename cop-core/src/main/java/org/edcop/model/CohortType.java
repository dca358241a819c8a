package org.edcop.model;

/**
 * What brings the cohort's members together (21CSLA: small, sustained, role-alike cohorts; other
 * communities gather around a topic or an affinity).
 *
 * @since 0.2.0
 */
public enum CohortType implements Vocabulary {
  /** Members hold similar roles, e.g. all principals. */
  ROLE_ALIKE,
  /** Members come together around a topic, whatever their roles. */
  TOPIC,
  /** Members share an identity or experience, e.g. new leaders of colour. */
  AFFINITY
}
