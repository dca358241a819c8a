package org.edcop.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import org.edcop.testing.SampleDocuments;

/**
 * Plans with many meetings, for the output-scale tests: the system-leaders sample with its meetings
 * replaced by {@code count} bare ones a day apart (an id, a start and an end), which the reader
 * accepts and the validator reports several findings for each.
 */
final class LargePlans {
  private LargePlans() {}

  static String withMeetings(int count) {
    ObjectMapper mapper = new ObjectMapper();
    try {
      ObjectNode plan = (ObjectNode) mapper.readTree(SampleDocuments.json("system-leaders"));
      ArrayNode meetings = ((ObjectNode) plan.get("practice")).putArray("meetings");
      java.time.format.DateTimeFormatter iso =
          java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
      OffsetDateTime start = OffsetDateTime.parse("2026-09-08T15:30:00-06:00");
      for (int i = 0; i < count; i++) {
        ObjectNode meeting = meetings.addObject();
        meeting.put("id", "m-" + i);
        meeting.put("start", iso.format(start.plusDays(i)));
        meeting.put("end", iso.format(start.plusDays(i).plusMinutes(90)));
      }
      return mapper.writeValueAsString(plan);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
