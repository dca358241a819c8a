package org.edcop.model;

import java.util.Set;
import org.immutables.value.Value;

/**
 * A tool the community uses to gather knowledge, share resources or keep legacy items (guide
 * section: Launch), e.g. a shared drive or a discussion board.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Tool extends Extensible {

  /**
   * The tool's name.
   *
   * @return the name
   */
  String getName();

  /**
   * What the tool is used for.
   *
   * @return the uses, in vocabulary order
   */
  Set<ToolUse> getUses();

  /**
   * Creates a tool.
   *
   * @param name the tool's name
   * @param uses what it is used for
   * @return the tool
   */
  static ImmutableTool of(String name, ToolUse... uses) {
    return builder().name(name).addUses(uses).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static ImmutableTool.Builder builder() {
    return ImmutableTool.builder();
  }
}
