package org.edcop.examples.cli;

import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Builds only the part of the command tree that the arguments need (#22). Picocli inspects every
 * registered command by reflection and creates an instance of each when the tree is built, which
 * loads their classes, converters and static state (object mappers, loggers) before any work is
 * done. When the first argument names a subcommand, only that subcommand is inspected and attached
 * to a bare {@code cop} root: its usage, errors and qualified name ({@code cop validate}) are the
 * same as in the full tree. Anything else (no arguments, {@code help}, {@code --help}, {@code
 * --version}, an unknown command) gets the full tree of {@link CopCli}.
 *
 * <p>The subcommand list stays written once, in {@link CopCli}'s {@code @Command} annotation; this
 * class only reads it (reading annotations loads the command classes but runs none of their
 * initialisers).
 */
final class CommandTree {

  private CommandTree() {}

  /**
   * The command line for these arguments.
   *
   * @param cop the root command object (subcommands find it through {@link CopCli#of})
   * @param args the command-line arguments
   * @return the root command, with one subcommand or all of them
   */
  static CommandLine forArgs(CopCli cop, String... args) {
    if (args.length > 0) {
      Command root = CopCli.class.getAnnotation(Command.class);
      for (Class<?> type : root.subcommands()) {
        Command command = type.getAnnotation(Command.class);
        if (type != CommandLine.HelpCommand.class && command != null && names(command, args[0])) {
          CommandLine tree =
              new CommandLine(CommandSpec.wrapWithoutInspection(cop).name(root.name()));
          tree.addSubcommand(command.name(), new CommandLine(type));
          return tree;
        }
      }
    }
    return new CommandLine(cop);
  }

  private static boolean names(Command command, String word) {
    return command.name().equals(word) || Arrays.asList(command.aliases()).contains(word);
  }
}
