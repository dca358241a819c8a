package org.edcop.examples.cli;

import java.io.IOException;
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
import org.edcop.json.format.CopJsonException;
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
      "Check plan files at a stage and print the findings by guide section.",
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

  @Option(
      names = "--locale",
      paramLabel = "LANG",
      converter = LocaleConverter.class,
      description = "Language of the messages: en, fr or es (default: ${DEFAULT-VALUE}).",
      defaultValue = "en")
  Locale locale;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Output formats. */
  enum Format {
    text,
    json
  }

  @Override
  public Integer call() {
    CopJson json = CopJson.defaults();
    CopValidator validator = CopValidator.defaults();
    if (policyFile != null && preset != null) {
      throw new CliException("use either --policy or --preset, not both");
    }
    if (policyFile != null) {
      validator = validator.withPolicy(readPolicy(json, policyFile));
    }
    if (preset != null) {
      try {
        validator = validator.withPolicy(ValidationPolicy.preset(preset));
      } catch (ValidationInputException e) {
        throw new CliException(e.getMessage());
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<FileResult> results = new ArrayList<>();
    boolean unreadable = false;
    for (Path file : files) {
      try {
        CommunityOfPractice plan = readPlan(json, file);
        ValidationReport report;
        try {
          report =
              asOf == null
                  ? validator.validate(plan, stage)
                  : validator.validate(plan, stage, asOf);
        } catch (ValidationInputException e) {
          throw new CliException(file + ": " + e.getMessage());
        }
        results.add(new FileResult(file, report));
      } catch (CliException e) {
        err.println("cop: " + e.getMessage());
        unreadable = true;
      }
    }
    if (format == Format.json) {
      out.println(JsonOutput.render(json, results));
    } else {
      TextOutput text = new TextOutput(out, locale);
      results.forEach(r -> text.print(r.file().toString(), r.report()));
    }
    out.flush();
    if (unreadable) {
      return CopCli.USAGE;
    }
    return results.stream().allMatch(r -> r.report().isAcceptable())
        ? CopCli.OK
        : CopCli.NOT_ACCEPTABLE;
  }

  /** One validated file. */
  record FileResult(Path file, ValidationReport report) {}

  private static CommunityOfPractice readPlan(CopJson json, Path file) {
    byte[] bytes = readBytes(file);
    try {
      return json.readPlan(bytes);
    } catch (CopJsonException e) {
      throw new CliException(file + ": " + e.getMessage());
    }
  }

  private static ValidationPolicy readPolicy(CopJson json, Path file) {
    byte[] bytes = readBytes(file);
    try {
      return json.readPolicy(bytes);
    } catch (CopJsonException e) {
      throw new CliException(file + ": " + e.getMessage());
    }
  }

  static byte[] readBytes(Path file) {
    if (Files.isDirectory(file)) {
      throw new CliException(file + ": is a directory, not a plan file");
    }
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new CliException(file + ": no such file");
    } catch (IOException | SecurityException e) {
      throw new CliException(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
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
            "'" + value + "' is not a stage; use draft, launch, running or close");
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
            "'" + value + "' is not a date; use the form 2027-01-20");
      }
    }
  }

  /** Accepts the three languages the messages are translated into. */
  static final class LocaleConverter implements CommandLine.ITypeConverter<Locale> {
    @Override
    public Locale convert(String value) {
      switch (value) {
        case "en":
        case "fr":
        case "es":
          return Locale.forLanguageTag(value);
        default:
          throw new CommandLine.TypeConversionException(
              "'" + value + "' is not a supported language; use en, fr or es");
      }
    }
  }
}
