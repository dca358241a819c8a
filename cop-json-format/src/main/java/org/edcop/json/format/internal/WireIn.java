package org.edcop.json.format.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import org.edcop.json.format.CopJsonException;
import org.edcop.json.format.CopJsonException.Kind;
import org.edcop.model.Vocabulary;

/**
 * Conversions from wire text to model values, each checking its input and naming the JSON Pointer
 * of any value it rejects. One instance serves one document. Unknown properties rejected (strict
 * mode, policies) are refused by the readers where they stand ({@link PlanReader}, {@link
 * WireReader}), so that the first in the document is the one named.
 */
public final class WireIn {

  /** Dates: {@code 2026-09-14}, four-digit years only. */
  static final DateTimeFormatter DATE =
      new DateTimeFormatterBuilder()
          .appendValue(ChronoField.YEAR, 4)
          .appendLiteral('-')
          .appendValue(ChronoField.MONTH_OF_YEAR, 2)
          .appendLiteral('-')
          .appendValue(ChronoField.DAY_OF_MONTH, 2)
          .toFormatter(Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT)
          .withChronology(java.time.chrono.IsoChronology.INSTANCE);

  /**
   * Date-times as RFC 3339 requires them: seconds always, a fraction only when not zero, and an
   * offset ({@code Z} or {@code +hh:mm}) that is never optional.
   */
  static final DateTimeFormatter DATE_TIME =
      new DateTimeFormatterBuilder()
          .append(DATE)
          .appendLiteral('T')
          .appendValue(ChronoField.HOUR_OF_DAY, 2)
          .appendLiteral(':')
          .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
          .appendLiteral(':')
          .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
          .optionalStart()
          .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
          .optionalEnd()
          .appendOffset("+HH:MM", "Z")
          .toFormatter(Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT)
          .withChronology(java.time.chrono.IsoChronology.INSTANCE);

  /** Starts reading one document. */
  public WireIn() {}

  /**
   * Returns a required value or reports it missing.
   *
   * @param value the value from the wire record, null if absent
   * @param parent the pointer of the object holding it
   * @param name the property name
   * @param <T> the value type
   * @return the value
   * @throws CopJsonException if the value is absent
   */
  public <T> T required(T value, JsonPointers parent, String name) {
    if (value == null) {
      throw WireIn.problem(
          Kind.MISSING_VALUE,
          JsonPointers.child(parent, name),
          "the required property '" + name + "' is missing");
    }
    return value;
  }

  /**
   * Converts a vocabulary code.
   *
   * @param type the vocabulary
   * @param code the code
   * @param pointer where the code is
   * @param <E> the vocabulary type
   * @return the value
   * @throws CopJsonException if the code is unknown
   */
  public <E extends Enum<E> & Vocabulary> E code(Class<E> type, String code, JsonPointers pointer) {
    Codes codes = Codes.of(type);
    Object value = codes.find(code);
    if (value == null) {
      throw WireIn.problem(
          Kind.UNKNOWN_CODE,
          pointer,
          "'"
              + code
              + "' is not a known "
              + vocabularyName(type)
              + "; expected one of: "
              + String.join(", ", codes.all()));
    }
    return type.cast(value);
  }

  /**
   * Converts a list of vocabulary codes that stands for a set.
   *
   * @param type the vocabulary
   * @param codes the codes, null if absent
   * @param pointer where the array is
   * @param <E> the vocabulary type
   * @return the values, empty if absent
   * @throws CopJsonException if a code is unknown, null or listed twice
   */
  public <E extends Enum<E> & Vocabulary> List<E> codes(
      Class<E> type, List<String> codes, JsonPointers pointer) {
    return set(codes, pointer, (code, at) -> code(type, code, at));
  }

  /**
   * Converts a list that stands for a set, rejecting an element that appears twice.
   *
   * @param values the wire values, null if absent
   * @param pointer where the array is
   * @param convert converts one element, given its pointer
   * @param <W> the wire element type
   * @param <M> the model element type
   * @return the converted elements in document order, empty if absent
   * @throws CopJsonException if an element is null, invalid or repeated
   */
  public <W, M> List<M> set(
      List<W> values, JsonPointers pointer, BiFunction<W, JsonPointers, M> convert) {
    List<M> result = list(values, pointer, convert);
    Set<M> seen = new HashSet<>();
    for (int i = 0; i < result.size(); i++) {
      if (!seen.add(result.get(i))) {
        throw repeatedValue(JsonPointers.child(pointer, i), describe(values.get(i)));
      }
    }
    return result;
  }

