package org.edcop.standards.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edcop.standards.Competency;
import org.edcop.standards.Framework;
import org.edcop.standards.StandardsFormatException;

/**
 * Reads one framework from the {@code .properties} format:
 *
 * <pre>
 * id=alberta-lqs
 * name=Leadership Quality Standard
 * jurisdiction=Alberta
 * source=Alberta Education, Leadership Quality Standard
 * version=2023
 * competency.1.id=1
 * competency.1.name=Fostering Effective Relationships
 * competency.1.indicator.A=...   (optional: an indicator or element of competency 1, id A)
 * </pre>
 *
 * <p>Strict: every key must be known, each may appear once, competencies are numbered from 1
 * without gaps, and each has an id and a name.
 */
public final class FrameworkReader {

  /** Pattern a framework id must match: lower-case words joined by hyphens. */
  public static final Pattern FRAMEWORK_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private static final Pattern COMPETENCY_KEY =
      Pattern.compile("competency\\.([0-9]+)\\.(id|name|indicator\\.([A-Za-z0-9]+))");
  private static final List<String> HEADER_KEYS =
      List.of("id", "name", "jurisdiction", "source", "version");
  private static final int MAX_COMPETENCIES = 10_000;

  private FrameworkReader() {}

  /**
   * Reads a framework.
   *
   * @param reader the text; not closed
   * @param fileName the name to use in error messages
   * @return the framework
   * @throws StandardsFormatException if the text is not a valid framework
   */
  public static Framework read(Reader reader, String fileName) {
    Map<String, String> entries = readEntries(reader, fileName);
    Map<String, String> header = new LinkedHashMap<>();
    TreeMap<Integer, String[]> competencies = new TreeMap<>();
    Map<Integer, Map<String, String>> indicators = new HashMap<>();
    for (Map.Entry<String, String> entry : entries.entrySet()) {
      String key = entry.getKey();
      if (HEADER_KEYS.contains(key)) {
        header.put(key, entry.getValue());
        continue;
      }
      Matcher matcher = COMPETENCY_KEY.matcher(key);
      if (!matcher.matches()) {
        throw new StandardsFormatException(
            fileName,
            key,
            "unknown key; expected one of "
                + HEADER_KEYS
                + " or competency.<n>.id / competency.<n>.name / competency.<n>.indicator.<id>",
            null);
      }
      int number = parseNumber(matcher.group(1), fileName, key);
      if (matcher.group(3) != null) {
        indicators
            .computeIfAbsent(number, n -> new LinkedHashMap<>())
            .put(matcher.group(3), required(entry.getValue(), fileName, key).strip());
        continue;
      }
      String[] slot = competencies.computeIfAbsent(number, n -> new String[2]);
      slot["id".equals(matcher.group(2)) ? 0 : 1] = entry.getValue();
    }
    for (String key : HEADER_KEYS) {
      required(header.get(key), fileName, key);
    }
    for (Integer number : indicators.keySet()) {
      if (!competencies.containsKey(number)) {
        throw new StandardsFormatException(
            fileName,
            "competency." + number + ".id",
            "indicators are listed for competency " + number + ", which has no id and name",
            null);
      }
    }
    String id = header.get("id").strip();
    if (!FRAMEWORK_ID.matcher(id).matches()) {
      throw new StandardsFormatException(
          fileName, "id", "'" + id + "' is not lower-case words joined by hyphens", null);
    }
    if (competencies.isEmpty()) {
      throw new StandardsFormatException(
          fileName, "competency.1.id", "a framework needs at least one competency", null);
    }
    List<Competency> list = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int expected = 1;
    for (Map.Entry<Integer, String[]> entry : competencies.entrySet()) {
      if (entry.getKey() != expected) {
        throw new StandardsFormatException(
            fileName,
            "competency." + expected + ".id",
            "competencies must be numbered 1, 2, 3, ... without gaps, but number "
                + expected
                + " is missing",
            null);
      }
      String idKey = "competency." + expected + ".id";
      String competencyId = required(entry.getValue()[0], fileName, idKey).strip();
      String name =
          required(entry.getValue()[1], fileName, "competency." + expected + ".name").strip();
      if (!ids.add(competencyId)) {
        throw new StandardsFormatException(
            fileName, idKey, "competency id '" + competencyId + "' is used twice", null);
      }
      list.add(
          Competency.of(competencyId, name, indicators.getOrDefault(entry.getKey(), Map.of())));
      expected++;
    }
    return Framework.builder()
        .id(id)
        .name(header.get("name").strip())
        .jurisdiction(header.get("jurisdiction").strip())
        .source(header.get("source").strip())
        .version(header.get("version").strip())
        .competencies(list)
        .build();
  }

  private static Map<String, String> readEntries(Reader reader, String fileName) {
    Map<String, String> entries = new LinkedHashMap<>();
    @SuppressWarnings("serial") // never serialized; only collects the parsed keys
    Properties collector =
        new Properties() {
          @Override
          public synchronized Object put(Object key, Object value) {
            String name = (String) key;
            if (entries.containsKey(name)) {
              throw new StandardsFormatException(fileName, name, "the key appears twice", null);
            }
            entries.put(name, (String) value);
            return null;
          }
        };
    try {
      collector.load(reader);
    } catch (IOException e) {
      throw new StandardsFormatException(fileName, null, "cannot be read as UTF-8 text: " + e, e);
    } catch (IllegalArgumentException e) {
      throw new StandardsFormatException(
          fileName, null, "is not valid .properties text: " + e.getMessage(), e);
    }
    return entries;
  }

  private static int parseNumber(String digits, String fileName, String key) {
    if (digits.length() > 5 || digits.startsWith("0")) {
      throw new StandardsFormatException(
          fileName,
          key,
          "competency numbers run from 1 to " + MAX_COMPETENCIES + " without leading zeros",
          null);
    }
    int number = Integer.parseInt(digits);
    if (number > MAX_COMPETENCIES) {
      throw new StandardsFormatException(
          fileName, key, "competency numbers run from 1 to " + MAX_COMPETENCIES, null);
    }
    return number;
  }

  private static String required(String value, String fileName, String key) {
    if (value == null) {
      throw new StandardsFormatException(fileName, key, "is missing", null);
    }
    if (value.isBlank()) {
      throw new StandardsFormatException(fileName, key, "is blank", null);
    }
    return value;
  }
}
