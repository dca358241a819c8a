package org.edcop.model;

/**
 * The kinds of purpose a community can serve (guide section: Purpose; also Further Application).
 *
 * @since 0.1.0
 */
public enum PurposeType implements Vocabulary {
  /** Members share what they know. */
  SHARING_KNOWLEDGE,
  /** Members learn something new together. */
  SHARED_LEARNING,
  /** Members grow their professional capacity. */
  BUILDING_PROFESSIONAL_CAPACITY,
  /** Members build up a bank of resources. */
  BUILDING_A_RESOURCE_BANK,
  /** Members work on problems of practice. */
  SOLVING_PROBLEMS_OF_PRACTICE,
  /** Members give feedback or input that informs a plan or decision. */
  GATHERING_FEEDBACK,
  /** The community moves initiatives forward. */
  ADVANCING_INITIATIVES,
  /** The community carries out a change. */
  IMPLEMENTING_A_CHANGE
}
