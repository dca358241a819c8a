package org.edcop.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
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

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
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
                  + merged.getAdded().size()
                  + " meetings added, "
                  + merged.getMatched().size()
                  + " already in the plan");
    } else if (format == ValidateCommand.Format.json) {
      out.println(CalendarSupport.meetingsJson(json, plan, schedule.getMeetings()));
    } else {
      printText(out, plan, schedule);
    }
    out.flush();
    return CopCli.OK;
  }

  private static void printText(PrintWriter out, CommunityOfPractice plan, GeneratedSchedule s) {
    DateTimeFormatter day = DateTimeFormatter.ofPattern("EEE uuuu-MM-dd", Locale.ENGLISH);
    DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
    out.println(
        plan.getName()
            + ": "
            + s.getMeetings().size()
            + " meetings from "
            + s.getFrom()
            + " to "
            + s.getUntil()
            + " ("
            + s.getZone()
            + ")");
    for (Meeting meeting : s.getMeetings()) {
      ZonedDateTime start = meeting.getStart().get().atZoneSameInstant(s.getZone());
      ZonedDateTime end = meeting.getEnd().get().atZoneSameInstant(s.getZone());
      out.println(
          "  "
              + day.format(start)
              + "  "
              + time.format(start)
              + "-"
              + time.format(end)
              + " "
              + meeting.getStart().get().getOffset()
              + "  "
              + meeting.getId());
    }
    for (SkippedMeeting skipped : s.getSkipped()) {
      String why =
          skipped.getClosure().getReason().orElse("closed")
              + (skipped.getClosure().getFirst().equals(skipped.getClosure().getLast())
                  ? ""
                  : " " + skipped.getClosure().getFirst() + ".." + skipped.getClosure().getLast());
      out.println(
          "  "
              + (skipped.getMovedTo().isPresent() ? "moved    " : "skipped  ")
              + skipped.getDate()
              + skipped.getMovedTo().map(d -> " -> " + d).orElse("")
              + "  "
              + why);
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
            "'" + value + "' is not a time of day of the form 15:30");
      }
    }
  }
}
