package org.edcop.model;

/**
 * The kind of position a person holds, a small vocabulary that lets the validator tell whether a
 * role-alike cohort really is one (the free-text {@link Person#getRole()} keeps the exact title).
 *
 * @since 0.2.0
 */
public enum RoleCategory implements Vocabulary {
  /** A superintendent or deputy superintendent. */
  SUPERINTENDENT,
  /** A system (district-office) leader below the superintendent. */
  SYSTEM_LEADER,
  /** A school principal. */
  PRINCIPAL,
  /** A vice-principal or assistant principal. */
  VICE_PRINCIPAL,
  /** A teacher leader: coach, department head, lead teacher. */
  TEACHER_LEADER,
  /** A classroom teacher. */
  TEACHER,
  /** Any other role. */
  OTHER
}
