package org.edcop.examples.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.edcop.calendar.CalendarException;
import org.edcop.calendar.CalendarFile;
import org.edcop.calendar.ICalendarExport;
import org.edcop.calendar.ICalendarImport;
import org.edcop.json.CopJson;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.Meeting;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cop calendar}: writes the plan's meetings as iCalendar, or reads an .ics back. */
@Command(
    name = "calendar",
    mixinStandardHelpOptions = true,
    description = {
      "Print the plan's meetings as an iCalendar file (cop calendar plan.json > plan.ics), one"
          + " event per timed meeting.",
      "With --import, read an .ics file into meetings (JSON, in the plan's time zone) instead."
    })
final class CalendarCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", description = "The plan (JSON).")
  Path file;

  @Option(
      names = "--previous",
      paramLabel = "ICS",
      description = "The previous export of this plan: changed events get a higher SEQUENCE.")
  Path previous;

  @Option(
      names = "--attendees",
      description =
          "Write ORGANIZER and ATTENDEE from members' e-mail addresses (personal data:"
              + " off unless asked).")
  boolean attendees;

  @Option(
      names = "--import",
      paramLabel = "ICS",
      description = "Read this .ics file into meetings (printed as a JSON array).")
  Path importFile;

  @CommandLine.Mixin LocaleOption language = new LocaleOption();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    language.resolve(spec.commandLine().getErr()); // the notice, if any, comes first
    CopJson json = CopJson.defaults();
    CommunityOfPractice plan = CalendarSupport.readPlan(json, file);
    PrintWriter out = spec.commandLine().getOut();
    if (importFile != null) {
      List<Meeting> meetings;
      try {
        meetings = ICalendarImport.read(ValidateCommand.readBytes(importFile), plan.getTimeZone());
      } catch (CalendarException e) {
        throw CalendarSupport.problem(importFile, e);
      }
      out.println(CalendarSupport.meetingsJson(json, plan, meetings));
      out.flush();
      return CopCli.OK;
    }
    ICalendarExport export = ICalendarExport.defaults().withParticipants(attendees);
    if (previous != null) {
      export =
          export.withPrevious(
              new String(ValidateCommand.readBytes(previous), StandardCharsets.UTF_8));
    }
    CalendarFile calendar;
    try {
      calendar = export.export(plan);
    } catch (CalendarException e) {
      throw CalendarSupport.problem(previous != null ? previous : file, e);
    }
    // through the guard: control characters are not allowed in iCalendar text anyway (RFC 5545)
    out.print(calendar.getText());
    out.flush();
    PrintWriter err = spec.commandLine().getErr();
    CliTexts texts = CliTexts.of(language.resolve(err));
    if (!calendar.getLeftOut().isEmpty()) {
      List<String> ids = calendar.getLeftOut().stream().limit(5).map(Terminal::value).toList();
      err.println(
          "cop: "
              + Terminal.line(
                  texts.format(
                      "calendar.left-out",
                      "count",
                      calendar.getLeftOut().size(),
                      "ids",
                      String.join(", ", ids),
                      "more",
                      calendar.getLeftOut().size() - ids.size())));
    } else if (calendar.getEventCount() == 0) {
      err.println("cop: " + texts.format("calendar.empty"));
    }
    return CopCli.OK;
  }
}
