package org.edcop.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.edcop.json.CopJson;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.MemberId;
import org.edcop.privacy.ErasureReport;
import org.edcop.privacy.Privacy;
import org.edcop.privacy.UnknownMemberException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cop erase}: prints a plan with one person's personal data erased. */
@Command(
    name = "erase",
    mixinStandardHelpOptions = true,
    description = {
      "Print the plan with one member's personal data erased and their id replaced by a tombstone"
          + " everywhere; what was removed is listed on standard error.",
      "Exit code 0, or 2 for unreadable input or an id that is not on the roster."
    })
final class EraseCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE", description = "A plan file (JSON).")
  Path file;

  @Option(
      names = "--member",
      paramLabel = "ID",
      required = true,
      description = "The id of the member to erase.")
  String member;

  @CommandLine.Mixin LocaleOption language = new LocaleOption();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    language.resolve(spec.commandLine().getErr()); // the notice, if any, comes first
    CopJson json = CopJson.defaults();
    CommunityOfPractice plan = TranscriptCommand.read(json, file);
    ErasureReport report;
    try {
      report = Privacy.erase(plan, MemberId.of(member));
    } catch (UnknownMemberException e) {
      throw new CliException(Terminal.file(file) + ": " + e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(json.writePlanPretty(report.getPlan()));
    out.flush();
    PrintWriter err = spec.commandLine().getErr();
    err.println(
        "cop: "
            + Terminal.line(
                CliTexts.of(language.resolve(err))
                    .format(
                        "erase.done",
                        "tombstone",
                        Terminal.value(report.getTombstoneId().getValue()),
                        "removed",
                        String.join(", ", report.getRemoved()),
                        "references",
                        report.getReplacedReferences().size())));
    err.flush();
    return CopCli.OK;
  }
}
