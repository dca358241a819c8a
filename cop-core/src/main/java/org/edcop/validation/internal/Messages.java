package org.edcop.validation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one place where message templates are looked up and filled in.
 *
 * <p>Templates live in {@code org/edcop/validation/messages*.properties} (UTF-8); the root file is
 * English. A key is a rule id, {@code ruleId.variant} for a rule with several messages, and either
 * followed by {@code .question} for the open-question form of the text; keys starting with {@code
 * display.} or {@code summary.} are the pieces the library builds other texts from. A locale is
 * first reduced to a language: English, French, Spanish, or a language for which an application
 * puts its own {@code messages_<lang>.properties} on the class path; anything else gets English.
 * Only the files found are kept (at most one per language present on the class path), and the
 * languages looked up without success are remembered in a small bounded cache, so a flood of
 * distinct locales does not grow memory. The files are read with {@code Class.getResourceAsStream}
 * rather than {@code ResourceBundle.getBundle}, which refuses a custom lookup when the library runs
 * as a (named, automatic) module; the JVM's default locale is never consulted.
 *
 * <p>Templates use the plural and select subset of ICU's MessageFormat syntax ({@link
 * MessageFormatter}); argument values are never read as template text.
 */
public final class Messages {

  /** The bundle's base name, as a resource path prefix. */
  static final String BASE_NAME = "org/edcop/validation/messages";

  /** The languages of the library's own bundles, English first. */
  public static final List<Locale> LANGUAGES =
      List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"));

  /** How many languages without a file are remembered (the rest are looked up again). */
  static final int MISSING_CACHE_SIZE = 64;

  private static final Map<String, Map<String, MessageFormatter>> FILES = new ConcurrentHashMap<>();

