package org.edcop.model;

/**
 * What kind of item an entry of the practice's resource bank is (guide section: Launch: gathering
 * knowledge, sharing resources and collecting legacy items).
 *
 * @since 0.2.0
 */
public enum ResourceKind implements Vocabulary {
  /** A document: a reading, a report, notes. */
  DOCUMENT,
  /** A template, tool or protocol members can reuse. */
  TOOL,
  /** An example of practice: a lesson, a task, student work. */
  EXEMPLAR,
  /** A recording, video or slide deck. */
  MEDIA,
  /** A web site or online collection. */
  WEBSITE,
  /** Anything else. */
  OTHER
}
