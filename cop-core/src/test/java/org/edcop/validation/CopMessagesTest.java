package org.edcop.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.LeadershipDuty;
import org.edcop.model.Meeting;
import org.edcop.model.MeetingFormat;
import org.edcop.model.NormTopic;
import org.edcop.model.ParticipationTier;
import org.edcop.model.Vocabulary;
import org.edcop.validation.internal.Labels;
import org.edcop.validation.internal.MessageFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The message and label bundles: every key in all three languages, the same placeholders in every
 * translation, a label for every vocabulary value, rendering per call in the language asked for,
 * and user text that is never read as a template.
 */
class CopMessagesTest {

  private static final Locale SPANISH = Locale.forLanguageTag("es");
  private static final List<String> LANGUAGES = List.of("fr", "es");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9._-]+)\\}");

  /** The argument names whose values are vocabulary codes (documented in CopMessages). */
  private static final Set<String> LABELLED =
      Set.of(
          "duty",
          "topic",
          "tier",
          "suggestedTier",
          "structure",
          "format",
          "use",
          "purposeType",
          "day",
          "category",
          "common",
          "status");

  /** User text that a template engine would expand if it ever became part of a template. */
  static final List<String> INJECTIONS =
      List.of(
          "${1+1}",
          "#{'a'.concat('b')}",
          "{jakarta.validation.constraints.NotNull.message}",
          "{duty.label}",
          "{member}",
          "\\{escaped\\} $ # \\",
          "it''s '{quoted}' #",
          "{0} {1,number} {n, plural, one {#} other {##}}",
          "l'{x}' '#' '' |");

  // ---- bundles --------------------------------------------------------------------------

  @Test
  void everyMessageKeyExistsInEveryLanguage() {
    Map<String, String> english = bundle("messages", "");
    assertThat(english).hasSizeGreaterThan(50);
    for (String language : LANGUAGES) {
      assertThat(bundle("messages", "_" + language).keySet())
          .as("message keys of %s", language)
          .isEqualTo(english.keySet());
    }
  }

  @Test
  void everyLabelKeyExistsInEveryLanguage() {
    Map<String, String> english = bundle("labels", "");
    for (String language : LANGUAGES) {
      assertThat(bundle("labels", "_" + language).keySet())
          .as("label keys of %s", language)
          .isEqualTo(english.keySet());
    }
    assertThat(Labels.rootKeys()).isEqualTo(english.keySet());
  }

  @Test
  void translationsUseExactlyThePlaceholdersOfTheEnglishTemplate() {
    Map<String, String> english = bundle("messages", "");
    List<String> problems = new ArrayList<>();
    for (String language : LANGUAGES) {
      Map<String, String> translated = bundle("messages", "_" + language);
      for (Map.Entry<String, String> entry : english.entrySet()) {
        Set<String> wanted = new TreeSet<>();
        for (String name : placeholders(entry.getValue())) {
          wanted.add(
              name.endsWith(".label")
                  ? name.substring(0, name.length() - ".label".length())
                  : name);
        }
        String translation = translated.get(entry.getKey());
        if (translation == null) {
          problems.add(language + " " + entry.getKey() + ": missing");
          continue;
        }
        Set<String> used = new TreeSet<>();
        for (String name : placeholders(translation)) {
          if (name.endsWith(".label")) {
            String argument = name.substring(0, name.length() - ".label".length());
            if (!LABELLED.contains(argument)) {
              problems.add(
                  language
                      + " "
                      + entry.getKey()
                      + ": {"
                      + name
                      + "} is not a vocabulary argument");
            }
            used.add(argument);
          } else {
            used.add(name);
          }
        }
        if (!used.equals(wanted)) {
          problems.add(
              language + " " + entry.getKey() + ": uses " + used + ", English uses " + wanted);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyTemplateIsTranslatedNotCopied() {
    Map<String, String> english = bundle("messages", "");
    for (String language : LANGUAGES) {
      Map<String, String> translated = bundle("messages", "_" + language);
      for (Map.Entry<String, String> entry : english.entrySet()) {
        if (entry.getKey().startsWith("display.") || entry.getKey().startsWith("summary.")) {
          continue; // short pieces such as "{hours} h {minutes2} min" may coincide
        }
        assertThat(translated.get(entry.getKey()))
            .as("%s %s", language, entry.getKey())
            .isNotEqualTo(entry.getValue());
      }
    }
  }

  @Test
  void everyVocabularyValueHasALabelInEveryLanguage() throws Exception {
    List<Class<?>> vocabularies = vocabularyEnums();
    assertThat(vocabularies)
        .contains(
            ParticipationTier.class,
            LeadershipDuty.class,
            Stage.class,
            Severity.class,
            Section.class)
        .hasSizeGreaterThanOrEqualTo(17);
    Set<String> expectedKeys = new TreeSet<>();
    for (Class<?> type : vocabularies) {
      for (Object constant : type.getEnumConstants()) {
        expectedKeys.add(Labels.typeKey(type) + "." + ((Vocabulary) constant).code());
      }
    }
    for (String suffix : List.of("", "_fr", "_es")) {
      Set<String> keys = bundle("labels", suffix).keySet();
      assertThat(keys).as("labels%s", suffix).containsAll(expectedKeys);
      Set<String> orphans = new TreeSet<>(keys);
      orphans.removeAll(expectedKeys);
      orphans.removeIf(key -> key.startsWith("day-of-week."));
      assertThat(orphans).as("labels%s without a vocabulary value", suffix).isEmpty();
    }
  }

  // ---- rendering ------------------------------------------------------------------------

  @Test
  void aFindingRenderedInFrenchIsFrench() {
    Finding finding = finding("leadership.duty-uncovered", Map.of("duty", "set-up-meetings"));
    assertThat(CopMessages.message(finding, Locale.FRENCH))
        .isEqualTo(
            "Aucune personne responsable n’assume la tâche « Organiser les réunions ». Confiez-la à un ou une responsable.");
    assertThat(CopMessages.message(finding, Locale.CANADA_FRENCH))
        .isEqualTo(CopMessages.message(finding, Locale.FRENCH));
    assertThat(CopMessages.message(finding, SPANISH))
        .isEqualTo(
            "Ninguna persona líder tiene asignada la tarea «Organizar las reuniones». Asígnela a una persona líder.");
    assertThat(CopMessages.message(finding, Locale.ENGLISH))
        .isEqualTo("No leader has the duty “Set up meetings”. Assign it to a leader.");
  }

  @Test
  void theLocaleIsChosenPerCallNeverFromTheJvmDefault() {
    Finding finding = finding("norms.topic-uncovered", Map.of("topic", "conflict"));
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.FRENCH);
      assertThat(CopMessages.message(finding, Locale.ROOT))
          .startsWith("No norm covers “Handling conflict and disagreement”");
      assertThat(CopMessages.message(finding, Locale.GERMAN))
          .startsWith("No norm covers “Handling conflict and disagreement”");
      assertThat(CopMessages.label(ParticipationTier.CORE, Locale.JAPANESE)).isEqualTo("Core");
      Locale.setDefault(Locale.ENGLISH);
      assertThat(CopMessages.message(finding, Locale.FRANCE))
          .startsWith(
              "Aucune norme ne porte sur le thème « Gestion des conflits et des désaccords »");
      assertThat(CopMessages.message(finding, Locale.forLanguageTag("es-MX")))
          .startsWith("Ninguna norma trata el tema «Manejo de conflictos y desacuerdos»");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void labelsComeInEachLanguage() {
    assertThat(CopMessages.label(ParticipationTier.CORE, Locale.FRENCH)).isEqualTo("Noyau");
    assertThat(CopMessages.label(ParticipationTier.CORE, SPANISH)).isEqualTo("Núcleo");
    assertThat(CopMessages.label(MeetingFormat.IN_PERSON, Locale.ENGLISH)).isEqualTo("In person");
    assertThat(CopMessages.label(NormTopic.ROLE_AND_VOICE, Locale.FRENCH))
        .isEqualTo("Un rôle et une voix pour chaque membre");
    assertThat(CopMessages.label(Severity.WARNING, SPANISH)).isEqualTo("Advertencia");
    assertThat(CopMessages.label(Stage.LAUNCH, Locale.FRENCH)).isEqualTo("Prête au lancement");
    assertThat(CopMessages.label(Section.COLLABORATIVE_PLAN, Locale.ENGLISH))
        .isEqualTo("Collaborative plan");
    assertThat(CopMessages.supportedLocales())
        .containsExactly(Locale.ENGLISH, Locale.FRENCH, SPANISH);
  }

  @Test
  void aVocabularyFromOutsideTheLibraryGetsItsCode() {
    assertThat(CopMessages.label(DistrictVocabulary.PD_DAY, Locale.FRENCH)).isEqualTo("pd-day");
  }

  @Test
  void aCustomRuleFindingKeepsItsOwnMessage() {
    Finding finding =
        Finding.builder()
            .ruleId("district.meeting-on-pd-day")
            .severity(Severity.WARNING)
            .section(Section.COLLABORATIVE_PLAN)
            .path("/practice/meetings/0")
            .message("Meeting m1 falls on a PD day.")
            .build();
    for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH, SPANISH)) {
      assertThat(CopMessages.message(finding, locale)).isEqualTo("Meeting m1 falls on a PD day.");
    }
  }

  @Test
  void anUnknownCodeInALabelledArgumentIsShownAsItIs() {
    Finding finding = finding("leadership.duty-uncovered", Map.of("duty", "brew-coffee"));
    assertThat(CopMessages.message(finding, Locale.FRENCH)).contains("« brew-coffee »");
  }

  @Test
  void nullsAreRejectedWithTheirName() {
    Finding finding = finding("launch.date-missing", Map.of());
    assertThatThrownBy(() -> CopMessages.message(finding, null)).hasMessage("locale");
    assertThatThrownBy(() -> CopMessages.message(null, Locale.FRENCH)).hasMessage("finding");
    assertThatThrownBy(() -> CopMessages.label(null, Locale.FRENCH)).hasMessage("value");
  }

  // ---- the validator's texts ------------------------------------------------------------

  @Test
  void beforeARuleIsDueItsFindingIsAnOpenQuestionWithItsOwnText() {
    CommunityOfPractice plan =
        Plans.meeting(Plans.complete(), 1, m -> m.withTopics(List.of()).withActivities(List.of()));
    Finding atDraft =
        Plans.VALIDATOR
            .validate(plan, Stage.DRAFT, Plans.AS_OF)
            .findings("collaborative-plan.meeting-topic-missing")
            .get(0);
    Finding atLaunch =
        Plans.VALIDATOR
            .validate(plan, Stage.LAUNCH, Plans.AS_OF)
            .findings("collaborative-plan.meeting-topic-missing")
            .get(0);
    assertThat(atDraft.getSeverity()).isEqualTo(Severity.INFO);
    assertThat(atDraft.getMessageKey())
        .isEqualTo("collaborative-plan.meeting-topic-missing" + CopValidator.QUESTION);
    assertThat(atLaunch.getMessageKey()).isEqualTo("collaborative-plan.meeting-topic-missing");
    Meeting meeting = plan.getPractice().getMeetings().get(1);
    String day =
        meeting.getStart().get().atZoneSameInstant(plan.getTimeZone()).toLocalDate().toString();
    // machine values stay; display arguments follow them
    assertThat(atLaunch.getArguments())
        .containsExactly(
            Map.entry("meeting", meeting.getId()),
            Map.entry("meeting.title", meeting.getTitle().get()),
            Map.entry("meeting.date", day));
    assertThat(atDraft.getMessage())
        .startsWith(
            "What will the community do in the meeting “" + meeting.getTitle().get() + "” on ")
        .endsWith("? Add a topic or an activity.")
        .doesNotContain(day);
    assertThat(atLaunch.getMessage())
        .startsWith("The meeting “" + meeting.getTitle().get() + "” on ")
        .contains("has no topic or activity");
    assertThat(CopMessages.message(atLaunch, Locale.FRENCH))
        .startsWith("La réunion « " + meeting.getTitle().get() + " » du ")
        .contains("2026");
    assertThat(CopMessages.message(atDraft, SPANISH))
        .startsWith("¿Qué hará la comunidad en la reunión «" + meeting.getTitle().get() + "» del ");
  }

  @Test
  void anUnsupportedLocaleFallsBackToEnglishAndSaysSo() {
    assertThat(CopMessages.resolve(Locale.GERMANY)).isEqualTo(Locale.ENGLISH);
    assertThat(CopMessages.isSupported(Locale.GERMANY)).isFalse();
    assertThat(CopMessages.resolve(Locale.CANADA_FRENCH)).isEqualTo(Locale.FRENCH);
    assertThat(CopMessages.isSupported(Locale.CANADA_FRENCH)).isTrue();
    assertThat(CopMessages.isSupported(Locale.forLanguageTag("es-419"))).isTrue();
    assertThat(CopMessages.isSupported(Locale.ROOT)).isTrue();
    assertThat(CopMessages.isSupported(Locale.US)).isTrue();
  }

  @Test
  void sectionSummariesAgreeInEachLanguage() {
    SectionSummary complete =
        ImmutableSectionSummary.builder()
            .section(Section.COMMUNITY)
            .errors(0)
            .warnings(0)
            .infos(0)
            .build();
    SectionSummary open =
        ImmutableSectionSummary.builder()
            .section(Section.MEMBERSHIP)
            .errors(1)
            .warnings(0)
            .infos(2)
            .addOpenQuestions("a", "b")
            .build();
    assertThat(CopMessages.summary(complete, Locale.ENGLISH)).isEqualTo("Community: complete");
    assertThat(CopMessages.summary(complete, Locale.FRENCH))
        .isEqualTo("Communauté : section complète");
    assertThat(CopMessages.summary(complete, SPANISH)).isEqualTo("Comunidad: sección completa");
    assertThat(CopMessages.summary(open, Locale.ENGLISH))
        .isEqualTo("Membership: 1 error and 2 open questions");
    assertThat(CopMessages.summary(open, Locale.FRENCH))
        .endsWith(": 1 erreur et 2 questions ouvertes");
    assertThat(CopMessages.counts(0, 1, 1, SPANISH))
        .isEqualTo("1 advertencia y 1 pregunta abierta");
    assertThat(CopMessages.counts(0, 0, 0, Locale.GERMAN)).isEqualTo("no findings");
    assertThatThrownBy(() -> CopMessages.counts(-1, 0, 0, Locale.ENGLISH))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anApplicationsOwnTemplateGetsPluralsAndNumbersForItsLanguage() {
    String template =
        "{count, plural, one {# meeting} other {# meetings}}, {rate, number, percent}, "
            + "{hours, number,0.0} h, {total}";
    assertThat(
            CopMessages.format(
                template,
                Map.of("count", 1, "rate", 0.125, "hours", 1.25, "total", 12_345),
                Locale.ENGLISH))
        .isEqualTo("1 meeting, 12%, 1.2 h, 12,345");
    assertThat(
            CopMessages.format(
                template,
                Map.of("count", 0, "rate", 0.145, "hours", 0.05, "total", 1234),
                Locale.FRENCH))
        .isEqualTo("0 meeting, 14\u00a0%, 0,0 h, 1\u202f234");
    assertThat(
            CopMessages.format(
                template,
                Map.of("count", 1.0, "rate", 2.0 / 3, "hours", 90 / 60.0, "total", 1234),
                Locale.forLanguageTag("es")))
        .isEqualTo("1 meeting, 67\u00a0%, 1,5 h, 1234");
    Map<String, Object> missing = new LinkedHashMap<>();
    missing.put("count", 2);
    missing.put("rate", null);
    assertThat(CopMessages.format(template, missing, Locale.ENGLISH))
        .isEqualTo("2 meetings, {rate}, {hours} h, {total}");
    assertThat(
            CopMessages.format(
                "{rate, number, percent} {n}",
                Map.of("rate", 0.12, "n", 1234),
                Locale.forLanguageTag("es-US")))
        .isEqualTo("12% 1,234");
    assertThat(CopMessages.format("{rate, number, percent}", Map.of("rate", "n/a"), Locale.ENGLISH))
        .isEqualTo("n/a");
  }

  @Test
  void anApplicationsValuesAreNeverTemplatesAndBadTemplatesSayWhere() {
    String hostile = "{count, plural, other {x}} it's '{' # ${x}";
    assertThat(CopMessages.format("wrote {file}", Map.of("file", hostile), Locale.FRENCH))
        .isEqualTo("wrote " + hostile);
    assertThatThrownBy(() -> CopMessages.format("{n, number, currency}", Map.of(), Locale.ENGLISH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("offset");
    assertThatThrownBy(() -> CopMessages.format("{n, plural, one {x}}", Map.of(), Locale.ENGLISH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("other");
    assertThatThrownBy(() -> CopMessages.format("{n", Map.of(), Locale.ENGLISH))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aBrokenArgumentNeverBreaksRendering() {
    Finding finding =
        finding(
            "launch.date-after-first-meeting",
            Map.of(
                "count", "many", "launchDate", "not a date", "meeting", "m1", "zone", "Mars/Base"));
    assertThat(CopMessages.message(finding, Locale.FRENCH))
        .contains("not a date", "« m1 »", "many réunions");
  }

  // ---- safety ---------------------------------------------------------------------------

  /**
   * Seeded: for every message key and language, fill every argument with user text drawn from the
   * injection cases (and labelled arguments with a code or user text); every piece of user text
   * must come out literally, and nothing else of the template may be left unfilled.
   */
  static Stream<Arguments> injectionSeeds() {
    return Stream.of(1L, 2L, 3L, 42L, 2026L).map(Arguments::of);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("injectionSeeds")
  void userTextIsNeverATemplate(long seed) {
    Random random = new Random(seed);
    Map<String, String> english = bundle("messages", "");
    for (Map.Entry<String, String> entry : english.entrySet()) {
      if (entry.getKey().startsWith("display.") || entry.getKey().startsWith("summary.")) {
        continue;
      }
      Map<String, String> arguments = new LinkedHashMap<>();
      MessageFormatter template = MessageFormatter.parse(entry.getValue());
      Map<String, String> counts = new LinkedHashMap<>();
      for (String name : template.argumentNames()) {
        String base =
            name.endsWith(".label") || name.endsWith(".name")
                ? name.substring(0, name.lastIndexOf('.'))
                : name;
        if (template.pluralArguments().contains(base)) {
          counts.put(
              base,
              String.valueOf(
                  2 + random.nextInt(30))); // an "other" branch, which names every argument
        } else {
          arguments.put(
              base, INJECTIONS.get(random.nextInt(INJECTIONS.size())) + " " + random.nextInt(100));
        }
      }
      Map<String, String> all = new LinkedHashMap<>(arguments);
      all.putAll(counts);
      Finding finding = finding(entry.getKey(), all);
      for (Locale locale : List.of(Locale.ROOT, Locale.FRENCH, SPANISH)) {
        String message = CopMessages.message(finding, locale);
        for (String value : arguments.values()) {
          assertThat(message).as("%s in %s", entry.getKey(), locale).contains(value);
        }
        String withoutUserText = message;
        for (String value : arguments.values()) {
          withoutUserText = withoutUserText.replace(value, "");
        }
        assertThat(withoutUserText).as("%s in %s", entry.getKey(), locale).doesNotContain("{", "}");
      }
    }
  }

  // ---- helpers --------------------------------------------------------------------------

  /** A vocabulary of a district's own, which the library's bundles know nothing about. */
  enum DistrictVocabulary implements Vocabulary {
    PD_DAY
  }

  private static Finding finding(String key, Map<String, String> arguments) {
    return Finding.builder()
        .ruleId(key)
        .messageKey(key)
        .severity(Severity.INFO)
        .section(Section.COMMUNITY)
        .path("")
        .message("English")
        .arguments(arguments)
        .build();
  }

  private static Set<String> placeholders(String template) {
    Set<String> names = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(template);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  /** Reads a bundle file straight from the class path, without any fallback. */
  static Map<String, String> bundle(String name, String suffix) {
    String resource = "/org/edcop/validation/" + name + suffix + ".properties";
    try (InputStream in = CopMessagesTest.class.getResourceAsStream(resource)) {
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

  /** Every enum of the library that implements Vocabulary, found on the class path. */
  private static List<Class<?>> vocabularyEnums() throws IOException, URISyntaxException {
    Path root =
        Paths.get(Vocabulary.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .map(root::relativize)
          .map(Path::toString)
          .filter(name -> name.endsWith(".class") && !name.contains("$"))
          .map(
              name ->
                  name.substring(0, name.length() - ".class".length())
                      .replace('/', '.')
                      .replace('\\', '.'))
          .map(CopMessagesTest::load)
          .filter(type -> type.isEnum() && Vocabulary.class.isAssignableFrom(type))
          .sorted((a, b) -> a.getName().compareTo(b.getName()))
          .collect(Collectors.toList());
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, CopMessagesTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(name, e);
    }
  }
}
