package org.edcop.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The message bundles as a table: every key × language × (0, 1, 2, 5, 21, 1,000,000) for each count
 * argument renders complete text with agreeing plurals and no English left in French or Spanish;
 * every key has the same arguments in the three languages; the formatter agrees with ICU4J on every
 * template; French typography and the Spanish word list hold.
 */
class MessageBundlesTest {

  @Test
  void usesNamesEveryArgumentOfEveryBranchAndNothingElse() {
    MessageFormatter template =
        MessageFormatter.parse(
            "{member.name} has {n, plural, one {# meeting {meeting.name}} other {# meetings}}"
                + " {kind, select, a {{tier.label}} other {x}}");
    for (String name : List.of("member.name", "n", "meeting.name", "kind", "tier.label")) {
      assertThat(template.uses(name)).as(name).isTrue();
    }
    for (String name : List.of("member", "meeting", "tier", "name", "a", "x", "")) {
      assertThat(template.uses(name)).as(name).isFalse();
    }
    assertThat(MessageFormatter.parseLeniently("{unclosed").uses("unclosed")).isFalse();
  }

  static final List<String> LANGUAGES = List.of("en", "fr", "es");
  static final List<Long> COUNTS = List.of(0L, 1L, 2L, 5L, 21L, 1_000_000L);

  /** Derived arguments a template may use instead of the finding's argument of the base name. */
  static final Set<String> ENTITY_ARGUMENTS =
      Set.of("meeting", "previous", "other", "cycle", "problem", "member");

  /** Sample machine values by argument name, as the rules give them. */
  static final Map<String, String> SAMPLES = samples();

  // ---- keys and arguments ---------------------------------------------------------------

