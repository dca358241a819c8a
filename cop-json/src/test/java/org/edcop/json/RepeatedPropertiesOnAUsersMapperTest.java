package org.edcop.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.edcop.json.format.CopJsonException;
import org.edcop.json.format.CopJsonException.Kind;
import org.edcop.model.CommunityOfPractice;
import org.edcop.validation.ValidationPolicy;
import org.junit.jupiter.api.Test;

/**
 * A user's mapper that accepts a property twice in one object (Jackson's default, and Spring's)
 * still gets a plan or a policy with a repeated property refused, not the last value silently: the
 * readers check names themselves, whatever the parser's settings.
 */
class RepeatedPropertiesOnAUsersMapperTest {

  private static final ObjectMapper LENIENT =
      new ObjectMapper().registerModule(new CopJsonModule());

  private static final String PLAN =
      "{\"schemaVersion\":1,\"id\":\"p\",\"name\":\"n\",\"authority\":\"a\","
          + "\"timeZone\":\"America/Edmonton\",%s}";

  @Test
  void aRepeatedListInAPlanIsRefused() {
    String json =
        PLAN.formatted(
            "\"practice\":{\"meetings\":[{\"id\":\"m1\",\"attendance\":[\"a\",\"b\"],"
                + "\"topics\":[\"x\"],\"attendance\":[\"c\"]}]}");
    assertThat(refused(json, CommunityOfPractice.class))
        .isEqualTo("/practice/meetings/0/attendance");
  }

  @Test
  void aRepeatedNameInsideAnUnknownPropertyIsRefused() {
    String json = PLAN.formatted("\"x-lms\":{\"a\":1,\"b\":{\"c\":1,\"c\":2}}");
    assertThat(refused(json, CommunityOfPractice.class)).isEqualTo("/x-lms/b/c");
  }

  @Test
  void aRepeatedPropertyOfAPlanNestedInTheUsersDocumentIsPlacedInThePlan() {
    String json =
        "{\"plan\":" + PLAN.formatted("\"status\":\"planning\",\"status\":\"closed\"") + "}";
    assertThat(refused(json, ModuleTest.Envelope.class)).isEqualTo("/status");
  }

  @Test
  void aRepeatedPropertyInAPolicyIsRefused() {
    String json = "{\"schemaVersion\":1,\"maxCoreShare\":0.5,\"maxCoreShare\":0.6}";
    assertThat(refused(json, ValidationPolicy.class)).isEqualTo("/maxCoreShare");
  }

  private static String refused(String json, Class<?> type) {
    DatabindException error =
        catchThrowableOfType(DatabindException.class, () -> LENIENT.readValue(json, type));
    assertThat(error).as(json).isNotNull();
    assertThat(error.getCause()).isInstanceOf(CopJsonException.class);
    CopJsonException cause = (CopJsonException) error.getCause();
    assertThat(cause.getKind()).isEqualTo(Kind.DUPLICATE_PROPERTY);
    return cause.getPointer();
  }
}
