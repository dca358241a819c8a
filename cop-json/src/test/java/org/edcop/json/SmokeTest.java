package org.edcop.json;

import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void show() {
    CopJson json = CopJson.defaults();
    String text = json.writePlanPretty(FullPlan.plan());
    System.out.println(text);
    System.out.println(json.writePlan(FullPlan.plan()));
    var back = json.readPlan(text);
    System.out.println(back.equals(FullPlan.plan()));
    for (String bad : new String[] {
        "{\"schemaVersion\":1,\"id\":\"a\",\"name\":\"n\",\"authority\":\"x\",\"timeZone\":\"UTC\",\"status\":0}",
        "{\"schemaVersion\":1,\"id\":\"a\",\"name\":\"n\",\"authority\":\"x\",\"timeZone\":\"UTC\",\"status\":\"nope\"}",
        "{\"schemaVersion\":1,\"id\":\"a\",\"id\":\"b\",\"name\":\"n\",\"authority\":\"x\",\"timeZone\":\"UTC\"}",
        "{\"schemaVersion\":1,\"id\":null,\"name\":\"n\",\"authority\":\"x\",\"timeZone\":\"UTC\"}",
        "{\"schemaVersion\":1,\"name\":\"n\",\"authority\":\"x\",\"timeZone\":\"UTC\"}",
        "{\"schemaVersion\":1,\"id\":\"a\",\"name\":\"n\",\"authority\":\"x\",\"timeZone\":\"UTC\"} x",
        "{\"schemaVersion\":1,\"id\":\"a\",\"name\":\"n\",\"authority\":\"x\",\"timeZone\":\"UTC\"} {}",
        "{\"schemaVersion\":1,\"id\":\"a\",\"name\":\"n\",\"authority\":\"x\",\"timeZone\":\"UTC\"",
        "{\"schemaVersion\":\"1\",\"id\":\"a\",\"name\":\"n\",\"authority\":\"x\",\"timeZone\":\"UTC\"}",
        "{\"schemaVersion\":1.5,\"id\":\"a\",\"name\":\"n\",\"authority\":\"x\",\"timeZone\":\"UTC\"}",
        "{\"schemaVersion\":1,\"id\":5,\"name\":\"n\",\"authority\":\"x\",\"timeZone\":\"UTC\"}",
        "{\"schemaVersion\":1,\"id\":true,\"name\":\"n\",\"authority\":\"x\",\"timeZone\":\"UTC\"}",
        "{\"schemaVersion\":1,\"id\":\"a\",\"name\":\"n\",\"authority\":\"x\",\"timeZone\":\"UTC\",\"domain\":{\"equityCentred\":\"true\"}}",
        "{\"schemaVersion\":1,\"id\":\"a\",\"name\":\"n\",\"authority\":\"x\",\"timeZone\":\"UTC\",\"domain\":{\"equityCentred\":1}}",
        "{\"schemaVersion\":1,\"id\":\"a\",\"name\":\"n\",\"authority\":\"x\",\"timeZone\":\"UTC\",\"domain\":[]}",
        "{\"schemaVersion\":1,\"id\":\"a\",\"name\":\"n\",\"authority\":\"x\",\"timeZone\":\"UTC\",\"domain\":{\"purpose\":{\"types\":\"shared-learning\"}}}",
        "{\"schemaVersion\":1,\"id\":\"a\",\"name\":\"n\",\"authority\":\"x\",\"timeZone\":\"UTC\",\"practice\":{\"meetings\":[{\"id\":\"m\",\"start\":\"2026-09-10T16:00:00\"}]}}",
        "{\"schemaVersion\":1,\"id\":\"a\",\"name\":\"n\",\"authority\":\"x\",\"timeZone\":\"UTC\",\n\"x\":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}",
        "{\"schemaVersion\":1,\"id\":\"a\",\"name\":\"n\",\"authority\":\"x\",\"timeZone\":\"UTC\",\"x\":null, \"y\": {\"a\":[1, 2.50, \"\\u00e9\"]}}",
        "{\"schemaVersion\":1,\"id\":\"a\",\"name\":\"n\",\"authority\":\"x\",\"timeZone\":\"UTC\",\"community\":{\"membership\":{\"members\":[{\"id\":\"a\",\"person\":{\"name\":\"n\"},\"tier\":\"boss\"}]}}}",
        "{\"schemaVersion\":1,\"id\":\"a\",\"name\":\"n\",\"authority\":\"x\",\"timeZone\":\"UTC\",\"community\":{\"membership\":{\"members\":[null]}}}",
        "{\"schemaVersion\":1,\"id\":\"a\",\"name\":\"n\",\"authority\":\"x\",\"timeZone\":\"UTC\",\"community\":{\"membership\":{\"idealSize\":{\"min\":1.5,\"max\":3}}}}",
        "{\"schemaVersion\":1,\"id\":\"a\",\"name\":\"n\",\"authority\":\"x\",\"timeZone\":\"UTC\",\"community\":{\"membership\":{\"idealSize\":{\"min\":\"1\",\"max\":3}}}}",
        "{\"schemaVersion\":1,\"id\":\"a\",\"name\":\"n\",\"authority\":\"x\",\"timeZone\":\"UTC\",\"community\":{\"membership\":{\"idealSize\":{\"min\":10000000000,\"max\":3}}}}",
        "[1]", "", "  ", "null", "\"x\"", "{\"a\":\u0001}", "{\"schemaVersion\":1,\"id\":\"a\",\"name\":\"n\",\"authority\":\"x\",\"timeZone\":\"+02:00\"}",
    }) {
      try {
        var p = json.readPlan(bad);
        System.out.println("ACCEPTED " + bad + " -> " + json.writePlan(p));
      } catch (org.edcop.json.format.CopJsonException e) {
        System.out.println(e.getKind() + " | " + e.getMessage());
      } catch (RuntimeException e) {
        System.out.println("ESCAPED " + e);
      }
    }
  }
}
