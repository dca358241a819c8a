package org.edcop.calendar.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The DESCRIPTION of an exported meeting: sections of bullet lines, one section per list of the
 * meeting, read back by the import. The headings are written once, here.
 */
public final class DescriptionText {

  /** Heading of the topics section. */
  public static final String TOPICS = "Topics:";

  /** Heading of the guiding-questions section. */
  public static final String QUESTIONS = "Guiding questions:";

  /** Heading of the resources section. */
  public static final String RESOURCES = "Resources:";

  private static final String BULLET = "- ";

  private DescriptionText() {}

  /**
   * Writes the sections that have items, separated by a blank line.
   *
   * @param sections heading to items, in order
   * @return the text, empty when no section has an item
   */
  public static String write(Map<String, List<String>> sections) {
    StringBuilder text = new StringBuilder();
    for (Map.Entry<String, List<String>> section : sections.entrySet()) {
      if (section.getValue().isEmpty()) {
        continue;
      }
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(section.getKey()).append('\n');
      for (String item : section.getValue()) {
        text.append(BULLET).append(item.replace("\r\n", " ").replace('\n', ' ')).append('\n');
      }
    }
    return text.toString().strip();
  }

  /**
   * Reads the sections back. Text outside a known section (a description written by another
   * program) becomes one topic per paragraph.
   *
   * @param text the description
   * @return heading to items, for the three headings
   */
  public static Map<String, List<String>> read(String text) {
    Map<String, List<String>> sections = new LinkedHashMap<>();
    sections.put(TOPICS, new ArrayList<>());
    sections.put(QUESTIONS, new ArrayList<>());
    sections.put(RESOURCES, new ArrayList<>());
    List<String> current = null;
    StringBuilder loose = new StringBuilder();
    for (String line : text.split("\r?\n", -1)) {
      String trimmed = line.strip();
      if (sections.containsKey(trimmed)) {
        current = sections.get(trimmed);
      } else if (current != null && trimmed.startsWith(BULLET.strip())) {
        String item = trimmed.substring(1).strip();
        if (!item.isEmpty()) {
          current.add(item);
        }
      } else if (trimmed.isEmpty()) {
        current = null;
        flush(loose, sections.get(TOPICS));
      } else {
        current = null;
        loose.append(loose.length() == 0 ? "" : " ").append(trimmed);
      }
    }
    flush(loose, sections.get(TOPICS));
    return sections;
  }

  private static void flush(StringBuilder loose, List<String> topics) {
    if (loose.length() > 0) {
      topics.add(loose.toString());
      loose.setLength(0);
    }
  }
}
