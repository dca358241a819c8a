package org.edcop.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.edcop.model.MemberId;
import org.junit.jupiter.api.Test;

class MemberIdHintsTest {

  @Test
  void aMemoIsReadOnlyWithTheStampThatWroteIt() {
    MemberId id = MemberId.of("m-1");
    int stamp = MemberIdHints.newStamp();
    int other = MemberIdHints.newStamp();
    assertThat(stamp).isNotEqualTo(MemberIdHints.NONE).isNotEqualTo(other);
    assertThat(MemberIdHints.position(id, stamp)).isEqualTo(-1);

    MemberIdHints.record(id, stamp, 41);
    assertThat(MemberIdHints.position(id, stamp)).isEqualTo(41);
    assertThat(MemberIdHints.position(id, other)).isEqualTo(-1);
    MemberIdHints.record(id, other, Integer.MAX_VALUE);
    assertThat(MemberIdHints.position(id, other)).isEqualTo(Integer.MAX_VALUE);
    assertThat(MemberIdHints.position(id, stamp)).isEqualTo(-1);
  }

  @Test
  void theMemoIsNotPartOfTheIdsValue() {
    MemberId id = MemberId.of("m-2");
    MemberId same = MemberId.of("m-2");
    MemberIdHints.record(id, MemberIdHints.newStamp(), 7);
    assertThat(id).isEqualTo(same).hasSameHashCodeAs(same).hasToString(same.toString());
    assertThat(id.compareTo(same)).isZero();
  }

  @Test
  void noStampReadsNoMemo() {
    // a fresh id's memo is all zeros: stamp NONE at position 0, which must not be trusted
    MemberId id = MemberId.of("m-3");
    assertThat(MemberIdHints.position(id, MemberIdHints.NONE)).isEqualTo(-1);
  }

  @Test
  void stampsRunOutRatherThanRepeat() {
    assertThat(MemberIdHints.stampOf(1)).isEqualTo(1);
    assertThat(MemberIdHints.stampOf(0x7FFF_FFFFL)).isEqualTo(Integer.MAX_VALUE);
    assertThat(MemberIdHints.stampOf(0x8000_0000L)).isEqualTo(Integer.MIN_VALUE);
    assertThat(MemberIdHints.stampOf(0xFFFF_FFFFL)).isEqualTo(-1);
    assertThat(MemberIdHints.stampOf(0x1_0000_0000L)).isEqualTo(MemberIdHints.NONE);
    assertThat(MemberIdHints.stampOf(Long.MAX_VALUE)).isEqualTo(MemberIdHints.NONE);
    assertThat(MemberIdHints.stampOf(Long.MIN_VALUE)).isEqualTo(MemberIdHints.NONE);
    assertThat(MemberIdHints.pack(-1, 5) >>> 32).isEqualTo(0xFFFF_FFFFL);
  }
}
