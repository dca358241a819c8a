package org.edcop.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.edcop.model.CommunityOfPractice;
import org.edcop.model.MemberId;
import org.junit.jupiter.api.Test;

/**
 * A user's mapper that accepts a property twice in one object (Jackson's default, and Spring's)
 * gets the last value, as for any bean: the plan reader puts list properties into the model's
 * builders element by element, and a repeated list replaces the earlier one instead of adding to
 * it.
 */
class RepeatedPropertiesOnAUsersMapperTest {

  private static final ObjectMapper LENIENT =
      new ObjectMapper().registerModule(new CopJsonModule());

  private static final String PLAN =
      "{\"schemaVersion\":1,\"id\":\"p\",\"name\":\"n\",\"authority\":\"a\","
          + "\"timeZone\":\"America/Edmonton\",%s}";

  @Test
  void aRepeatedListKeepsTheLastOne() throws Exception {
    String json =
        PLAN.formatted(
            "\"practice\":{\"meetings\":[{\"id\":\"m1\",\"attendance\":[\"a\",\"b\"],"
                + "\"topics\":[\"x\"],\"attendance\":[\"c\"],\"topics\":[\"y\",\"z\"]}],"
                + "\"meetings\":[{\"id\":\"m2\",\"activities\":[\"breakout-discussion\"],"
                + "\"activities\":[\"breakout-discussion\"]}]}");
    CommunityOfPractice plan = LENIENT.readValue(json, CommunityOfPractice.class);
    assertThat(plan.getPractice().getMeetings()).hasSize(1);
    assertThat(plan.getPractice().getMeetings().get(0).getId()).isEqualTo("m2");
    assertThat(plan.getPractice().getMeetings().get(0).getActivities()).hasSize(1);
  }

  @Test
  void aRepeatedIdListIsCheckedOnItsOwn() throws Exception {
    String json =
        PLAN.formatted(
            "\"practice\":{\"meetings\":[{\"id\":\"m1\",\"attendance\":[\"a\",\"b\"],"
                + "\"attendance\":[\"b\",\"c\"],\"topics\":[\"x\"],\"topics\":[\"y\",\"z\"]}]}");
    CommunityOfPractice plan = LENIENT.readValue(json, CommunityOfPractice.class);
    var meeting = plan.getPractice().getMeetings().get(0);
    assertThat(meeting.getAttendance()).containsExactly(MemberId.of("b"), MemberId.of("c"));
    assertThat(meeting.getTopics()).containsExactly("y", "z");
  }
}
