package org.edcop.json.format.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The direct plan writer takes its property names from the wire records by position, which holds
 * only while a record's writing order is its component order; these records check that it refuses
 * any other.
 */
class PlanWriterTest {

  @JsonPropertyOrder({"first", "second"})
  record InOrder(
      @JsonProperty("first") String a,
      @JsonProperty("second") String b,
      @JsonAnySetter Map<String, RawJson> unknownProperties) {}

  @JsonPropertyOrder({"second", "first"})
  record OutOfOrder(@JsonProperty("first") String a, @JsonProperty("second") String b) {}

  record UnknownFirst(@JsonAnySetter Map<String, RawJson> unknownProperties, String a) {}

  @Test
  void namesComeFromTheRecordInWritingOrder() {
    assertThat(PlanWriter.names(InOrder.class)).containsExactly("first", "second");
  }

  @Test
  void everyPlanRecordWritesInComponentOrder() {
    assertThat(PlanWriter.names(PlanWire.Meeting.class)).startsWith("id", "title", "start", "end");
    for (Class<?> record : PlanWire.class.getDeclaredClasses()) {
      assertThat(PlanWriter.names(record))
          .as(record.getSimpleName())
          .hasSize(WireShape.of(record).writingOrder().size());
    }
  }

  @Test
  void refusesARecordWrittenOutOfComponentOrder() {
    assertThatThrownBy(() -> PlanWriter.names(OutOfOrder.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'second' out of its component order");
  }

  @Test
  void refusesUnknownPropertiesBeforeAProperty() {
    assertThatThrownBy(() -> PlanWriter.names(UnknownFirst.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'a' out of its component order");
  }
}