  @Test
  void everyKeyExistsInEveryLanguageWithTheSameArguments() {
    Map<String, String> english = bundle("en");
    List<String> problems = new ArrayList<>();
    for (String language : List.of("fr", "es")) {
      Map<String, String> translated = bundle(language);
      assertThat(translated.keySet()).as("keys of %s", language).isEqualTo(english.keySet());
      for (Map.Entry<String, String> entry : english.entrySet()) {
        Set<String> wanted = baseArguments(entry.getValue());
        Set<String> used = baseArguments(translated.get(entry.getKey()));
        if (!wanted.equals(used)) {
          problems.add(language + " " + entry.getKey() + ": " + used + " but English " + wanted);
        }
        if (!plurals(entry.getValue()).equals(plurals(translated.get(entry.getKey())))) {
          problems.add(language + " " + entry.getKey() + ": plural arguments differ");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void derivedArgumentsAreOnlyThoseTheRendererProvides() {
    List<String> problems = new ArrayList<>();
    for (String language : LANGUAGES) {
      for (Map.Entry<String, String> entry : bundle(language).entrySet()) {
        if (entry.getKey().startsWith("display.") || entry.getKey().startsWith("summary.")) {
          continue;
        }
        for (String name : MessageFormatter.parse(entry.getValue()).argumentNames()) {
          int dot = name.indexOf('.');
          if (dot < 0) {
            continue;
          }
          String base = name.substring(0, dot);
          String suffix = name.substring(dot + 1);
          boolean ok =
              suffix.equals("label") && Messages.labelledArguments().contains(base)
                  || suffix.equals("name") && ENTITY_ARGUMENTS.contains(base);
          if (!ok) {
            problems.add(language + " " + entry.getKey() + ": {" + name + "}");
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyQuestionHasItsFindingAndAsksAboutTheFuture() {
    Map<String, String> english = bundle("en");
    for (String key : english.keySet()) {
      if (key.endsWith(".question")) {
        String finding = key.substring(0, key.length() - ".question".length());
        assertThat(english).as(key).containsKey(finding);
        assertThat(finding).as(key).doesNotStartWith("integrity.");
        assertThat(english.get(key)).as(key).containsAnyOf("?", " will ", " so far");
        assertThat(english.get(key)).as(key).isNotEqualTo(english.get(finding));
      }
    }
  }

  // ---- the table ------------------------------------------------------------------------

  private static final Pattern ENGLISH_SINGULAR_AFTER_PLURAL =
      Pattern.compile(
          "(?<![\\d.,\u202f ])(?:0|[2-9]|\\d{2,}|\\d{1,3}(?:,\\d{3})+) (meeting|member|week|day|person|error|warning|question|minute|hour|other)\\b");
  private static final Pattern ENGLISH_PLURAL_AFTER_ONE =
      Pattern.compile(
          "(?<![\\d.,])1 (meetings|members|weeks|days|people|errors|warnings|open questions|minutes|hours|others)\\b");
  private static final Pattern FRENCH_PLURAL_AFTER_ONE =
      Pattern.compile(
          "(?<![\\d\u202f,])[01] (réunions|membres|semaines|jours|personnes|erreurs|avertissements|questions|minutes|heures|autres|dernières)\\b");
  private static final Pattern FRENCH_SINGULAR_AFTER_PLURAL =
      Pattern.compile(
          "(?<![\\d\u202f,])(?:[2-9]|\\d{2,}|\\d{1,3}(?:\u202f\\d{3})+) (réunion|membre|semaine|jour|personne|erreur|avertissement|question|minute|heure|autre)\\b");
  private static final Pattern SPANISH_PLURAL_AFTER_ONE =
      Pattern.compile(
          "(?<![\\d.,])1 (reuniones|integrantes|semanas|días|personas|errores|advertencias|preguntas|minutos|horas)\\b");
  private static final Pattern SPANISH_SINGULAR_AFTER_PLURAL =
      Pattern.compile(
          "(?<![\\d.,])(?:0|[2-9]|\\d{2,}|\\d{1,3}(?:\\.\\d{3})+) (reunión|integrante|semana|día|persona|error|advertencia|pregunta|minuto|hora)\\b");

  /** Words that betray English left in a French or Spanish text. */
  static final List<String> ENGLISH_TELL_TALES =
      List.of(
          " at ",
          " meetings",
          " meeting ",
          "open question",
          " the ",
          " and ",
          " members",
          " of ",
          " weeks",
          " days",
          " with ",
          " is ",
          " has ",
          " on ",
          " hours",
          "Record ",
          " for ");

  @Test
  void everyKeyRendersCompleteAgreeingTextForEveryCount() {
    List<String> problems = new ArrayList<>();
    int rendered = 0;
    for (String language : LANGUAGES) {
      Locale locale = Locale.forLanguageTag(language);
      for (Map.Entry<String, String> entry : bundle(language).entrySet()) {
        String key = entry.getKey();
        if (key.startsWith("display.")) {
          continue;
        }
        MessageFormatter template = MessageFormatter.parse(entry.getValue());
        List<String> counted = template.pluralArguments();
        List<Long> counts = counted.isEmpty() ? List.of(2L) : COUNTS;
        for (long count : counts) {
          Map<String, String> arguments = arguments(template, counted, count);
          String text =
              key.startsWith("summary.")
                  ? Messages.formatDisplay(key, arguments, locale)
                  : Messages.render(key, arguments, locale);
          rendered++;
          String where = language + " " + key + " n=" + count + ": " + text;
          if (text.contains("{") || text.contains("}") || text.contains("#")) {
            problems.add("unfilled " + where);
          }
          List<Pattern> wrong =
              language.equals("en")
                  ? List.of(ENGLISH_PLURAL_AFTER_ONE, ENGLISH_SINGULAR_AFTER_PLURAL)
                  : language.equals("fr")
                      ? List.of(FRENCH_PLURAL_AFTER_ONE, FRENCH_SINGULAR_AFTER_PLURAL)
                      : List.of(SPANISH_PLURAL_AFTER_ONE, SPANISH_SINGULAR_AFTER_PLURAL);
          for (Pattern pattern : wrong) {
            Matcher matcher = pattern.matcher(text);
            if (matcher.find()) {
              problems.add("plural '" + matcher.group() + "' in " + where);
            }
          }
          if (!language.equals("en")) {
            for (String word : ENGLISH_TELL_TALES) {
              if (text.contains(word)) {
                problems.add("English '" + word.strip() + "' in " + where);
              }
            }
            if (text.contains("PT") || text.matches(".*\\d{4}-\\d{2}-\\d{2}.*")) {
              problems.add("raw ISO text in " + where);
            }
          }
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(rendered).isGreaterThan(3 * 200);
  }

  @Test
  void countsAgreeInTheThreeLanguages() {
    assertThat(render("en", "launch.date-after-first-meeting", 1))
        .contains("(1 meeting falls before launch)");
    assertThat(render("en", "launch.date-after-first-meeting", 2))
        .contains("(2 meetings fall before launch)");
    assertThat(render("fr", "launch.date-after-first-meeting", 0))
        .contains("(0 réunion a lieu avant");
    assertThat(render("fr", "launch.date-after-first-meeting", 2))
        .contains("(2 réunions ont lieu avant");
    assertThat(render("es", "launch.date-after-first-meeting", 1))
        .contains("(1 reunión es anterior");
    assertThat(render("es", "launch.date-after-first-meeting", 1_000_000))
        .contains("(1.000.000 reuniones son anteriores");
    assertThat(Messages.formatDisplay("summary.questions", Map.of("count", "1"), Locale.ENGLISH))
        .isEqualTo("1 open question");
    assertThat(Messages.formatDisplay("summary.errors", Map.of("count", "1"), Locale.FRENCH))
        .isEqualTo("1 erreur");
    assertThat(Messages.formatDisplay("summary.errors", Map.of("count", "2"), Locale.FRENCH))
        .isEqualTo("2 erreurs");
  }

  // ---- ICU4J as the oracle ----------------------------------------------------------------

  @Test
  void theFormatterAgreesWithIcu4jOnEveryTemplateAndCount() {
    List<String> problems = new ArrayList<>();
    for (String language : LANGUAGES) {
      Locale locale = Locale.forLanguageTag(language);
      for (Map.Entry<String, String> entry : bundle(language).entrySet()) {
        MessageFormatter template = MessageFormatter.parse(entry.getValue());
        List<String> counted = template.pluralArguments();
        String icuPattern =
            entry.getValue().replaceAll("\\{([A-Za-z0-9]+)\\.([A-Za-z0-9]+)", "{$1_$2");
        com.ibm.icu.text.MessageFormat icu = new com.ibm.icu.text.MessageFormat(icuPattern, locale);
        for (long count : counted.isEmpty() ? List.of(2L) : COUNTS) {
          Map<String, String> arguments = new HashMap<>();
          Map<String, Object> icuArguments = new HashMap<>();
          for (String name : template.argumentNames()) {
            String value = counted.contains(name) ? String.valueOf(count) : "v-" + name;
            arguments.put(name, value);
            icuArguments.put(
                name.replace('.', '_'), counted.contains(name) ? (Object) count : value);
          }
          String ours = template.format(arguments, locale);
          String theirs = icu.format(icuArguments);
          if (!ours.equals(theirs)) {
            problems.add(
                language
                    + " "
                    + entry.getKey()
                    + " n="
                    + count
                    + "\n ours:   "
                    + ours
                    + "\n theirs: "
                    + theirs);
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void thePluralRulesAreCldrsAsIcu4jHasThem() {
    for (String language : LANGUAGES) {
      Locale locale = Locale.forLanguageTag(language);
      com.ibm.icu.text.PluralRules icu = com.ibm.icu.text.PluralRules.forLocale(locale);
      for (long n = 0; n <= 2_100_000; n = n < 2000 ? n + 1 : n + 999_999) {
        assertThat(MessageFormatter.PluralRules.select(locale, BigDecimal.valueOf(n)))
            .as("%s %d", language, n)
            .isEqualTo(icu.select(n));
      }
    }
  }

  // ---- typography and word choice ---------------------------------------------------------

  @Test
  void frenchTypographyUsesNarrowNoBreakSpacesAndGuillemets() {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> entry : bundle("fr").entrySet()) {
      String text = entry.getValue();
      Matcher before = Pattern.compile("(.)([:;?!»])").matcher(text);
      while (before.find()) {
        if (before.group(1).charAt(0) != '\u202f') {
          problems.add(entry.getKey() + ": '" + before.group() + "'");
        }
      }
      Matcher after = Pattern.compile("«(.)").matcher(text);
      while (after.find()) {
        if (after.group(1).charAt(0) != '\u202f') {
          problems.add(entry.getKey() + ": '" + after.group() + "'");
        }
      }
      if (text.contains("\"") || text.contains("“") || text.contains("\u00a0")) {
        problems.add(entry.getKey() + ": English quotes or a wide no-break space");
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void spanishIsNeutralForTheAmericasAndInclusive() {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> entry : bundle("es").entrySet()) {
      String text = entry.getValue().toLowerCase(Locale.ROOT);
      for (String word :
          List.of(
              "dinamiz",
              "ponente",
              "añad",
              "ordenador",
              "vale ",
              "los miembros",
              "el miembro",
              "los líderes",
              "solapen",
              "\"")) {
        if (text.contains(word)) {
          problems.add(entry.getKey() + ": " + word);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void templatesAvoidTheApostropheSequencesIcuWouldQuote() {
    for (String language : LANGUAGES) {
      for (Map.Entry<String, String> entry : bundle(language).entrySet()) {
        assertThat(entry.getValue())
            .as("%s %s", language, entry.getKey())
            .doesNotContain("'{", "'}", "'#", "''", "'|");
      }
    }
  }

  // ---- locales ----------------------------------------------------------------------------

  @Test
  void aFloodOfDistinctLocalesKeepsTheCachesBounded() {
    for (int i = 0; i < 5000; i++) {
      String language =
          "" + (char) ('a' + i % 26) + (char) ('a' + i / 26 % 26) + (char) ('a' + i / 676 % 26);
      Locale locale =
          new Locale.Builder()
              .setLanguage(language)
              .setRegion("US")
              .setVariant(String.format("v%04d", i))
              .build();
      assertThat(Messages.language(locale).getLanguage()).isIn("en", "fr", "es");
      Messages.render("launch.date-missing", Map.of(), locale);
      Labels.label("participation-tier.core", locale);
    }
    assertThat(Messages.cachedLanguages())
        .isLessThanOrEqualTo(Messages.LANGUAGES.size() + 1 + Messages.MISSING_CACHE_SIZE);
  }

  @Test
  void localesReduceToTheirLanguageOrEnglish() {
    assertThat(Messages.language(Locale.CANADA_FRENCH)).isEqualTo(Locale.FRENCH);
    assertThat(Messages.language(Locale.forLanguageTag("es-MX")).getLanguage()).isEqualTo("es");
    assertThat(Messages.language(Locale.GERMAN)).isEqualTo(Locale.ENGLISH);
    assertThat(Messages.language(Locale.ROOT)).isEqualTo(Locale.ENGLISH);
    assertThat(Messages.language(null)).isEqualTo(Locale.ENGLISH);
  }

  // ---- helpers ----------------------------------------------------------------------------

  private static String render(String language, String key, long count) {
    Locale locale = Locale.forLanguageTag(language);
    MessageFormatter template = MessageFormatter.parse(bundle(language).get(key));
    return Messages.render(key, arguments(template, template.pluralArguments(), count), locale);
  }

  private static Map<String, String> arguments(
      MessageFormatter template, List<String> counted, long count) {
    Map<String, String> arguments = new LinkedHashMap<>();
    for (String name : template.argumentNames()) {
      String base =
          name.endsWith(".label") || name.endsWith(".name")
              ? name.substring(0, name.lastIndexOf('.'))
              : name;
      if (counted.contains(base)) {
        arguments.put(base, String.valueOf(count));
      } else {
        arguments.put(base, SAMPLES.getOrDefault(base, "X-1"));
      }
      if (ENTITY_ARGUMENTS.contains(base)) {
        arguments.put(base + ".date", "2026-10-14");
      }
    }
    arguments.put("zone", "America/Los_Angeles");
    return arguments;
  }

  private static Map<String, String> samples() {
    Map<String, String> samples = new HashMap<>();
    for (String date : ArgumentFormats.DATES) {
      samples.put(date, "2026-10-14");
    }
    samples.put("start", "2026-10-14T15:30-07:00");
    samples.put("end", "2026-10-14T15:00-07:00");
    samples.put("length", "PT1H30M");
    samples.put("minutes", "90");
    samples.put("planned", "60");
    samples.put("percent", "20");
    samples.put("duty", "set-up-meetings");
    samples.put("topic", "conflict");
    samples.put("tier", "occasional");
    samples.put("suggestedTier", "peripheral");
    samples.put("structure", "leadership-team");
    samples.put("format", "hybrid");
    samples.put("use", "knowledge");
    samples.put("purposeType", "sharing-knowledge");
    samples.put("day", "tuesday");
    samples.put("category", "teacher");
    samples.put("common", "principal");
    samples.put("status", "launched");
    samples.put("name", "Ana Ruiz");
    samples.put("who", "Ana Ruiz");
    samples.put("section", "Section X");
    samples.put("counts", "X-2");
    samples.put("after", "3");
    return samples;
  }

  private static Set<String> baseArguments(String template) {
    Set<String> names = new TreeSet<>();
    for (String name : MessageFormatter.parse(template).argumentNames()) {
      names.add(
          name.endsWith(".label") || name.endsWith(".name")
              ? name.substring(0, name.lastIndexOf('.'))
              : name);
    }
    return names;
  }

  private static Set<String> plurals(String template) {
    return new TreeSet<>(MessageFormatter.parse(template).pluralArguments());
  }

  /** Reads a bundle file straight from the class path, without any fallback. */
  static Map<String, String> bundle(String language) {
    String resource =
        "/org/edcop/validation/messages"
            + (language.equals("en") ? "" : "_" + language)
            + ".properties";
    try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      Properties properties = new Properties();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      Map<String, String> map = new TreeMap<>();
      for (String key : properties.stringPropertyNames()) {
        map.put(key, properties.getProperty(key));
      }
      return map;
    } catch (IOException e) {
      throw new AssertionError(resource, e);
    }
  }
}
