package org.edcop.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * Member ids that all share one Java hash code, and plan documents full of them: the input that
 * made hash maps of ids degrade to linear scans (issue 14). Ids are built from the blocks {@code
 * Aa} and {@code BB}, whose hash codes are equal, so every id of the same number of blocks has the
 * same hash code.
 *
 * @since 0.2.0
 */
public final class CollidingIds {

  private CollidingIds() {}

  /**
   * Distinct ids of equal hash code.
   *
   * @param count how many, at least 1
   * @return the ids, in a fixed order
   */
  public static List<String> ids(int count) {
    int blocks = Math.max(1, 32 - Integer.numberOfLeadingZeros(count - 1));
    List<String> ids = new ArrayList<>(count);
    for (int n = 0; n < count; n++) {
      StringBuilder id = new StringBuilder(2 * blocks);
      for (int bit = blocks - 1; bit >= 0; bit--) {
        id.append((n >> bit & 1) == 0 ? "Aa" : "BB");
      }
      ids.add(id.toString());
    }
    return ids;
  }

  /**
   * A plan document whose roster holds {@code count} colliding ids, all of whom attend one meeting:
   * the roster and the attendance both stress the maps and sets keyed by id.
   *
   * @param count how many members
   * @return the document's JSON text (about 110 bytes per member)
   */
  public static String plan(int count) {
    List<String> ids = ids(count);
    StringBuilder text =
        new StringBuilder(
            "{\"schemaVersion\":1,\"id\":\"colliding\",\"name\":\"Colliding ids\","
                + "\"authority\":\"A\",\"timeZone\":\"America/Edmonton\","
                + "\"community\":{\"membership\":{\"members\":[");
    for (int i = 0; i < ids.size(); i++) {
      text.append(i == 0 ? "" : ",")
          .append("{\"id\":\"")
          .append(ids.get(i))
          .append("\",\"person\":{\"name\":\"P\"},\"tier\":\"active\"}");
    }
    text.append("]}},\"practice\":{\"meetings\":[{\"id\":\"m1\",\"attendance\":[");
    for (int i = 0; i < ids.size(); i++) {
      text.append(i == 0 ? "\"" : ",\"").append(ids.get(i)).append('"');
    }
    return text.append("]}]}}").toString();
  }
}