  private static final Map<String, Boolean> MISSING =
      Collections.synchronizedMap(
          new LinkedHashMap<String, Boolean>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
              return size() > MISSING_CACHE_SIZE;
            }
          });

  private Messages() {}

  /**
   * The language whose templates serve a locale: its language if a bundle exists for it, else
   * English. {@code fr-CA} gives {@code fr}, {@code de} gives {@code en}, {@link Locale#ROOT} and
   * {@code null} give {@code en}.
   *
   * @param locale the locale asked for, or {@code null}
   * @return a locale with a language only
   */
  public static Locale language(Locale locale) {
    if (locale == null || locale.getLanguage().isEmpty()) {
      return Locale.ENGLISH;
    }
    String language = locale.getLanguage();
    for (Locale supported : LANGUAGES) {
      if (supported.getLanguage().equals(language)) {
        return supported;
      }
    }
    if (MISSING.containsKey(language)) {
      return Locale.ENGLISH;
    }
    if (file(language).isEmpty()) {
      MISSING.put(language, Boolean.TRUE);
      return Locale.ENGLISH;
    }
    return new Locale(language);
  }

  /**
   * How many languages are held in the caches (files found plus languages remembered as missing).
   *
   * @return the count
   */
  static int cachedLanguages() {
    return FILES.size() + MISSING.size();
  }

  /**
   * Renders a message for people: arguments formatted (dates, durations, names of meetings...) and
   * vocabulary labels added, in the locale's language.
   *
   * @param key the message key
   * @param arguments the finding's arguments
   * @param locale the language wanted; {@code null} or {@link Locale#ROOT} for English
   * @return the message; the key itself if no file has a template for it
   */
  public static String render(String key, Map<String, String> arguments, Locale locale) {
    Locale language = language(locale);
    MessageFormatter template = formatter(key, language);
    if (template == null) {
      return key;
    }
    Locale asked = locale == null || locale.getLanguage().isEmpty() ? language : locale;
    return template.format(
        withLabels(
            ArgumentFormats.forPeople(arguments, language, asked, template), language, template),
        language);
  }

  /**
   * Formats one of the library's own pieces of text ({@code display.*}, {@code summary.*}) with
   * plain arguments.
   *
   * @param key the key
   * @param arguments the values
   * @param language the language, as returned by {@link #language}
   * @return the text; the key itself if there is none
   */
  public static String formatDisplay(String key, Map<String, String> arguments, Locale language) {
    MessageFormatter template = formatter(key, language);
    return template == null ? key : template.format(arguments, language);
  }

  /**
   * Argument names whose values are vocabulary codes, with the label-key prefix of each. A template
   * may write {@code {name.label}} for them to get the value's label in its language.
   */
  private static final Map<String, String> LABELLED_ARGUMENTS =
      Map.ofEntries(
          Map.entry("category", Labels.typeKey(org.edcop.model.RoleCategory.class)),
          Map.entry("common", Labels.typeKey(org.edcop.model.RoleCategory.class)),
          Map.entry("status", Labels.typeKey(org.edcop.model.LifecycleStatus.class)),
          Map.entry("duty", Labels.typeKey(org.edcop.model.LeadershipDuty.class)),
          Map.entry("topic", Labels.typeKey(org.edcop.model.NormTopic.class)),
          Map.entry("tier", Labels.typeKey(org.edcop.model.ParticipationTier.class)),
          Map.entry("suggestedTier", Labels.typeKey(org.edcop.model.ParticipationTier.class)),
          Map.entry("structure", Labels.typeKey(org.edcop.model.LeadershipStructure.class)),
          Map.entry("format", Labels.typeKey(org.edcop.model.MeetingFormat.class)),
          Map.entry("use", Labels.typeKey(org.edcop.model.ToolUse.class)),
          Map.entry("purposeType", Labels.typeKey(org.edcop.model.PurposeType.class)),
          Map.entry("day", "day-of-week"));

  /**
   * The names of the arguments whose values are vocabulary codes.
   *
   * @return the names
   */
  public static java.util.Set<String> labelledArguments() {
    return LABELLED_ARGUMENTS.keySet();
  }

  /**
   * Adds the labels of the vocabulary codes among the arguments, {@code name.label}, that the
   * template uses (a label it does not use would not change the text).
   */
  private static Map<String, String> withLabels(
      Map<String, String> arguments, Locale language, MessageFormatter template) {
    List<String> labelled = null;
    for (String name : arguments.keySet()) {
      if (LABELLED_ARGUMENTS.containsKey(name) && template.uses(name + ".label")) {
        if (labelled == null) {
          labelled = new java.util.ArrayList<>(2);
        }
        labelled.add(name);
      }
    }
    if (labelled != null) {
      for (String name : labelled) {
        String value = arguments.get(name);
        String label = Labels.label(LABELLED_ARGUMENTS.get(name) + "." + value, language);
        arguments.put(name + ".label", label != null ? label : value);
      }
    }
    return arguments;
  }

  /**
   * Whether a template exists for a key in the root (English) file.
   *
   * @param key the message key
   * @return {@code true} if the root file has it
   */
  public static boolean hasTemplate(String key) {
    return file("").containsKey(key);
  }

  /**
   * The message keys of the root (English) file: the keys of findings, without the {@code display.}
   * and {@code summary.} pieces.
   *
   * @return the keys, unordered
   */
  public static java.util.Set<String> rootKeys() {
    java.util.Set<String> keys = new java.util.HashSet<>(file("").keySet());
    keys.removeIf(key -> key.startsWith("display.") || key.startsWith("summary."));
    return Collections.unmodifiableSet(keys);
  }

  /**
   * The parsed template for a key in a language, falling back to the root file.
   *
   * @param key the message key
   * @param language the language, as returned by {@link #language}
   * @return the template, or {@code null} if none
   */
  static MessageFormatter formatter(String key, Locale language) {
    String code = language == null ? "" : language.getLanguage();
    if (!code.isEmpty() && !code.equals("en")) {
      MessageFormatter template = file(code).get(key);
      if (template != null) {
        return template;
      }
    }
    return file("").get(key);
  }

  /**
   * Fills the simple {@code {name}} placeholders of a text in one pass; substituted text is never
   * re-read, and anything else is left as written. For the library's own short texts that have no
   * plural.
   *
   * @param template the template
   * @param arguments the values by placeholder name
   * @return the filled-in text
   */
  public static String fill(String template, Map<String, String> arguments) {
    int open = template.indexOf('{');
    if (open < 0 || arguments.isEmpty()) {
      return template;
    }
    StringBuilder out = new StringBuilder(template.length() + 64);
    int copied = 0;
    int length = template.length();
    while (open >= 0) {
      int end = open + 1;
      while (end < length && isNameChar(template.charAt(end))) {
        end++;
      }
      if (end < length && end > open + 1 && template.charAt(end) == '}') {
        String value = arguments.get(template.substring(open + 1, end));
        if (value != null) {
          out.append(template, copied, open).append(value);
          copied = end + 1;
          open = template.indexOf('{', copied);
          continue;
        }
      }
      open = template.indexOf('{', open + 1);
    }
    return out.append(template, copied, length).toString();
  }

  private static boolean isNameChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '.'
        || c == '-'
        || c == '_';
  }

  private static Map<String, MessageFormatter> file(String language) {
    Map<String, MessageFormatter> found = FILES.get(language);
    if (found != null) {
      return found;
    }
    Map<String, MessageFormatter> loaded = load(language);
    if (loaded.isEmpty() && !language.isEmpty()) {
      return loaded; // not cached: a language without a file must not take a slot
    }
    FILES.putIfAbsent(language, loaded);
    return loaded;
  }

  private static Map<String, MessageFormatter> load(String language) {
    String resource = "/" + BASE_NAME + (language.isEmpty() ? "" : "_" + language) + ".properties";
    try (InputStream in = Messages.class.getResourceAsStream(resource)) {
      if (in == null) {
        return Map.of();
      }
      Properties properties = new Properties();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      Map<String, MessageFormatter> templates = new HashMap<>();
      for (String name : properties.stringPropertyNames()) {
        templates.put(name, MessageFormatter.parseLeniently(properties.getProperty(name)));
      }
      return Collections.unmodifiableMap(templates);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read message file " + resource, e);
    }
  }
}
