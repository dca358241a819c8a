package org.edcop.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.edcop.calendar.CalendarException;
import org.edcop.calendar.DistrictCalendar;
import org.edcop.calendar.GeneratedSchedule;
import org.edcop.calendar.MergeResult;
import org.edcop.calendar.ScheduleOptions;
import org.edcop.calendar.Schedules;
import org.edcop.calendar.SkippedMeeting;
import org.edcop.json.CopJson;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.Meeting;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cop schedule}: expands a plan's cadence into draft meetings between two dates. */
@Command(
    name = "schedule",
    mixinStandardHelpOptions = true,
    description = {
      "Print the meetings the plan's cadence gives between two dates, in the plan's time zone,"
          + " skipping the closures of a district calendar.",
      "Text for people; --format json prints a meetings array ready to paste into the plan,"
          + " --merge the whole plan with the new meetings added."
    })
final class ScheduleCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", description = "The plan (JSON).")
  Path file;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "DATE",
      converter = CalendarSupport.DateConverter.class,
      description = "First day, e.g. 2026-09-01.")
  LocalDate from;

  @Option(
      names = "--until",
      required = true,
      paramLabel = "DATE",
      converter = CalendarSupport.DateConverter.class,
      description = "Last day, included.")
  LocalDate until;

  @Option(
      names = "--except",
      paramLabel = "FILE",
      description = "A district calendar of closures (JSON, see docs/calendar.md).")
  Path except;

  @Option(
      names = "--move",
      description =
          "Move a meeting that falls on a closure to the next free week instead of"
              + " dropping it.")
  boolean move;

  @Option(
      names = "--at",
      paramLabel = "HH:MM",
      converter = TimeConverter.class,
      description = "Start time, when the cadence has no startTime (or to override it).")
  LocalTime at;

  @Option(
      names = "--merge",
      description =
          "Print the whole plan (JSON) with the new meetings merged in; existing"
              + " meetings are kept as they are.")
  boolean merge;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text or json (default: ${DEFAULT-VALUE}).",
      defaultValue = "text")
  ValidateCommand.Format format;

  @CommandLine.Mixin LocaleOption language = new LocaleOption();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Locale locale = language.resolve(spec.commandLine().getErr());
    CopJson json = CopJson.defaults();
    CommunityOfPractice plan = CalendarSupport.readPlan(json, file);
    ScheduleOptions options = ScheduleOptions.defaults().withMoveSkipped(move);
    if (except != null) {
      try {
        options = options.withClosures(DistrictCalendar.read(ValidateCommand.readBytes(except)));
      } catch (CalendarException e) {
        throw CalendarSupport.problem(except, e);
      }
    }
    if (at != null) {
      options = options.withStartTime(at);
    }
    GeneratedSchedule schedule;
    try {
      schedule = Schedules.expand(plan, from, until, options);
    } catch (CalendarException e) {
      throw CalendarSupport.problem(file, e);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (merge) {
      MergeResult merged = Schedules.merge(plan, schedule.getMeetings());
      out.println(json.writePlanPretty(merged.getPlan()));
      spec.commandLine()
          .getErr()
          .println(
              "cop: "
                  + CliTexts.of(locale)
                      .format(
                          "schedule.merged",
                          "added",
                          merged.getAdded().size(),
                          "matched",
                          merged.getMatched().size()));
    } else if (format == ValidateCommand.Format.json) {
      out.println(CalendarSupport.meetingsJson(json, plan, schedule.getMeetings()));
    } else {
      printText(out, CliTexts.of(locale), plan, schedule);
    }
    out.flush();
    return CopCli.OK;
  }

  private static void printText(
      PrintWriter out, CliTexts texts, CommunityOfPractice plan, GeneratedSchedule s) {
    DateTimeFormatter time =
        DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(texts.locale());
    out.println(
        texts.format(
            "schedule.title",
            "plan",
            Terminal.value(plan.getName()),
            "count",
            s.getMeetings().size(),
            "from",
            texts.date(s.getFrom()),
            "until",
            texts.date(s.getUntil()),
            "zone",
            s.getZone().getId()));
    for (Meeting meeting : s.getMeetings()) {
      ZonedDateTime start = meeting.getStart().get().atZoneSameInstant(s.getZone());
      ZonedDateTime end = meeting.getEnd().get().atZoneSameInstant(s.getZone());
      out.println(
          "  "
              + texts.day(start.toLocalDate())
              + "  "
              + time.format(start)
              + "\u2013"
              + time.format(end)
              + " (UTC"
              + meeting.getStart().get().getOffset().getId().replace("Z", "")
              + ")  "
              + Terminal.value(meeting.getId()));
    }
    for (SkippedMeeting skipped : s.getSkipped()) {
      String why =
          skipped
                  .getClosure()
                  .getReason()
                  .map(Terminal::value)
                  .orElse(texts.format("schedule.closed"))
              + (skipped.getClosure().getFirst().equals(skipped.getClosure().getLast())
                  ? ""
                  : " ("
                      + texts.date(skipped.getClosure().getFirst())
                      + " \u2013 "
                      + texts.date(skipped.getClosure().getLast())
                      + ")");
      out.println(
          "  "
              + (skipped.getMovedTo().isPresent()
                  ? texts.format(
                      "schedule.moved",
                      "date",
                      texts.day(skipped.getDate()),
                      "to",
                      texts.day(skipped.getMovedTo().get()),
                      "why",
                      why)
                  : texts.format(
                      "schedule.skipped", "date", texts.day(skipped.getDate()), "why", why)));
    }
  }

  /** Converts a time of day such as {@code 15:30}. */
  static final class TimeConverter implements CommandLine.ITypeConverter<LocalTime> {
    @Override
    public LocalTime convert(String value) {
      try {
        return LocalTime.parse(value);
      } catch (DateTimeParseException e) {
        throw new CommandLine.TypeConversionException(
            Terminal.quote(value) + " is not a time of day of the form 15:30");
      }
    }
  }
}
