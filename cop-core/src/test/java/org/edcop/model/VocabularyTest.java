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

  /** A vocabulary whose constants have bodies of their own (subclasses of the enum). */
  private enum WithBodies implements Vocabulary {
    PLAIN_VALUE,
    WITH_BODY {
      @Override
      public String toString() {
        return "a body";
      }
    };
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vocabularies")
  void eachCodeIsTheConstantsNameInKebabCaseAndTheSameInstanceEveryTime(
      Class<? extends Enum<?>> type) {
    for (Enum<?> constant : type.getEnumConstants()) {
      String code = ((Vocabulary) constant).code();
      assertThat(code)
          .isEqualTo(constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
      assertThat(((Vocabulary) constant).code()).isSameAs(code);
    }
  }

  @Test
  void constantsWithBodiesHaveTheirOwnCodes() {
    assertThat(WithBodies.PLAIN_VALUE.code()).isEqualTo("plain-value");
    assertThat(WithBodies.WITH_BODY.code()).isEqualTo("with-body");
    assertThat(WithBodies.WITH_BODY.getClass()).isNotEqualTo(WithBodies.class);
    assertThat(Vocabulary.fromCode(WithBodies.class, "with-body")).isSameAs(WithBodies.WITH_BODY);
  }
}
