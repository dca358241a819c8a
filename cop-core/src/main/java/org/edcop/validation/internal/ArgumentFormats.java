package org.edcop.validation.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a finding's machine arguments (ids, ISO-8601 dates, durations, numbers) into text for a
 * person in one language, just before a template is filled in. The finding keeps the machine
 * values; this class only adds or replaces entries in a copy used for rendering.
 *
 * <p>Which argument is a date, a date-time, a duration or a percentage is decided by its name (the
 * sets below, documented in {@code docs/i18n.md}) and only applied when the value parses as such,
 * so the same name may carry a count in another message. Names of meetings, inquiry cycles and
 * problems of practice are built from the display arguments the validator adds ({@code
 * meeting.title}, {@code meeting.date}...) into {@code {meeting.name}} and the like.
 */
public final class ArgumentFormats {

  /** Arguments that carry an ISO-8601 date ({@code 2026-10-14}). */
  static final Set<String> DATES =
      Set.of(
          "launchedOn",
          "createdOn",
          "closedOn",
          "since",
          "date",
          "launchDate",
          "startedOn",
          "completedOn",
          "joinedOn",
          "dueOn",
          "asOf",
          "by",
          "after",
          "first",
          "second",
          "expected",
          "meeting.date",
          "previous.date",
          "other.date",
          "cycle.startedOn");

  /** Arguments that carry an ISO-8601 date-time with an offset, shown in the plan's zone. */
  static final Set<String> DATE_TIMES = Set.of("start", "end");

  /** Arguments that carry an ISO-8601 duration ({@code PT1H30M}). */
  static final Set<String> DURATIONS = Set.of("length");

  /** Arguments that carry a number of minutes. */
  static final Set<String> MINUTES = Set.of("minutes", "planned");

  /** Arguments that carry a whole percentage ({@code 20} for 20 %). */
  static final Set<String> PERCENTS = Set.of("percent");

  /** Arguments naming a meeting by id, with the display arguments the validator adds. */
  static final List<String> MEETINGS = List.of("meeting", "previous", "other");

  private static final DateTimeFormatter INTERNATIONAL_ENGLISH =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  /** Long date formats of the locales seen first, at most 64. */
  private static final Map<Locale, DateTimeFormatter> DATE_FORMATS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private ArgumentFormats() {}

  /**
   * The arguments to fill a template with, for a person: dates, times, durations and percentages
   * formatted, names of meetings, cycles and problems built. Values that do not parse stay as they
   * are.
   *
   * @param arguments the finding's arguments
   * @param language the language of the template ({@code en}, {@code fr}, {@code es}...)
   * @param locale the locale asked for, whose country may choose the date style (en-US)
   * @param template the template to fill: display names it does not use are not built
   * @return a new map
   */
  static Map<String, String> forPeople(
      Map<String, String> arguments, Locale language, Locale locale, MessageFormatter template) {
    Map<String, String> out = new HashMap<>(arguments);
    if (arguments.isEmpty()) {
      return out;
    }
    ZoneId zone = zone(arguments.get("zone"));
    for (Map.Entry<String, String> argument : arguments.entrySet()) {
      String name = argument.getKey();
      String value = argument.getValue();
      String shown = null;
      if (DATES.contains(name)) {
        shown = date(value, language, locale);
      } else if (DATE_TIMES.contains(name)) {
        shown = dateTime(value, zone, language, locale);
      } else if (DURATIONS.contains(name)) {
        shown = duration(value, language);
      } else if (MINUTES.contains(name)) {
        shown = minutes(value, language);
      } else if (PERCENTS.contains(name)) {
        shown = percent(value, language);
      }
      if (shown != null) {
        out.put(name, shown);
      }
    }
    for (String meeting : MEETINGS) {
      if (arguments.containsKey(meeting) && template.uses(meeting + ".name")) {
        out.put(meeting + ".name", entity("meeting", meeting, "title", "date", out, language));
      }
    }
    // the display names only where the template shows them: each is a text formatted from a
    // template of its own, for every finding (#22)
    if (arguments.containsKey("member") && template.uses("member.name")) {
      out.put("member.name", entity("member", "member", "person", null, out, language));
    }
    if (arguments.containsKey("cycle") && template.uses("cycle.name")) {
      out.put("cycle.name", entity("cycle", "cycle", "question", "startedOn", out, language));
    }
    if (arguments.containsKey("problem") && template.uses("problem.name")) {
      out.put("problem.name", entity("problem", "problem", "statement", null, out, language));
    }
    return out;
  }

  private static String entity(
      String kind,
      String name,
      String titleSuffix,
      String dateSuffix,
      Map<String, String> shown,
      Locale language) {
    String title = shown.get(name + "." + titleSuffix);
    String date = dateSuffix == null ? null : shown.get(name + "." + dateSuffix);
    Map<String, String> values = new HashMap<>();
    values.put("id", shown.get(name));
    String variant;
    if (title != null && date != null) {
      variant = "titled";
      values.put("title", title);
      values.put("date", date);
    } else if (title != null) {
      variant = "titled-undated";
      values.put("title", title);
    } else if (date != null) {
      variant = "dated";
      values.put("date", date);
    } else {
      variant = "bare";
    }
    return Messages.formatDisplay("display." + kind + "." + variant, values, language);
  }

