package org.edcop.calendar.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import org.edcop.calendar.CalendarException;
import org.edcop.calendar.Closure;
import org.edcop.calendar.DistrictCalendar;

/**
 * Reads the district calendar document with Jackson's streaming parser: an object with an optional
 * {@code name} and a {@code closures} array; each closure is {@code {"date"}} or {@code {"from",
 * "until"}} with an optional {@code reason}. Unknown properties are refused (a misspelt {@code
 * untill} would otherwise silently close a single day).
 */
public final class ClosuresReader {

  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private ClosuresReader() {}

  /**
   * What the document says.
   *
   * @param name the calendar's name, or null
   * @param closures the closures in document order
   */
  public record Result(String name, List<Closure> closures) {}

  /**
   * Parses the document.
   *
   * @param json the bytes
   * @return the name and closures
   * @throws IOException when the parser fails
   * @throws CalendarException when the document does not fit the format
   */
  public static Result read(byte[] json) throws IOException {
    try (JsonParser parser = FACTORY.createParser(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw problem("", "", "the district calendar is not a JSON object");
      }
      String name = null;
      List<Closure> closures = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        switch (field) {
          case "name":
            name = text(parser, value, "/name");
            break;
          case "closures":
            closures = closures(parser, value);
            break;
          default:
            throw problem(
                "/" + field,
                field,
                "the district calendar has an unknown property '"
                    + field
                    + "'; expected name and closures");
        }
      }
      if (parser.nextToken() != null) {
        throw problem("", "", "the district calendar has content after its closing brace");
      }
      if (closures == null) {
        throw problem("/closures", "", "the district calendar has no 'closures' array");
      }
      return new Result(name, closures);
    }
  }

  /**
   * The error for a document the parser cannot read, naming the line and column.
   *
   * @param e the parser's exception
   * @return the typed error
   */
  public static CalendarException unreadable(IOException e) {
    String where = "";
    if (e instanceof JsonParseException parse && parse.getLocation() != null) {
      where =
          "line "
              + parse.getLocation().getLineNr()
              + ", column "
              + parse.getLocation().getColumnNr();
    }
    String detail =
        e instanceof JsonProcessingException processing
            ? processing.getOriginalMessage()
            : e.getMessage();
    if (detail == null) {
      detail = e.getClass().getSimpleName();
    }
    detail = detail.lines().findFirst().orElse(detail);
    for (String cut : List.of(" (start marker", " at [Source")) {
      int at = detail.indexOf(cut);
      if (at > 0) {
        detail = detail.substring(0, at);
      }
    }
    return new CalendarException(
        CalendarException.Kind.CLOSURES_UNREADABLE,
        where,
        "",
        "the district calendar is not valid JSON"
            + (where.isEmpty() ? "" : " (" + where + ")")
            + ": "
            + detail);
  }

  private static List<Closure> closures(JsonParser parser, JsonToken token) throws IOException {
    if (token != JsonToken.START_ARRAY) {
      throw problem("/closures", parser.getText(), "'closures' is not an array");
    }
    List<Closure> result = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      if (result.size() == DistrictCalendar.MAX_CLOSURES) {
        throw problem(
            "/closures/" + result.size(),
            "",
            "the district calendar lists more than " + DistrictCalendar.MAX_CLOSURES + " closures");
      }
      result.add(closure(parser, "/closures/" + result.size()));
    }
    return result;
  }

  private static Closure closure(JsonParser parser, String at) throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw problem(at, parser.getText(), "closure " + at + " is not an object");
    }
    LocalDate date = null;
    LocalDate from = null;
    LocalDate until = null;
    String reason = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      String path = at + "/" + field;
      switch (field) {
        case "date":
          date = date(parser, value, path);
          break;
        case "from":
          from = date(parser, value, path);
          break;
        case "until":
          until = date(parser, value, path);
          break;
        case "reason":
          reason = text(parser, value, path);
          break;
        default:
          throw problem(
              path,
              field,
              "closure "
                  + at
                  + " has an unknown property '"
                  + field
                  + "'; expected date, or from and until, and reason");
      }
    }
    if (date != null && (from != null || until != null)) {
      throw problem(at, "", "closure " + at + " has both 'date' and 'from'/'until'; use one");
    }
    if (date != null) {
      return Closure.on(date, reason);
    }
    if (from == null || until == null) {
      throw problem(
          at, "", "closure " + at + " needs 'date', or both 'from' and 'until' (the last day)");
    }
    if (until.isBefore(from)) {
      throw problem(
          at + "/until",
          until.toString(),
          "closure " + at + " ends on " + until + ", before it starts on " + from);
    }
    return Closure.between(from, until, reason);
  }

  private static LocalDate date(JsonParser parser, JsonToken token, String at) throws IOException {
    String text = text(parser, token, at);
    try {
      return LocalDate.parse(text, DATE);
    } catch (DateTimeParseException e) {
      throw problem(at, text, "'" + text + "' at " + at + " is not a date of the form 2026-10-12");
    }
  }

  private static String text(JsonParser parser, JsonToken token, String at) throws IOException {
    if (token != JsonToken.VALUE_STRING) {
      String seen = token.isStructStart() ? token.asString() : parser.getText();
      throw problem(at, seen, "the value " + seen + " at " + at + " is not a string");
    }
    return parser.getText();
  }

  private static CalendarException problem(String at, String value, String message) {
    return new CalendarException(CalendarException.Kind.CLOSURES_UNREADABLE, at, value, message);
  }
}
