package org.edcop.validation.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Formats message templates written in the plural and select subset of ICU's MessageFormat syntax,
 * with CLDR's plural rules for English, French and Spanish (see {@code
 * docs/adr/0006-message-formatting.md} for why this is not ICU4J itself at run time).
 *
 * <p>A template is text with placeholders:
 *
 * <ul>
 *   <li>{@code {name}}: the argument's text, inserted as it is;
 *   <li>{@code {name, plural, =0 {...} one {...} many {...} other {...}}}: the branch for the
 *       argument's number (an exact {@code =n} first, then its CLDR category, then {@code other});
 *       inside a branch {@code #} is the number, formatted for the language;
 *   <li>{@code {name, select, a {...} b {...} other {...}}}: the branch named by the argument's
 *       text, else {@code other};
 *   <li>{@code {name, number}}, {@code {name, number, percent}} and {@code {name, number, 0.0}}:
 *       the argument as a number for the language, as a percentage (0.25 is "25%", "25 %"), or
 *       after a decimal pattern of {@code 0}, {@code #}, {@code ,} and {@code .} (grouping and
 *       decimal signs of the language); rounding is half-even on the decimal value. An argument
 *       that is not a number is shown as it is.
 * </ul>
 *
 * <p>Safety: only templates are parsed; argument values are inserted as plain text and never read
 * again, so braces, {@code #}, apostrophes or {@code ${...}} in a person's name come out literally.
 * Apostrophes in templates are plain text too (never quoting characters); the bundle tests keep
 * templates free of the apostrophe sequences ICU would read differently ({@code '{}, {@code '}},
 * {@code '#}, {@code ''}), so ICU4J renders every template exactly as this class does (checked in
 * the tests). A placeholder whose argument is missing stays as written; a plural whose argument is
 * not a number takes {@code other} and shows the text for {@code #}. A template that does not parse
 * is returned as it is. Parsed templates are immutable and safe to share between threads.
 */
public final class MessageFormatter {

  private final List<Part> parts;

  /** {@link #argumentNames()}, as a set. */
  private final Set<String> used;

  private MessageFormatter(List<Part> parts) {
    this.parts = parts;
    this.used = Set.copyOf(argumentNames());
  }

  /**
   * Whether the template uses an argument anywhere (in any branch).
   *
   * @param name an argument name
   * @return {@code true} if some placeholder names it
   */
  public boolean uses(String name) {
    return used.contains(name);
  }

  /**
   * Parses a template.
   *
   * @param template the template text
   * @return the parsed template
   * @throws IllegalArgumentException if the template is malformed (unbalanced braces, an unknown
   *     argument type, a plural or select without {@code other})
   */
  public static MessageFormatter parse(String template) {
    Parser parser = new Parser(template);
    List<Part> parts = parser.message(false);
    if (parser.pos < template.length()) {
      throw parser.error("unexpected '}'");
    }
    return new MessageFormatter(parts);
  }

  /**
   * Parses a template, or treats it as plain text when it does not parse.
   *
   * @param template the template text
   * @return the parsed template
   */
  public static MessageFormatter parseLeniently(String template) {
    try {
      return parse(template);
    } catch (IllegalArgumentException e) {
      return new MessageFormatter(List.of(new Literal(template)));
    }
  }

  /**
   * Formats the template.
   *
   * @param arguments the values by argument name
   * @param locale the language, which chooses the plural rules and the number format of {@code #}
   * @return the text
   */
  public String format(Map<String, String> arguments, Locale locale) {
    StringBuilder out = new StringBuilder(64);
    append(parts, arguments, Set.of(), locale, null, out);
    return out.toString();
  }

  /**
   * Formats the template with values of any type: a {@link Number} is a number everywhere (also in
   * a plain {@code {name}}, where it is written for the language as ICU does), anything else is
   * text (see {@link #argumentText}); a {@code null} value is a missing argument.
   *
   * @param values the values by argument name
   * @param locale the language
   * @return the text
   */
  public String formatValues(Map<String, ?> values, Locale locale) {
    Map<String, String> texts = new HashMap<>(values.size() * 2);
    Set<String> numbers = new HashSet<>();
    values.forEach(
        (name, value) -> {
          String text = argumentText(value);
          if (name != null && text != null) {
            texts.put(name, text);
            if (value instanceof Number) {
              numbers.add(name);
            }
          }
        });
    StringBuilder out = new StringBuilder(64);
    append(parts, texts, numbers, locale, null, out);
    return out.toString();
  }

  /**
   * The text of an argument value: a {@link Number} as its exact decimal value (a {@code double}
   * through its shortest decimal text, and without a fraction when it is whole, so that {@code 1.0}
   * takes the singular as in ICU), anything else by {@link String#valueOf}; {@code null} stays
   * {@code null} (a missing argument).
   *
   * @param value the value
   * @return its text, or {@code null}
   */
  public static String argumentText(Object value) {
    if (value == null || value instanceof String) {
      return (String) value;
    }
    if (value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte
        || value instanceof BigInteger) {
      return value.toString();
    }
    if (value instanceof BigDecimal) {
      return ((BigDecimal) value).toPlainString();
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        return String.valueOf(d);
      }
      BigDecimal decimal =
          value instanceof Float ? new BigDecimal(value.toString()) : BigDecimal.valueOf(d);
      if (decimal.signum() == 0 || decimal.stripTrailingZeros().scale() <= 0) {
        decimal = decimal.setScale(0, java.math.RoundingMode.UNNECESSARY);
      }
      return decimal.toPlainString();
    }
    return String.valueOf(value);
  }

  /**
   * The names of the arguments used as numbers ({@code plural}) anywhere in the template.
   *
   * @return the names, in order of first use
   */
  public List<String> pluralArguments() {
    List<String> names = new ArrayList<>();
    collect(parts, names, true);
    return names;
  }

  /**
   * The names of every argument the template uses, in order of first use.
   *
   * @return the names
   */
  public List<String> argumentNames() {
    List<String> names = new ArrayList<>();
    collect(parts, names, false);
    return names;
  }

  private static void collect(List<Part> parts, List<String> names, boolean pluralOnly) {
    for (Part part : parts) {
      if (part instanceof Simple && !pluralOnly) {
        add(names, ((Simple) part).name);
      } else if (part instanceof NumberArgument && !pluralOnly) {
        add(names, ((NumberArgument) part).name);
      } else if (part instanceof Choice) {
        Choice choice = (Choice) part;
        if (!pluralOnly || choice.plural) {
          add(names, choice.name);
        }
        for (List<Part> branch : choice.branches.values()) {
          collect(branch, names, pluralOnly);
        }
      }
    }
  }

  private static void add(List<String> names, String name) {
    if (!names.contains(name)) {
      names.add(name);
    }
  }

  private static void append(
      List<Part> parts,
      Map<String, String> arguments,
      Set<String> numbers,
      Locale locale,
      String number,
      StringBuilder out) {
    for (Part part : parts) {
      if (part instanceof Literal) {
        out.append(((Literal) part).text);
      } else if (part instanceof Hash) {
        out.append(number == null ? "#" : number);
      } else if (part instanceof Simple) {
        Simple simple = (Simple) part;
        String value = arguments.get(simple.name);
        BigDecimal n = numbers.contains(simple.name) ? number(value) : null;
        out.append(
            n != null ? formatNumber(n, locale) : value != null ? value : "{" + simple.name + "}");
      } else if (part instanceof NumberArgument) {
        NumberArgument argument = (NumberArgument) part;
        String value = arguments.get(argument.name);
        BigDecimal n = number(value);
        if (n == null) {
          out.append(value != null ? value : "{" + argument.name + "}");
        } else {
          out.append(argument.format(n, locale));
        }
      } else {
        Choice choice = (Choice) part;
        String value = arguments.get(choice.name);
        if (choice.plural) {
          BigDecimal n = number(value);
          List<Part> branch = null;
          if (n != null) {
            branch = choice.branches.get("=" + n.stripTrailingZeros().toPlainString());
            if (branch == null) {
              branch = choice.branches.get(PluralRules.select(locale, n));
            }
          }
          if (branch == null) {
            branch = choice.branches.get("other");
          }
          String shown =
              n != null ? formatNumber(n, locale) : value != null ? value : "{" + choice.name + "}";
          append(branch, arguments, numbers, locale, shown, out);
        } else {
          List<Part> branch = value == null ? null : choice.branches.get(value);
          append(
              branch != null ? branch : choice.branches.get("other"),
              arguments,
              numbers,
              locale,
              number,
              out);
        }
      }
    }
  }

  private static BigDecimal number(String value) {
    if (value == null || value.isEmpty() || value.length() > 40) {
      return null;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!(c >= '0' && c <= '9') && c != '.' && !(c == '-' && i == 0)) {
        return null;
      }
    }
    try {
      return new BigDecimal(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * Formats a number for a language: grouping as CLDR has it (Spanish of Spain, and Spanish without
   * a region, groups only from five digits: "1234", "12.345"; the Americas' Spanish groups from
   * four: "1,234"), a decimal separator, at most three decimals.
   *
   * @param n the number
   * @param locale the language
   * @return the text
   */
  public static String formatNumber(BigDecimal n, Locale locale) {
    NumberFormat format = NumberFormat.getNumberInstance(locale == null ? Locale.ROOT : locale);
    format.setMaximumFractionDigits(3);
    if (locale != null
        && "es".equals(locale.getLanguage())
        && (locale.getCountry().isEmpty() || "ES".equals(locale.getCountry()))
        && n.abs().compareTo(BigDecimal.valueOf(10000)) < 0) {
      format.setGroupingUsed(false);
    }
    return format.format(n);
  }

  private interface Part {}

  private static final class Literal implements Part {
    final String text;

    Literal(String text) {
      this.text = text;
    }
  }

  private static final class Hash implements Part {}

  private static final class Simple implements Part {
    final String name;

    Simple(String name) {
      this.name = name;
    }
  }

  /** {@code {name, number}}, {@code {name, number, percent}} or {@code {name, number, 0.0}}. */
  private static final class NumberArgument implements Part {
    final String name;

    /** The regions whose Spanish follows es-419 in CLDR ("419" itself included). */
    private static final Set<String> LATIN_AMERICAN_SPANISH =
        Set.of(
            "419", "AR", "BO", "BR", "BZ", "CL", "CO", "CR", "CU", "DO", "EC", "GT", "HN", "MX",
            "NI", "PA", "PE", "PR", "PY", "SV", "US", "UY", "VE");

    /** {@code ""} (plain), {@code "percent"}, or a decimal pattern. */
    final String style;

    NumberArgument(String name, String style) {
      this.name = name;
      this.style = style;
    }

    String format(BigDecimal n, Locale locale) {
      if (style.isEmpty()) {
        return formatNumber(n, locale);
      }
      Locale language = locale == null ? Locale.ROOT : locale;
      NumberFormat format;
      if (!style.equals("percent")) {
        format = new DecimalFormat(style, DecimalFormatSymbols.getInstance(language));
      } else if ("es".equals(language.getLanguage())
          && LATIN_AMERICAN_SPANISH.contains(language.getCountry())) {
        // CLDR 42 and later write "12%" in Latin American Spanish (es-419 and the regions that
        // inherit from it); the CLDR 39 data of Java 17 still has "12 %" there
        format = new DecimalFormat("#,##0%", DecimalFormatSymbols.getInstance(language));
      } else {
        format = NumberFormat.getPercentInstance(language);
      }
      format.setRoundingMode(java.math.RoundingMode.HALF_EVEN);
      return format.format(n);
    }
  }

  private static final class Choice implements Part {
    final String name;
    final boolean plural;
    final Map<String, List<Part>> branches;

    Choice(String name, boolean plural, Map<String, List<Part>> branches) {
      this.name = name;
      this.plural = plural;
      this.branches = branches;
    }
  }

  private static final class Parser {
    final String text;
    int pos;

    Parser(String text) {
      this.text = text;
    }

    IllegalArgumentException error(String what) {
      return new IllegalArgumentException(what + " at offset " + pos + " of template: " + text);
    }

    List<Part> message(boolean inPlural) {
      List<Part> parts = new ArrayList<>();
      StringBuilder literal = new StringBuilder();
      while (pos < text.length()) {
        char c = text.charAt(pos);
        if (c == '}') {
          break;
        }
        if (c == '#' && inPlural) {
          flush(literal, parts);
          parts.add(new Hash());
          pos++;
        } else if (c == '{') {
          flush(literal, parts);
          parts.add(placeholder());
        } else {
          literal.append(c);
          pos++;
        }
      }
      flush(literal, parts);
      return Collections.unmodifiableList(parts);
    }

    private static void flush(StringBuilder literal, List<Part> parts) {
      if (literal.length() > 0) {
        parts.add(new Literal(literal.toString()));
        literal.setLength(0);
      }
    }

    Part placeholder() {
      pos++; // '{'
      String name = word();
      if (name.isEmpty()) {
        throw error("argument name expected");
      }
      spaces();
      if (peek() == '}') {
        pos++;
        return new Simple(name);
      }
      expect(',');
      spaces();
      String type = word();
      spaces();
      if (type.equals("number")) {
        return numberArgument(name);
      }
      expect(',');
      boolean plural;
      if (type.equals("plural")) {
        plural = true;
      } else if (type.equals("select")) {
        plural = false;
      } else {
        throw error("argument type must be plural, select or number, not '" + type + "'");
      }
      Map<String, List<Part>> branches = new LinkedHashMap<>();
      while (true) {
        spaces();
        if (peek() == '}') {
          pos++;
          break;
        }
        String selector = word();
        if (selector.isEmpty()) {
          throw error("branch name expected");
        }
        spaces();
        expect('{');
        List<Part> branch = message(plural);
        expect('}');
        if (branches.put(selector, branch) != null) {
          throw error("branch '" + selector + "' given twice");
        }
      }
      if (!branches.containsKey("other")) {
        throw error("'" + name + "' has no 'other' branch");
      }
      return new Choice(name, plural, Collections.unmodifiableMap(branches));
    }

    /** After the name and the word {@code number}: an optional style, then the closing brace. */
    Part numberArgument(String name) {
      if (peek() == '}') {
        pos++;
        return new NumberArgument(name, "");
      }
      expect(',');
      spaces();
      int start = pos;
      while (pos < text.length() && text.charAt(pos) != '}') {
        pos++;
      }
      String style = text.substring(start, pos).trim();
      expect('}');
      if (!style.equals("percent") && !style.matches("[0#,]*0(\\.0*#*)?")) {
        throw error("number style must be percent or a pattern such as 0.0, not '" + style + "'");
      }
      return new NumberArgument(name, style);
    }

    String word() {
      int start = pos;
      while (pos < text.length()) {
        char c = text.charAt(pos);
        if (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-' || c == '=') {
          pos++;
        } else {
          break;
        }
      }
      return text.substring(start, pos);
    }

    void spaces() {
      while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
        pos++;
      }
    }

    char peek() {
      return pos < text.length() ? text.charAt(pos) : '\0';
    }

    void expect(char c) {
      if (peek() != c) {
        throw error("'" + c + "' expected");
      }
      pos++;
    }
  }

  /** CLDR plural categories of English, French and Spanish (other languages: English's rule). */
  static final class PluralRules {
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private PluralRules() {}

    static String select(Locale locale, BigDecimal n) {
      String language = locale == null ? "" : locale.getLanguage();
      BigDecimal abs = n.abs();
      boolean integer = abs.scale() <= 0 || abs.stripTrailingZeros().scale() <= 0;
      // v = number of visible fraction digits: "1.0" has v = 1 and is not "one" in English
      boolean visibleFraction = abs.scale() > 0;
      BigDecimal i = new BigDecimal(abs.toBigInteger());
      switch (language) {
        case "fr":
          if (i.signum() == 0 || i.compareTo(BigDecimal.ONE) == 0) {
            return "one";
          }
          return integer && !visibleFraction && isMillions(i) ? "many" : "other";
        case "es":
          if (abs.compareTo(BigDecimal.ONE) == 0) {
            return "one";
          }
          return integer && !visibleFraction && isMillions(i) ? "many" : "other";
        default:
          return i.compareTo(BigDecimal.ONE) == 0 && !visibleFraction ? "one" : "other";
      }
    }

    private static boolean isMillions(BigDecimal i) {
      return i.signum() != 0 && i.remainder(MILLION).signum() == 0;
    }
  }
}
