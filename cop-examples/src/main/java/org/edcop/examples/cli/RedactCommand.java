package org.edcop.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.edcop.json.CopJson;
import org.edcop.model.Vocabulary;
import org.edcop.privacy.Privacy;
import org.edcop.privacy.RedactionProfile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cop redact}: prints a copy of a plan without the personal data a profile leaves out. */
@Command(
    name = "redact",
    mixinStandardHelpOptions = true,
    description = {
      "Print a copy of a plan for sharing: 'stakeholder' removes contact details, HR links and"
          + " reflections' text; 'public' also replaces names and member ids with pseudonyms.",
      "Exit code 0, or 2 for unreadable input."
    })
final class RedactCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE", description = "A plan file (JSON).")
  Path file;

  @Option(
      names = "--profile",
      paramLabel = "PROFILE",
      required = true,
      converter = ProfileConverter.class,
      description = "stakeholder or public.")
  RedactionProfile profile;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    CopJson json = CopJson.defaults();
    PrintWriter out = spec.commandLine().getOut();
    out.print(json.writePlanPretty(Privacy.redact(TranscriptCommand.read(json, file), profile)));
    out.flush();
    return CopCli.OK;
  }

  /** Converts a profile code. */
  static final class ProfileConverter implements CommandLine.ITypeConverter<RedactionProfile> {
    @Override
    public RedactionProfile convert(String value) {
      try {
        return Vocabulary.fromCode(RedactionProfile.class, value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(
            Terminal.quote(value) + " is not a profile; use stakeholder or public");
      }
    }
  }
}
