package org.edcop.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.edcop.json.CopJson;
import org.edcop.json.format.CopJsonException;
import org.edcop.model.CommunityOfPractice;
import org.edcop.records.AchievementCredential;
import org.edcop.records.AchievementCredentials;
import org.edcop.records.CreditPolicy;
import org.edcop.records.LearningRecord;
import org.edcop.records.LearningRecords;
import org.edcop.records.LearningRecordsCsv;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cop transcript}: professional learning records of a plan's members as of a day. */
@Command(
    name = "transcript",
    mixinStandardHelpOptions = true,
    description = {
      "Print each member's learning record (meetings attended, learning time, credit, competencies,"
          + " completion) as of a day, as CSV for HR import or as JSON.",
      "The records keep ISO dates and codes (data for other systems); --locale sets the language"
          + " of the notices.",
      "Exit code 0, or 2 for unreadable input."
    })
final class TranscriptCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE", description = "A plan file (JSON).")
  Path file;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      converter = DateConverter.class,
      description =
          "The day the records are for, e.g. 2026-06-30 (default: today in the plan's"
              + " time zone).")
  LocalDate asOf;

  @Option(
      names = "--credit-policy",
      paramLabel = "FILE",
      description = "A credit policy (JSON; default: 75 %% attendance, no caps, quarter hours).")
  Path policyFile;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "csv or json (default: ${DEFAULT-VALUE}).",
      defaultValue = "csv")
  Format format;

  @Option(
      names = "--include-private-reflections",
      description = "Count competencies cited in reflections their authors keep private.")
  boolean includePrivate;

  @Option(
      names = "--badges",
      paramLabel = "DIR",
      description =
          "Also write an Open Badges 3.0 credential (unsigned JSON-LD) for each member"
              + " who completed into DIR.")
  Path badges;

  @Option(
      names = "--issuer",
      paramLabel = "URI",
      description = "The badges' issuer id (default: a URN from the plan's authority).")
  String issuer;

  @CommandLine.Mixin LocaleOption language = new LocaleOption();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Output formats. */
  enum Format {
    csv,
    json
  }

  @Override
  public Integer call() {
    language.resolve(spec.commandLine().getErr()); // the notice, if any, comes first
    CopJson json = CopJson.defaults();
    CommunityOfPractice plan = read(json, file);
    CreditPolicy policy = CreditPolicy.defaults();
    if (policyFile != null) {
      try {
        ValidateCommand.readBytes(policyFile); // one-line errors for a missing or unreadable file
        policy = json.readCreditPolicy(policyFile);
      } catch (CopJsonException e) {
        throw new CliException(Terminal.file(policyFile) + ": " + e.getMessage());
      }
    }
    LocalDate day = asOf != null ? asOf : LocalDate.now(plan.getTimeZone());
    List<LearningRecord> records =
        LearningRecords.builder()
            .policy(policy)
            .asOf(day)
            .includePrivateReflections(includePrivate)
            .build()
            .of(plan);
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.print(json.writeLearningRecordsPretty(records));
    } else {
      out.print(LearningRecordsCsv.write(records));
    }
    out.flush();
    if (badges != null) {
      writeBadges(json, plan, records, policy);
    }
    return CopCli.OK;
  }

  private void writeBadges(
      CopJson json, CommunityOfPractice plan, List<LearningRecord> records, CreditPolicy policy) {
    String issuerId =
        issuer != null
            ? issuer
            : "urn:edcop:authority:" + plan.getAuthority().replaceAll("[^A-Za-z0-9]+", "-");
    List<AchievementCredential> credentials =
        AchievementCredentials.of(
            plan,
            records,
            policy,
            AchievementCredential.BadgeIssuer.of(issuerId, plan.getAuthority()));
    try {
      Files.createDirectories(badges);
      for (AchievementCredential credential : credentials) {
        Files.writeString(
            badges.resolve(fileName(credential)),
            json.writeCredentialPretty(credential),
            StandardCharsets.UTF_8);
      }
    } catch (IOException | SecurityException e) {
      throw new CliException(
          Terminal.file(badges)
              + ": cannot write credentials ("
              + e.getClass().getSimpleName()
              + ")");
    }
    PrintWriter err = spec.commandLine().getErr();
    err.println(
        "cop: "
            + Terminal.line(
                CliTexts.of(language.resolve(err))
                    .format(
                        "transcript.badges",
                        "count",
                        credentials.size(),
                        "dir",
                        Terminal.file(badges))));
    err.flush();
  }

  private static String fileName(AchievementCredential credential) {
    return credential.getId().substring(credential.getId().lastIndexOf(':') + 1) + ".json";
  }

  static CommunityOfPractice read(CopJson json, Path file) {
    byte[] bytes = ValidateCommand.readBytes(file);
    try {
      return json.readPlan(bytes);
    } catch (CopJsonException e) {
      throw new CliException(Terminal.file(file) + ": " + e.getMessage());
    }
  }

  /** Reads an ISO-8601 day such as {@code 2026-06-30}. */
  static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new CommandLine.TypeConversionException(
            Terminal.quote(value) + " is not a date; use the form 2026-06-30");
      }
    }
  }
}
