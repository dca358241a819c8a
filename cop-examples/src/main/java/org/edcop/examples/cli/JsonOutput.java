package org.edcop.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.edcop.json.CopJson;

/**
 * Prints reports for a program: a JSON array with one {@code {"file", "report"}} object per
 * readable file, each report in the library's report format ({@code cop schema report}).
 */
final class JsonOutput {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonOutput() {}

  static String render(CopJson json, List<ValidateCommand.FileResult> results) {
    ArrayNode array = MAPPER.createArrayNode();
    try {
      for (ValidateCommand.FileResult result : results) {
        ObjectNode entry = array.addObject();
        entry.put("file", result.file().toString());
        entry.set("report", MAPPER.readTree(json.writeReport(result.report())));
      }
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(array);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a report could not be written as JSON", e);
    }
  }
}
