package org.edcop.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The partial command tree (#22) behaves as the full one: same usage text, same one-line errors and
 * exit codes, for every subcommand listed on {@link CopCli}.
 */
class CommandTreeTest {

  static Stream<String> subcommands() {
    return Stream.of(CopCli.class.getAnnotation(Command.class).subcommands())
        .filter(type -> type != CommandLine.HelpCommand.class)
        .map(type -> type.getAnnotation(Command.class).name());
  }

  @ParameterizedTest
  @MethodSource("subcommands")
  void aSubcommandAloneHasTheUsageOfTheFullTree(String name) {
    CommandLine partial = CommandTree.forArgs(new CopCli(), name, "--help");
    assertThat(partial.getSubcommands().keySet()).containsExactly(name);
    String full = new CommandLine(new CopCli()).getSubcommands().get(name).getUsageMessage();

    assertThat(partial.getSubcommands().get(name).getUsageMessage()).isEqualTo(full);
    assertThat(run(name, "--help").out).isEqualTo(full);
  }

  @ParameterizedTest
  @MethodSource("subcommands")
  void anUnknownOptionIsTheSameOneLineErrorAsInTheFullTree(String name) {
    Result result = run(name, "--no-such-option");

    assertThat(result.code).isEqualTo(CopCli.USAGE);
    assertThat(result.err.lines().collect(Collectors.toList()))
        .hasSize(1)
        .allMatch(
            line ->
                line.startsWith("cop: ") && line.endsWith("'cop " + name + " --help' for usage)"));
  }

  @ParameterizedTest
  @MethodSource("others")
  void anythingElseGetsTheWholeTree(List<String> args) {
    assertThat(CommandTree.forArgs(new CopCli(), args.toArray(String[]::new)).getSubcommands())
        .containsKeys("validate", "help");
  }

  static Stream<List<String>> others() {
    return Stream.of(List.of(), List.of("help", "validate"), List.of("--help"), List.of("nope"));
  }

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = CopCli.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Result(code, out.toString(), err.toString());
  }

  private record Result(int code, String out, String err) {}
}
