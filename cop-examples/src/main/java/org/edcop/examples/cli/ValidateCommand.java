package org.edcop.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.edcop.json.CopJson;
import org.edcop.json.format.CopJsonCodec;
import org.edcop.json.format.CopJsonException;
import org.edcop.json.format.CopJsonLimits;
import org.edcop.model.CommunityOfPractice;
import org.edcop.validation.CopValidator;
import org.edcop.validation.Stage;
import org.edcop.validation.ValidationInputException;
import org.edcop.validation.ValidationPolicy;
import org.edcop.validation.ValidationReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cop validate}: checks plan files at a stage and prints the findings. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check plan files at a stage: for each file a summary line, then its errors, warnings and"
          + " open questions with their paths (many findings of one rule grouped).",
      "Exit code 0 when every file is acceptable, 1 when one is not, 2 for unreadable input."
    })
final class ValidateCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Plan files (JSON).")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--stage",
      paramLabel = "STAGE",
      converter = StageConverter.class,
      description = "draft, launch, running or close (default: ${DEFAULT-VALUE}).",
      defaultValue = "launch")
  Stage stage;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      converter = DateConverter.class,
      description = {
        "Judge the plan as of this day (YYYY-MM-DD, in the plan's time zone): what is past and"
            + " what is next. Default for --stage running: today in the plan's time zone."
      })
  LocalDate asOf;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text or json (default: ${DEFAULT-VALUE}).",
      defaultValue = "text")
  Format format;

  @Option(names = "--policy", paramLabel = "FILE", description = "A validation policy (JSON).")
  Path policyFile;

  @Option(
      names = "--preset",
      paramLabel = "NAME",
      description =
          "A policy preset shipped with cop: cass-system-leaders or 21csla-cohort (not with"
              + " --policy).")
  String preset;

  @CommandLine.Mixin LocaleOption language = new LocaleOption();

  @Option(
      names = {"-q", "--quiet"},
      description = "Print only the one-line summary of each file (text format).")
  boolean quiet;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      converter = Colours.WhenConverter.class,
      description =
          "auto (colour when writing to a terminal), always or never (default: ${DEFAULT-VALUE}).",
      defaultValue = "auto")
  Colours.When color;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Output formats. */
  enum Format {
    text,
    json
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Locale locale = language.resolve(err);
    CopJson json = CopJson.defaults();
    CopValidator validator = validator(json);
    CopCli cop = CopCli.of(spec);
    Colours colours = Colours.of(color, cop.terminal());
    PrintWriter out = spec.commandLine().getOut();
    // the coloured report escapes all it prints itself; the guard would escape the colours too
    TextOutput text =
        new TextOutput(colours.on() ? cop.rawOut() : out, CliTexts.of(locale), colours, quiet);
    JsonOutput jsonOut = new JsonOutput(out, json, locale);
    if (format == Format.json) {
      jsonOut.start();
    }
    boolean unreadable = false;
    boolean acceptable = true;
    for (Path file : files) {
      ValidationReport report;
      try {
        CommunityOfPractice plan = readPlan(json, file);
        try {
          report =
              asOf == null
                  ? validator.validate(plan, stage)
                  : validator.validate(plan, stage, asOf);
        } catch (ValidationInputException e) {
          throw new CliException(Terminal.file(file) + ": " + e.getMessage());
        }
      } catch (CliException e) {
        err.println("cop: " + Terminal.line(e.getMessage()));
        err.flush();
        if (format == Format.json) {
          jsonOut.problem(
              file.toString(), Terminal.shortenQuoted(withoutFile(file, e.getMessage())));
        }
        unreadable = true;
        continue;
      }
      acceptable &= report.isAcceptable();
      if (format == Format.json) {
        jsonOut.report(file.toString(), report);
      } else {
        text.print(file.toString(), report);
      }
    }
    if (format == Format.json) {
      jsonOut.end();
    }
    out.flush();
    if (unreadable) {
      return CopCli.USAGE;
    }
    return acceptable ? CopCli.OK : CopCli.NOT_ACCEPTABLE;
  }

  /** The validator the options ask for; a bad policy or preset is one line naming it. */
  private CopValidator validator(CopJson json) {
    CopValidator validator = CopValidator.defaults();
    if (policyFile != null && preset != null) {
      throw new CliException("use either --policy or --preset, not both");
    }
    if (policyFile != null) {
      ValidationPolicy policy;
      try {
        policy = readPolicy(json, policyFile);
      } catch (IllegalArgumentException e) {
        throw new CliException(Terminal.file(policyFile) + ": " + e.getMessage());
      }
      try {
        validator = validator.withPolicy(policy);
      } catch (IllegalArgumentException e) {
        throw new CliException(Terminal.file(policyFile) + ": " + e.getMessage());
      }
    }
    if (preset != null) {
      try {
        validator = validator.withPolicy(ValidationPolicy.preset(preset));
      } catch (IllegalArgumentException e) {
        throw new CliException("--preset " + Terminal.quote(preset) + ": " + e.getMessage());
      }
    }
    return validator;
  }

  /** A problem's text without the file name it begins with (the JSON names the file apart). */
  private static String withoutFile(Path file, String message) {
    String prefix = Terminal.file(file) + ": ";
    return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
  }

  private static CommunityOfPractice readPlan(CopJsonCodec json, Path file) {
    return read(file, json::readPlan);
  }

  private static ValidationPolicy readPolicy(CopJsonCodec json, Path file) {
    return read(file, json::readPolicy);
  }

  /**
   * Reads a document through the codec's bounded file reading: never more than the size limit is
   * read, whatever size the file reports (a 3 GB file or {@code /dev/zero} stops at the limit).
   */
  static <T> T read(Path file, java.util.function.Function<Path, T> reader) {
    if (Files.isDirectory(file)) {
      throw new CliException(Terminal.file(file) + ": is a directory, not a plan file");
    }
    if (!Files.exists(file)) {
      throw new CliException(Terminal.file(file) + ": no such file");
    }
    try {
      return reader.apply(file);
    } catch (CopJsonException e) {
      if (e.getKind() == CopJsonException.Kind.IO) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        throw new CliException(
            Terminal.file(file) + ": cannot be read (" + cause.getClass().getSimpleName() + ")");
      }
      throw new CliException(Terminal.file(file) + ": " + e.getMessage());
    } catch (SecurityException e) {
      throw new CliException(
          Terminal.file(file) + ": cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  /**
   * Reads a whole input file (a calendar, an exceptions list, a previous export) for commands that
   * do not read it through the codec, never more than {@link CopJsonLimits#DEFAULTS}' document
   * size: a larger file, {@code /dev/zero} or an endless pipe is a one-line error, not an
   * out-of-memory failure.
   */
  static byte[] readBytes(Path file) {
    if (Files.isDirectory(file)) {
      throw new CliException(Terminal.file(file) + ": is a directory, not a plan file");
    }
    long limit = CopJsonLimits.DEFAULTS.maxDocumentBytes();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      if (bytes.length > limit) {
        throw new CliException(
            Terminal.file(file) + ": larger than the limit of " + limit + " bytes");
      }
      return bytes;
    } catch (NoSuchFileException e) {
      throw new CliException(Terminal.file(file) + ": no such file");
    } catch (IOException | SecurityException e) {
      throw new CliException(
          Terminal.file(file) + ": cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  /** Converts a stage code such as {@code launch}. */
  static final class StageConverter implements CommandLine.ITypeConverter<Stage> {
    @Override
    public Stage convert(String value) {
      try {
        return org.edcop.model.Vocabulary.fromCode(Stage.class, value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(
            Terminal.quote(value) + " is not a stage; use draft, launch, running or close");
      }
    }
  }

  /** Converts a calendar date such as {@code 2027-01-20}. */
  static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new CommandLine.TypeConversionException(
            Terminal.quote(value) + " is not a date; use the form 2027-01-20");
      }
    }
  }
}
