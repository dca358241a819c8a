package org.edcop.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Codes of the fixed vocabularies. */
class VocabularyTest {

  static Stream<Class<? extends Enum<?>>> vocabularies() {
    return Stream.of(
        ActivityKind.class,
        CadenceKind.class,
        CycleDecision.class,
        EvidenceKind.class,
        LeadershipDuty.class,
        LeadershipStructure.class,
        LifecycleStatus.class,
        MeasureKind.class,
        MeetingElement.class,
        MeetingFormat.class,
        NormTopic.class,
        ParticipationTier.class,
        PurposeType.class,
        ToolUse.class);
  }

  @Test
  void codesAreKebabCase() {
    assertThat(PurposeType.BUILDING_PROFESSIONAL_CAPACITY.code())
        .isEqualTo("building-professional-capacity");
    assertThat(MeetingFormat.IN_PERSON.code()).isEqualTo("in-person");
    assertThat(ParticipationTier.CORE.code()).isEqualTo("core");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vocabularies")
  @SuppressWarnings({"unchecked", "rawtypes"})
  void everyCodeRoundTripsAndIsWellFormed(Class<? extends Enum<?>> type) {
    for (Enum<?> constant : type.getEnumConstants()) {
      String code = ((Vocabulary) constant).code();
      assertThat(code).matches("[a-z]+(-[a-z]+)*");
      assertThat((Object) Vocabulary.fromCode((Class) type, code)).isSameAs(constant);
    }
  }

  @Test
  void unknownCodeListsTheKnownOnes() {
    assertThatThrownBy(() -> Vocabulary.fromCode(MeetingFormat.class, "IN_PERSON"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MeetingFormat")
        .hasMessageContaining("'IN_PERSON'")
        .hasMessageContaining("in-person, virtual, hybrid");
    assertThatThrownBy(() -> Vocabulary.fromCode(ParticipationTier.class, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("core, active, occasional, peripheral, transactional");
  }

  @Test
  void guideListsAreComplete() {
    assertThat(List.of(LeadershipDuty.values())).hasSize(8);
    assertThat(List.of(NormTopic.values())).hasSize(7);
    assertThat(List.of(PurposeType.values())).hasSize(8);
    assertThat(List.of(ParticipationTier.values())).hasSize(5);
  }
}
