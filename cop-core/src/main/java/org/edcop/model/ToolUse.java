package org.edcop.model;

/**
 * What a community tool is used for (guide section: Launch).
 *
 * @since 0.1.0
 */
public enum ToolUse implements Vocabulary {
  /** Gathering the knowledge the community builds. */
  GATHERING_KNOWLEDGE,
  /** Sharing resources among members. */
  SHARING_RESOURCES,
  /** Collecting legacy items for those who come after. */
  KEEPING_LEGACY
}
