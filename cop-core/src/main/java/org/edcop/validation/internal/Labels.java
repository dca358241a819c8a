package org.edcop.validation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Looks up the labels of vocabulary values in {@code org/edcop/validation/labels*.properties}
 * (UTF-8, root = English). Keys are {@code <type>.<code>}, the type being the vocabulary's simple
 * class name in kebab-case. Like {@link Messages}, lookup never falls back to the JVM's default
 * locale, and the files are read with {@code getResourceAsStream} so that it works on the module
 * path too.
 */
public final class Labels {

  private static final String BASE_NAME = "org.edcop.validation.labels";

  private static final ResourceBundle.Control CONTROL =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private static final Map<Locale, Map<String, String>> FILES = new ConcurrentHashMap<>();

  private Labels() {}

  /**
   * The label for a key, looked up along the locale's candidates down to the root file.
   *
   * @param key a key such as {@code participation-tier.core}
   * @param locale the language wanted
   * @return the label, or {@code null} if no file has the key
   */
  public static String label(String key, Locale locale) {
    Locale language = Messages.language(locale);
    if (!language.getLanguage().equals("en")) {
      String label = file(language).get(key);
      if (label != null) {
        return label;
      }
    }
    return file(Locale.ROOT).get(key);
  }

  /**
   * The keys of the root (English) file.
   *
   * @return the keys, unordered
   */
  public static Set<String> rootKeys() {
    return Collections.unmodifiableSet(file(Locale.ROOT).keySet());
  }

  /**
   * The key prefix of a vocabulary type: its simple name in kebab-case, e.g. {@code
   * participation-tier} for {@code ParticipationTier}.
   *
   * @param type the enum class
   * @return the prefix
   */
  public static String typeKey(Class<?> type) {
    String name = type.getSimpleName();
    StringBuilder out = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c)) {
        if (i > 0) {
          out.append('-');
        }
        out.append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static Map<String, String> file(Locale locale) {
    // keyed by language only (see Messages.language), so the map holds at most one entry per
    // language with a messages file
    return FILES.computeIfAbsent(locale, Labels::load);
  }

  private static Map<String, String> load(Locale locale) {
    String resource =
        "/" + CONTROL.toResourceName(CONTROL.toBundleName(BASE_NAME, locale), "properties");
    try (InputStream in = Labels.class.getResourceAsStream(resource)) {
      if (in == null) {
        return Map.of();
      }
      Properties properties = new Properties();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      Map<String, String> labels = new HashMap<>();
      for (String name : properties.stringPropertyNames()) {
        labels.put(name, properties.getProperty(name));
      }
      return Collections.unmodifiableMap(labels);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read label file " + resource, e);
    }
  }
}
