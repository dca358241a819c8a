package org.edcop.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code cop} command: validates community-of-practice plans and prints samples and schemas.
 * Exit codes: 0 when every file is acceptable at the stage asked, 1 when one is not, 2 for
 * unreadable input or bad usage.
 */
@Command(
    name = "cop",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Plan and check communities of practice for educators and school-system leaders.",
    subcommands = {
      ValidateCommand.class,
      ExampleCommand.class,
      SchemaCommand.class,
      ScheduleCommand.class,
      CalendarCommand.class,
      PacketCommand.class,
      TranscriptCommand.class,
      RedactCommand.class,
      EraseCommand.class,
      ParticipationCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every file is acceptable at the stage asked",
      "1:at least one file is not acceptable",
      "2:unreadable input or bad usage"
    })
public final class CopCli implements Runnable {

  /** Exit code when every file is acceptable. */
  public static final int OK = 0;

  /** Exit code when at least one file is not acceptable at the stage asked. */
  public static final int NOT_ACCEPTABLE = 1;

  /** Exit code for unreadable input or bad usage. */
  public static final int USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Standard output as given, before {@link TerminalSafeWriter}: for colours and data files. */
  private PrintWriter rawOut;

  /** Whether standard output is a terminal. */
  private boolean terminal;

  /** Creates the command; picocli calls this. */
  public CopCli() {}

  /**
   * The tool that runs a command.
   *
   * @param spec the command's spec
   * @return the root command object
   */
  static CopCli of(CommandLine.Model.CommandSpec spec) {
    return (CopCli) spec.root().userObject();
  }

  /**
   * Standard output without the terminal guard, for the coloured report, which escapes all the text
   * it prints itself and must keep its own colour sequences.
   *
   * @return the raw writer
   */
  PrintWriter rawOut() {
    return rawOut;
  }

  /**
   * Whether standard output is a terminal (decided once, in {@link #main}).
   *
   * @return true when a person is likely watching
   */
  boolean terminal() {
    return terminal;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing command: use " + commandNames() + ".");
  }

  /** The registered command names, so the hint never falls behind the command list. */
  private String commandNames() {
    java.util.List<String> names = new java.util.ArrayList<>(spec.subcommands().keySet());
    names.remove("help");
    return String.join(", ", names);
  }

  /**
   * Runs the tool and exits the JVM with its exit code.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    System.exit(
        run(
            new PrintWriter(System.out, true),
            new PrintWriter(System.err, true),
            System.console() != null,
            args));
  }

  /**
   * Runs the tool, writing to the given streams, and returns its exit code. Never throws and never
   * prints a stack trace.
   *
   * @param out where results go
   * @param err where problems go, one line each
   * @param args the command-line arguments
   * @return the exit code
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(out, err, false, args);
  }

  /**
   * Runs the tool as {@link #run(PrintWriter, PrintWriter, String...)} does, saying whether
   * standard output is a terminal (which turns on colours under {@code --color=auto}).
   *
   * @param rawOut where results go
   * @param rawErr where problems go, one line each
   * @param terminal whether {@code out} is a terminal
   * @param args the command-line arguments
   * @return the exit code
   */
  static int run(PrintWriter rawOut, PrintWriter rawErr, boolean terminal, String... args) {
    PrintWriter out = new PrintWriter(new TerminalSafeWriter(rawOut));
    PrintWriter err = new PrintWriter(new TerminalSafeWriter(rawErr));
    CopCli cop = new CopCli();
    cop.rawOut = rawOut;
    cop.terminal = terminal;
    CommandLine commandLine = CommandTree.forArgs(cop, args);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setParameterExceptionHandler(
        (ex, arguments) -> {
          err.println(
              "cop: "
                  + Terminal.line(ex.getMessage())
                  + " (run '"
                  + ex.getCommandLine().getCommandSpec().qualifiedName()
                  + " --help' for usage)");
          err.flush();
          return USAGE;
        });
    commandLine.setExecutionExceptionHandler(
        (ex, cmd, parseResult) -> {
          err.println("cop: " + Terminal.line(describe(ex)));
          err.flush();
          return USAGE;
        });
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    rawOut.flush();
    rawErr.flush();
    return code;
  }

  private static String describe(Exception ex) {
    if (ex instanceof CliException) {
      return ex.getMessage();
    }
    String message = ex.getMessage();
    return "unexpected problem ("
        + ex.getClass().getSimpleName()
        + ")"
        + (message == null ? "" : ": " + message.lines().findFirst().orElse(""));
  }
}