  /**
   * Converts a list.
   *
   * @param values the wire values, null if absent
   * @param pointer where the array is
   * @param convert converts one element, given its pointer
   * @param <W> the wire element type
   * @param <M> the model element type
   * @return the converted elements, empty if absent
   * @throws CopJsonException if an element is null or invalid
   */
  public <W, M> List<M> list(
      List<W> values, JsonPointers pointer, BiFunction<W, JsonPointers, M> convert) {
    if (values == null) {
      return List.of();
    }
    List<M> result = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      JsonPointers at = JsonPointers.child(pointer, i);
      W value = values.get(i);
      if (value == null) {
        throw nullElement(at);
      }
      result.add(convert.apply(value, at));
    }
    return result;
  }

  /**
   * Copies a list of text values.
   *
   * @param values the values, null if absent
   * @param pointer where the array is
   * @return the values, empty if absent
   * @throws CopJsonException if an element is null
   */
  public List<String> strings(List<String> values, JsonPointers pointer) {
    return list(values, pointer, (value, at) -> value);
  }

  /**
   * Converts an ISO-8601 calendar date ({@code 2026-09-14}).
   *
   * @param text the text
   * @param pointer where it is
   * @return the date
   * @throws CopJsonException if the text is not such a date
   */
  public LocalDate date(String text, JsonPointers pointer) {
    LocalDate quick = Dates.date(text);
    return quick != null ? quick : formattedDate(text, pointer);
  }

  /**
   * Converts a calendar date through the formatter alone: the rule the quick reading of {@link
   * Dates} must agree with, and the wording of its errors.
   *
   * @param text the text
   * @param pointer where it is
   * @return the date
   * @throws CopJsonException if the text is not such a date
   */
  LocalDate formattedDate(String text, JsonPointers pointer) {
    try {
      return LocalDate.parse(text, DATE);
    } catch (DateTimeParseException e) {
      throw WireIn.problem(
          Kind.INVALID_VALUE, pointer, "'" + text + "' is not a date of the form 2026-09-14");
    }
  }

  /**
   * Converts an RFC 3339 date-time with its offset, keeping the offset as written.
   *
   * @param text the text
   * @param pointer where it is
   * @return the date-time
   * @throws CopJsonException if the text is not such a date-time, in particular if it has no offset
   */
  public OffsetDateTime dateTime(String text, JsonPointers pointer) {
    OffsetDateTime quick = Dates.dateTime(text);
    return quick != null ? quick : formattedDateTime(text, pointer);
  }

  /**
   * Converts a date-time through the formatter alone: the rule the quick reading of {@link Dates}
   * must agree with, and the wording of its errors.
   *
   * @param text the text
   * @param pointer where it is
   * @return the date-time
   * @throws CopJsonException if the text is not such a date-time
   */
  OffsetDateTime formattedDateTime(String text, JsonPointers pointer) {
    try {
      return OffsetDateTime.parse(text, DATE_TIME);
    } catch (DateTimeParseException e) {
      String problem;
      try {
        java.time.LocalDateTime.parse(text);
        problem =
            "'"
                + text
                + "' has no UTC offset; write it with one, e.g. "
                + text
                + "-06:00 or "
                + text
                + "Z";
      } catch (DateTimeParseException notLocal) {
        problem = "'" + text + "' is not a date-time of the form 2026-09-14T16:00:00-06:00";
      }
      throw WireIn.problem(Kind.INVALID_VALUE, pointer, problem);
    }
  }

  /**
   * Converts a local time of day ({@code 15:30} or {@code 15:30:00}).
   *
   * @param text the text
   * @param pointer where it is
   * @return the time
   * @throws CopJsonException if the text is not such a time
   * @since 0.2.0
   */
  public java.time.LocalTime time(String text, JsonPointers pointer) {
    try {
      return java.time.LocalTime.parse(text, DateTimeFormatter.ISO_LOCAL_TIME);
    } catch (DateTimeParseException e) {
      throw WireIn.problem(
          Kind.INVALID_VALUE, pointer, "'" + text + "' is not a time of day of the form 15:30");
    }
  }

  /**
   * Converts an ISO-8601 duration ({@code PT1H30M}).
   *
   * @param text the text
   * @param pointer where it is
   * @return the duration
   * @throws CopJsonException if the text is not such a duration
   */
  public Duration duration(String text, JsonPointers pointer) {
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw WireIn.problem(
          Kind.INVALID_VALUE, pointer, "'" + text + "' is not a duration of the form PT1H30M");
    }
  }

  /**
   * Converts an IANA time-zone id ({@code America/Edmonton}); fixed offsets are refused.
   *
   * @param text the text
   * @param pointer where it is
   * @return the zone
   * @throws CopJsonException if the text is not a known region id
   */
  public ZoneId zone(String text, JsonPointers pointer) {
    // region ids of the tz database only: no offsets (+02:00), no prefixed offsets (GMT+05:00,
    // which ZoneId.of accepts as a region) and no Java-only legacy ids (SystemV/EST5)
    if (!REGION_IDS.contains(text) || text.startsWith("SystemV/")) {
      throw WireIn.problem(
          Kind.INVALID_VALUE,
          pointer,
          "'" + text + "' is not an IANA time-zone region such as America/Edmonton");
    }
    return ZoneId.of(text);
  }

  private static final java.util.Set<String> REGION_IDS =
      java.util.Set.copyOf(java.time.zone.ZoneRulesProvider.getAvailableZoneIds());

  /**
   * Converts a day of the week written in lower case ({@code tuesday}).
   *
   * @param text the text
   * @param pointer where it is
   * @return the day
   * @throws CopJsonException if the text is not a day
   */
  public DayOfWeek dayOfWeek(String text, JsonPointers pointer) {
    for (DayOfWeek day : DayOfWeek.values()) {
      if (WireOut.code(day).equals(text)) {
        return day;
      }
    }
    throw WireIn.problem(
        Kind.UNKNOWN_CODE,
        pointer,
        "'"
            + text
            + "' is not a known day of the week; expected one of: monday, tuesday,"
            + " wednesday, thursday, friday, saturday, sunday");
  }

  /**
   * Checks the document's format version.
   *
   * @param version the version read, null if absent
   * @param pointer where the version property is
   * @throws CopJsonException if absent, or newer than this library's
   */
  public void schemaVersion(Integer version, JsonPointers pointer) {
    int supported = org.edcop.json.format.CopJsonFormat.SCHEMA_VERSION;
    if (version == null) {
      throw WireIn.problem(
          Kind.MISSING_VALUE,
          pointer,
          "the required property 'schemaVersion' is missing (this library writes "
              + supported
              + ")");
    }
    if (version < 1 || version > supported) {
      throw WireIn.problem(
          Kind.UNSUPPORTED_VERSION,
          pointer,
          "schemaVersion "
              + version
              + " is not supported; this library reads versions 1 to "
              + supported);
    }
  }

  /**
   * The typed error for a property the format does not define, in strict mode or in a policy.
   *
   * @param at where the property is
   * @param name its name
   * @return the error
   */
  static CopJsonException unknownProperty(JsonPointers at, String name) {
    return problem(
        Kind.UNKNOWN_PROPERTY,
        at,
        "'"
            + name
            + "' is not a property defined by the format here (unknown properties"
            + " are rejected in strict mode and in policies)");
  }

  /**
   * The typed error for a value given twice in a list that stands for a set.
   *
   * @param at where the second one is
   * @param quoted the value as the message shows it, quoted
   * @return the error
   */
  static CopJsonException repeatedValue(JsonPointers at, String quoted) {
    return problem(
        Kind.INVALID_VALUE,
        at,
        "the value " + quoted + " appears twice in a list of distinct values");
  }

  /**
   * The typed error for a {@code null} element of a list.
   *
   * @param at where the element is
   * @return the error
   */
  static CopJsonException nullElement(JsonPointers at) {
    return problem(Kind.NULL_VALUE, at, "a list element is null");
  }

  /**
   * Creates the typed error for a value the mapping rejects.
   *
   * @param kind the kind of problem
   * @param at where the value is
   * @param detail the problem in plain words
   * @return the error, without line and column
   */
  static CopJsonException problem(Kind kind, JsonPointers at, String detail) {
    return new CopJsonException(kind, at.toString(), detail);
  }

  private static String describe(Object value) {
    return value instanceof String ? "'" + value + "'" : "at this position";
  }

  /**
   * A readable name for a vocabulary: {@code ParticipationTier} becomes "participation tier".
   *
   * @param type the vocabulary
   * @return its name in words
   */
  static String vocabularyName(Class<?> type) {
    return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }
}
