package org.edcop.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.edcop.model.MemberId;
import org.junit.jupiter.api.Test;

class MemberIdHintsTest {

  @Test
  void aMemoIsReadOnlyWithTheStampThatWroteIt() {
    MemberId id = MemberId.of("m-1");
    long stamp = MemberIdHints.newStamp();
    long other = MemberIdHints.newStamp();
    assertThat(stamp).isNotEqualTo(MemberIdHints.NONE).isNotEqualTo(other);
    assertThat(MemberIdHints.position(id, stamp)).isEqualTo(-1);

    MemberIdHints.record(id, stamp, 41);
    assertThat(MemberIdHints.position(id, stamp)).isEqualTo(41);
    assertThat(MemberIdHints.position(id, other)).isEqualTo(-1);
    MemberIdHints.record(id, other, MemberIdHints.POSITION_LIMIT - 1);
    assertThat(MemberIdHints.position(id, other)).isEqualTo(MemberIdHints.POSITION_LIMIT - 1);
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
    assertThat(MemberIdHints.stampOf(0xFFFF_FFFFL)).isEqualTo(0xFFFF_FFFFL);
    assertThat(MemberIdHints.stampOf(0x1_0000_0000L)).isEqualTo(0x1_0000_0000L);
    assertThat(MemberIdHints.stampOf((1L << 43) - 1)).isEqualTo((1L << 43) - 1);
    assertThat(MemberIdHints.stampOf(1L << 43)).isEqualTo(MemberIdHints.NONE);
    assertThat(MemberIdHints.stampOf(Long.MAX_VALUE)).isEqualTo(MemberIdHints.NONE);
    assertThat(MemberIdHints.stampOf(Long.MIN_VALUE)).isEqualTo(MemberIdHints.NONE);
    assertThat(MemberIdHints.stampOf(0)).isEqualTo(MemberIdHints.NONE);
  }

  @Test
  void theLargestStampAndPositionReadBackWhole() {
    MemberId id = MemberId.of("m-4");
    long largest = MemberIdHints.STAMP_LIMIT;
    MemberIdHints.record(id, largest, MemberIdHints.POSITION_LIMIT - 1);
    assertThat(MemberIdHints.position(id, largest)).isEqualTo(MemberIdHints.POSITION_LIMIT - 1);
    // a stamp that differs only in its top bit, or by one, reads nothing
    assertThat(MemberIdHints.position(id, largest >>> 1)).isEqualTo(-1);
    assertThat(MemberIdHints.position(id, largest - 1)).isEqualTo(-1);
    MemberIdHints.record(id, 1, 0);
    assertThat(MemberIdHints.position(id, 1)).isZero();
    assertThat(MemberIdHints.position(id, largest)).isEqualTo(-1);
  }

  @Test
  void aPositionPastTheMemosRangeIsNotRecorded() {
    MemberId id = MemberId.of("m-5");
    long stamp = MemberIdHints.newStamp();
    MemberIdHints.record(id, stamp, 3);
    long later = MemberIdHints.newStamp();
    MemberIdHints.record(id, later, MemberIdHints.POSITION_LIMIT);
    // the earlier memo stays, and the later index finds no memo of its own: it asks its tables
    assertThat(MemberIdHints.position(id, later)).isEqualTo(-1);
    assertThat(MemberIdHints.position(id, stamp)).isEqualTo(3);
  }
}
