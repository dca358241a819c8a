package org.edcop.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import org.edcop.calendar.CalendarException;
import org.edcop.json.CopJson;
import org.edcop.json.format.CopJsonException;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.ImmutableCommunityOfPractice;
import org.edcop.model.ImmutablePractice;
import org.edcop.model.Meeting;
import picocli.CommandLine;

/** What {@code cop schedule} and {@code cop calendar} share: reading plans, writing meetings. */
final class CalendarSupport {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private CalendarSupport() {}

  static CommunityOfPractice readPlan(CopJson json, Path file) {
    byte[] bytes = ValidateCommand.readBytes(file);
    try {
      return json.readPlan(bytes);
    } catch (CopJsonException e) {
      throw new CliException(Terminal.file(file) + ": " + e.getMessage());
    }
  }

  /** A calendar problem as the one line the tool prints. */
  static CliException problem(Path file, CalendarException e) {
    return new CliException(Terminal.file(file) + ": " + e.getMessage());
  }

  /**
   * The meetings as a JSON array in the plan format, ready to paste into {@code practice.meetings}:
   * written by the library's own writer, so the format is said in one place.
   */
  static String meetingsJson(CopJson json, CommunityOfPractice plan, List<Meeting> meetings) {
    CommunityOfPractice carrier =
        ImmutableCommunityOfPractice.copyOf(plan)
            .withPractice(ImmutablePractice.copyOf(plan.getPractice()).withMeetings(meetings));
    try {
      JsonNode written = MAPPER.readTree(json.writePlan(carrier));
      JsonNode array = written.at("/practice/meetings");
      return MAPPER
          .writerWithDefaultPrettyPrinter()
          .writeValueAsString(array.isMissingNode() ? MAPPER.createArrayNode() : array);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("meetings could not be written as JSON", e);
    }
  }

  /** Converts an ISO date such as {@code 2026-09-01}. */
  static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
    private static final DateTimeFormatter DATE =
        DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value, DATE);
      } catch (DateTimeParseException e) {
        throw new CommandLine.TypeConversionException(
            Terminal.quote(value) + " is not a date of the form 2026-09-01");
      }
    }
  }
}
