package org.edcop.validation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one place where message templates are looked up and filled in.
 *
 * <p>Templates live in {@code org/edcop/validation/messages*.properties} (UTF-8); the root file is
 * English. A key is a rule id, or {@code ruleId.variant} for a rule with several messages. Lookup
 * walks the candidate locales of a {@link ResourceBundle.Control} that never falls back to the
 * JVM's default locale (so a French server renders English for {@link Locale#ROOT}), ending at the
 * root file. The files are read with {@code Class.getResourceAsStream} rather than {@code
 * ResourceBundle.getBundle}, which refuses a custom {@code Control} when the library runs as a
 * (named, automatic) module.
 *
 * <p>Placeholders are {@code {name}} with a name of letters, digits, {@code .}, {@code -} or {@code
 * _}. Substitution is a single left-to-right pass over the template: the substituted values are
 * never scanned again, so user text such as {@code ${1+1}} or {@code {other}} comes out literally.
 * A placeholder without an argument stays as written. Apostrophes have no special meaning (this is
 * not {@code MessageFormat}).
 */
public final class Messages {

  /** The bundle's base name, as a resource path prefix. */
  static final String BASE_NAME = "org.edcop.validation.messages";

  private static final ResourceBundle.Control CONTROL =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private static final Map<Locale, Map<String, String>> FILES = new ConcurrentHashMap<>();

  private Messages() {}

  /**
   * Renders a message.
   *
   * @param key the message key
   * @param arguments the values for the placeholders
   * @param locale the language wanted; {@code null} or {@link Locale#ROOT} for English
   * @return the message; the key itself if no file has a template for it
   */
  public static String render(String key, Map<String, String> arguments, Locale locale) {
    String template = template(key, locale);
    return template == null ? key : fillWithLabels(template, arguments, locale);
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
   * Fills a template like {@link #fill}, and also {@code {name.label}} placeholders of the
   * arguments that carry vocabulary codes, with the label in the given language (the code when no
   * label exists).
   *
   * @param template the template
   * @param arguments the values by placeholder name
   * @param locale the language of the labels
   * @return the filled-in text
   */
  public static String fillWithLabels(
      String template, Map<String, String> arguments, Locale locale) {
    Map<String, String> withLabels = null;
    for (Map.Entry<String, String> argument : arguments.entrySet()) {
      String type = LABELLED_ARGUMENTS.get(argument.getKey());
      if (type != null) {
        if (withLabels == null) {
          withLabels = new HashMap<>(arguments);
        }
        String label =
            Labels.label(type + "." + argument.getValue(), locale == null ? Locale.ROOT : locale);
        withLabels.put(argument.getKey() + ".label", label != null ? label : argument.getValue());
      }
    }
    return fill(template, withLabels == null ? arguments : withLabels);
  }

  /**
   * Whether a template exists for a key in the root (English) file.
   *
   * @param key the message key
   * @return {@code true} if the root file has it
   */
  public static boolean hasTemplate(String key) {
    return file(Locale.ROOT).containsKey(key);
  }

  /**
   * The keys of the root (English) file.
   *
   * @return the keys, unordered
   */
  public static java.util.Set<String> rootKeys() {
    return Collections.unmodifiableSet(file(Locale.ROOT).keySet());
  }

  /**
   * The template for a key, looked up along the locale's candidates down to the root file.
   *
   * @param key the message key
   * @param locale the language wanted, {@code null} for the root
   * @return the template, or {@code null} if none
   */
  public static String template(String key, Locale locale) {
    Locale wanted = locale == null ? Locale.ROOT : locale;
    if (wanted.equals(Locale.ROOT)) {
      return file(Locale.ROOT).get(key);
    }
    List<Locale> candidates = CONTROL.getCandidateLocales(BASE_NAME, wanted);
    for (Locale candidate : candidates) {
      String template = file(candidate).get(key);
      if (template != null) {
        return template;
      }
    }
    return null;
  }

  /**
   * Fills the placeholders of a template in one pass; substituted text is never re-read.
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

  private static Map<String, String> file(Locale locale) {
    return FILES.computeIfAbsent(locale, Messages::load);
  }

  private static Map<String, String> load(Locale locale) {
    String resource =
        "/" + CONTROL.toResourceName(CONTROL.toBundleName(BASE_NAME, locale), "properties");
    try (InputStream in = Messages.class.getResourceAsStream(resource)) {
      if (in == null) {
        return Map.of();
      }
      Properties properties = new Properties();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      Map<String, String> templates = new HashMap<>();
      for (String name : properties.stringPropertyNames()) {
        templates.put(name, properties.getProperty(name));
      }
      return Collections.unmodifiableMap(templates);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read message file " + resource, e);
    }
  }
}
