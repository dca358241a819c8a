package org.edcop.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.edcop.model.internal.ArraySet;
import org.junit.jupiter.api.Test;

/**
 * A meeting's attendance as the generated class stores it through the Immutables encoding
 * (docs/adr/0008): the same behaviour as the {@code LinkedHashSet} it replaces, from every builder
 * and copy method.
 */
class AttendanceTest {

  private static final MemberId A = MemberId.of("a");
  private static final MemberId B = MemberId.of("b");
  private static final MemberId C = MemberId.of("c");

  @Test
  void everyBuilderMethodKeepsTheFirstOrderAndDropsRepeats() {
    ImmutableMeeting one =
        Meeting.builder().id("m").addAttendance(B).addAttendance(A, B, C).addAttendance(A).build();
    ImmutableMeeting two =
        Meeting.builder().id("m").addAllAttendance(List.of(B, A, B)).addAttendance(C).build();
    ImmutableMeeting three =
        Meeting.builder()
            .id("m")
            .addAttendance(C)
            .attendance(new LinkedHashSet<>(List.of(B, A, C)))
            .build();
    for (Meeting m : List.of(one, two, three)) {
      assertThat(m.getAttendance()).containsExactly(B, A, C).isInstanceOf(ArraySet.class);
      assertThat(m.getAttendance()).isEqualTo(Set.of(A, B, C)).hasSameHashCodeAs(Set.of(A, B, C));
    }
    assertThat(one).isEqualTo(two).isEqualTo(three).hasSameHashCodeAs(three);
    assertThat(one.toString()).contains("attendance=[" + B + ", " + A + ", " + C + "]");
    assertThat(Meeting.builder().id("m").build().getAttendance()).isEmpty();
  }

  @Test
  void copiesReplaceTheSetAndSkipAnUnchangedOne() {
    ImmutableMeeting m = Meeting.builder().id("m").addAttendance(A, B).build();
    assertThat(m.withAttendance(m.getAttendance())).isSameAs(m);
    assertThat(m.withAttendance(C, A, C).getAttendance()).containsExactly(C, A);
    assertThat(m.withAttendance(List.of(B)).getAttendance()).containsExactly(B);
    assertThat(m.withAttendance().getAttendance()).isEmpty();
    assertThat(m.withAttendance(List.of(A, B))).isEqualTo(m).isNotSameAs(m);
    // from() adds to what the builder holds, as it did for the generated LinkedHashSet
    ImmutableMeeting merged = ImmutableMeeting.builder().addAttendance(C).from(m).build();
    assertThat(merged.getAttendance()).containsExactly(C, A, B);
    assertThat(ImmutableMeeting.copyOf(m)).isSameAs(m);
  }

  @Test
  void theSetIsImmutableAndNullsAreRefusedAsBefore() {
    ImmutableMeeting m = Meeting.builder().id("m").addAttendance(A, B).build();
    assertThatThrownBy(() -> m.getAttendance().add(C))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.getAttendance().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> Meeting.builder().addAttendance((MemberId) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("attendance element");
    assertThatThrownBy(() -> Meeting.builder().addAttendance(A, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("attendance element");
    assertThatThrownBy(() -> Meeting.builder().addAllAttendance(Arrays.asList(A, null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("attendance element");
    assertThatThrownBy(() -> Meeting.builder().attendance(Arrays.asList(A, null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("attendance element");
    assertThatThrownBy(() -> m.withAttendance(Arrays.asList(A, null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("element");
    assertThatThrownBy(() -> m.withAttendance(A, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("element");
  }
}
