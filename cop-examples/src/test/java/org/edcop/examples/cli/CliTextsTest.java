package org.edcop.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessagePattern;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every CLI text, in every language, with every count that changes a plural form. */
class CliTextsTest {

  private static final List<Integer> COUNTS = List.of(0, 1, 2, 5, 1000, 1_000_000);

  /** "1 errors", "0 rencontres", "1 reuniones": a count followed by a plural noun. */
  private static final Pattern SINGULAR_WITH_PLURAL =
      Pattern.compile("(^|[^\\d.,/])([01]) (\\p{L}+s)\\b");

  static Properties bundle(String language) throws IOException {
    String name = "texts" + (language.equals("en") ? "" : "_" + language) + ".properties";
    Properties properties = new Properties();
    try (InputStream in = CliTexts.class.getResourceAsStream(name)) {
      properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  /** The argument names of a pattern, and which of them are numbers (plural or number). */
  static Map<String, Boolean> arguments(String pattern) {
    MessagePattern parsed = new MessagePattern(pattern);
    Map<String, Boolean> names = new TreeMap<>();
    for (int i = 0; i < parsed.countParts(); i++) {
      MessagePattern.Part part = parsed.getPart(i);
      if (part.getType() == MessagePattern.Part.Type.ARG_START) {
        String name = parsed.getSubstring(parsed.getPart(i + 1));
        boolean number = part.getArgType() != MessagePattern.ArgType.NONE;
        names.merge(name, number, Boolean::logicalOr);
      }
    }
    return names;
  }

  @Test
  void everyKeyExistsInEveryLanguageWithTheSameArguments() throws IOException {
    Properties english = bundle("en");
    for (String language : List.of("fr", "es")) {
      Properties other = bundle(language);
      assertThat(other.stringPropertyNames())
          .as("keys of %s", language)
          .isEqualTo(english.stringPropertyNames());
      for (String key : english.stringPropertyNames()) {
        assertThat(arguments(other.getProperty(key)))
            .as("arguments of %s in %s", key, language)
            .isEqualTo(arguments(english.getProperty(key)));
      }
    }
  }

  @Test
  void everyTextRendersForEveryCountWithoutPlaceholdersOrWrongPlurals() throws IOException {
    Properties english = bundle("en");
    Set<String> keys = new TreeSet<>(english.stringPropertyNames());
    keys.remove("pattern.day");
    List<String> problems = new ArrayList<>();
    for (String language : CliTexts.LANGUAGES) {
      CliTexts texts = CliTexts.of(Locale.forLanguageTag(language));
      for (String key : keys) {
        Map<String, Boolean> arguments = arguments(english.getProperty(key));
        for (int count : COUNTS) {
          List<Object> namesAndValues = new ArrayList<>();
          arguments.forEach(
              (name, number) -> {
                namesAndValues.add(name);
                namesAndValues.add(number ? (Object) count : "ARG");
              });
          String text = texts.format(key, namesAndValues.toArray());
          if (text.contains("{") || text.contains("}") || text.contains("#")) {
            problems.add(language + " " + key + " " + count + ": " + text);
          }
          var wrong = SINGULAR_WITH_PLURAL.matcher(text);
          while (wrong.find()) {
            boolean singularZero = language.equals("fr");
            if ((wrong.group(2).equals("1") || singularZero)
                && !wrong.group(3).equals("m\u00e1s")) {
              problems.add(language + " " + key + " " + count + ": " + text);
            }
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  /** The argument names of a pattern that ICU reads as {@code number}, not as a plural. */
  static Set<String> numberArguments(String pattern) {
    MessagePattern parsed = new MessagePattern(pattern);
    Set<String> names = new TreeSet<>();
    for (int i = 0; i < parsed.countParts(); i++) {
      MessagePattern.Part part = parsed.getPart(i);
      if (part.getType() == MessagePattern.Part.Type.ARG_START
          && part.getArgType() == MessagePattern.ArgType.SIMPLE) {
        names.add(parsed.getSubstring(parsed.getPart(i + 1)));
      }
    }
    return names;
  }

  /**
   * ICU4J is the oracle (test scope only): every text of the three bundles, rendered by ICU4J's
   * MessageFormat and by the tool (cop-core's formatter), for counts around each plural boundary
   * and fractions that round half-even, in each language and in regional locales.
   */
  @Test
  void theToolsTextsAreWhatIcu4jMakesOfTheSameTemplates() throws IOException {
    List<Object> counts = List.of(0, 1, 2, 5, 21, 1000, 1234, 12_345, 1_000_000, 2L);
    List<Object> fractions =
        List.of(0.0, 0.005, 0.125, 0.145, 0.165, 0.5, 2.0 / 3, 1.0, 1.5, 0.05, 12.25, 1234.55);
    List<String> problems = new ArrayList<>();
    for (String tag : List.of("en", "fr", "es", "en-US", "fr-CA", "es-US", "es-MX", "es-ES")) {
      Locale locale = Locale.forLanguageTag(tag);
      CliTexts texts = CliTexts.of(locale);
      Properties bundle = bundle(locale.getLanguage());
      for (String key : new TreeSet<>(bundle.stringPropertyNames())) {
        if (key.equals("pattern.day")) {
          continue;
        }
        String pattern = bundle.getProperty(key);
        Map<String, Boolean> arguments = arguments(pattern);
        Set<String> numbers = numberArguments(pattern);
        for (int i = 0; i < Math.max(counts.size(), fractions.size()); i++) {
          Map<String, Object> values = new TreeMap<>();
          List<Object> namesAndValues = new ArrayList<>();
          for (Map.Entry<String, Boolean> argument : arguments.entrySet()) {
            String name = argument.getKey();
            Object value =
                numbers.contains(name)
                    ? fractions.get(i % fractions.size())
                    : argument.getValue() ? counts.get(i % counts.size()) : "it's {x} #" + name;
            values.put(name, value);
            namesAndValues.add(name);
            namesAndValues.add(value);
          }
          String icu =
              new com.ibm.icu.text.MessageFormat(
                      pattern, com.ibm.icu.util.ULocale.forLocale(locale))
                  .format(values);
          if (tag.equals("es") || tag.equals("es-ES")) {
            // one deliberate difference: ICU's MessageFormat groups Spanish numbers of four
            // digits ("1.234"); CLDR (and ICU's own NumberFormatter) groups them from five
            // ("1234", "12.345"), and so do cop's messages
            icu = icu.replaceAll("(?<![\\d.])1\\.(000|234)(?![\\d.])", "1$1");
          }
          String ours = texts.format(key, namesAndValues.toArray());
          if (!ours.equals(icu)) {
            problems.add(tag + " " + key + " " + values + ": ICU [" + icu + "] cop [" + ours + "]");
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void pluralsFollowEachLanguagesRules() {
    CliTexts en = CliTexts.of(Locale.ENGLISH);
    CliTexts fr = CliTexts.of(Locale.FRENCH);
    CliTexts es = CliTexts.of(Locale.forLanguageTag("es"));
    assertThat(en.counts(1, 0, 2)).isEqualTo("1 error, 0 warnings, 2 open questions");
    assertThat(fr.counts(1, 0, 2)).isEqualTo("1 erreur, 0 avertissement, 2 questions ouvertes");
    assertThat(es.counts(1, 0, 2)).isEqualTo("1 error, 0 advertencias, 2 preguntas abiertas");
    assertThat(en.counts(267_052, 1, 1)).startsWith("267,052 errors");
    assertThat(fr.counts(267_052, 1, 1)).startsWith("267\u202f052 erreurs");
    assertThat(en.number(267_052)).isEqualTo("267,052");
    assertThat(fr.number(267_052)).isEqualTo("267\u202f052");
    assertThat(es.number(1234)).isEqualTo("1234");
    assertThat(es.number(12_345)).isEqualTo("12.345");
    assertThat(CliTexts.of(Locale.forLanguageTag("es-US")).number(1234)).isEqualTo("1,234");
  }

  @Test
  void userTextIsAnArgumentNeverAPattern() {
    CliTexts fr = CliTexts.of(Locale.FRENCH);
    String hostile = "{count, plural, one {x} other {y}} it's {0} #";
    assertThat(fr.format("packet.written", "file", hostile)).endsWith(hostile);
  }

  @Test
  void datesAreWrittenForPeople() {
    java.time.LocalDate day = java.time.LocalDate.of(2026, 10, 14);
    assertThat(CliTexts.of(Locale.ENGLISH).date(day)).isEqualTo("October 14, 2026");
    assertThat(CliTexts.of(Locale.FRENCH).date(day)).isEqualTo("14 octobre 2026");
    assertThat(CliTexts.of(Locale.forLanguageTag("es")).date(day))
        .isEqualTo("14 de octubre de 2026");
  }
}