  private static ZoneId zone(String id) {
    if (id == null) {
      return null;
    }
    try {
      return ZoneId.of(id);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * A date in long form: {@code 14 October 2026}, {@code 14 octobre 2026}, {@code 14 de octubre de
   * 2026}; for English with a country, that country's long form ({@code October 14, 2026} in the
   * United States).
   *
   * @param value an ISO-8601 date
   * @param language the template's language
   * @param locale the locale asked for
   * @return the text, or {@code null} if the value is not a date
   */
  static String date(String value, Locale language, Locale locale) {
    LocalDate date;
    try {
      date = value.length() == 10 ? LocalDate.parse(value) : null;
    } catch (DateTimeException e) {
      date = null;
    }
    return date == null ? null : dateFormat(language, locale).format(date);
  }

  private static DateTimeFormatter dateFormat(Locale language, Locale locale) {
    DateTimeFormatter known = DATE_FORMATS.get(locale);
    if (known != null && locale.getLanguage().equals(language.getLanguage())) {
      return known;
    }
    DateTimeFormatter format = newDateFormat(language, locale);
    if (locale.getLanguage().equals(language.getLanguage()) && DATE_FORMATS.size() < 64) {
      DATE_FORMATS.put(locale, format); // bounded: a flood of locales is not cached
    }
    return format;
  }

  private static DateTimeFormatter newDateFormat(Locale language, Locale locale) {
    if (language.getLanguage().equals("en") && !locale.getLanguage().equals("en")) {
      return INTERNATIONAL_ENGLISH;
    }
    Locale shown = locale.getLanguage().equals(language.getLanguage()) ? locale : language;
    if (shown.getLanguage().equals("en") && shown.getCountry().isEmpty()) {
      return INTERNATIONAL_ENGLISH;
    }
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(shown);
  }

  private static String dateTime(String value, ZoneId zone, Locale language, Locale locale) {
    try {
      return dateTime(OffsetDateTime.parse(value), zone, language, locale);
    } catch (DateTimeException | ArithmeticException e) {
      return null;
    }
  }

  private static String dateTime(
      OffsetDateTime dateTime, ZoneId zone, Locale language, Locale locale) {
    Locale shown = locale.getLanguage().equals(language.getLanguage()) ? locale : language;
    String time;
    String day;
    String offset;
    if (zone != null) {
      java.time.ZonedDateTime zoned = dateTime.atZoneSameInstant(zone);
      day = dateFormat(language, locale).format(zoned.toLocalDate());
      time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(shown).format(zoned);
      offset = DateTimeFormatter.ofPattern("O", shown).format(zoned);
    } else {
      day = dateFormat(language, locale).format(dateTime.toLocalDate());
      time =
          DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(shown).format(dateTime);
      offset = DateTimeFormatter.ofPattern("O", shown).format(dateTime);
    }
    Map<String, String> values = Map.of("date", day, "time", time, "zone", offset);
    return Messages.formatDisplay("display.date-time", values, language);
  }

  /**
   * A duration for people: {@code 45 minutes}, {@code 2 hours}, {@code 1 h 30}.
   *
   * @param value an ISO-8601 duration
   * @param language the template's language
   * @return the text, or {@code null} if the value is not a duration
   */
  static String duration(String value, Locale language) {
    try {
      Duration duration = Duration.parse(value);
      if (duration.toSecondsPart() != 0 || duration.toNanosPart() != 0) {
        return null;
      }
      return ofMinutes(duration.toMinutes(), language);
    } catch (DateTimeException | ArithmeticException e) {
      return null;
    }
  }

  private static String minutes(String value, Locale language) {
    try {
      return value.length() > 12 ? null : ofMinutes(Long.parseLong(value), language);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String ofMinutes(long total, Locale language) {
    long abs = Math.abs(total);
    long hours = abs / 60;
    long minutes = abs % 60;
    String key;
    if (hours == 0) {
      key = "display.duration.minutes";
    } else if (minutes == 0) {
      key = "display.duration.hours";
    } else {
      key = "display.duration.hours-minutes";
    }
    String text =
        Messages.formatDisplay(
            key,
            Map.of(
                "hours",
                String.valueOf(hours),
                "minutes",
                String.valueOf(minutes),
                "minutes2",
                minutes < 10 ? "0" + minutes : String.valueOf(minutes)),
            language);
    return total < 0 ? "\u2212" + text : text;
  }

  private static String percent(String value, Locale language) {
    BigDecimal n;
    try {
      n = value.length() > 12 ? null : new BigDecimal(value);
    } catch (NumberFormatException e) {
      n = null;
    }
    if (n == null) {
      return null;
    }
    NumberFormat format = NumberFormat.getPercentInstance(language);
    format.setMaximumFractionDigits(1);
    return format.format(n.movePointLeft(2));
  }

  /**
   * A list for people: "Ana Ruiz, Ben Okafor and Chen Li"; beyond {@code max} items, "Ana Ruiz, Ben
   * Okafor and 3 others".
   *
   * @param items the items, already text for people
   * @param max how many to name (at least 1)
   * @param language the language
   * @return the text; empty for no item
   */
  public static String list(List<String> items, int max, Locale language) {
    int size = items.size();
    if (size == 0) {
      return "";
    }
    if (size == 1) {
      return items.get(0);
    }
    int named = size <= max ? size - 1 : Math.max(1, max);
    StringBuilder head = new StringBuilder(items.get(0));
    for (int i = 1; i < named; i++) {
      head.append(Messages.formatDisplay("display.list.separator", Map.of(), language))
          .append(items.get(i));
    }
    if (size <= max) {
      return Messages.formatDisplay(
          "display.list.last",
          Map.of("head", head.toString(), "last", items.get(size - 1)),
          language);
    }
    return Messages.formatDisplay(
        "display.list.more",
        Map.of("head", head.toString(), "count", String.valueOf(size - named)),
        language);
  }
}
