package org.edcop.running.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.edcop.model.Member;
import org.edcop.model.MemberId;
import org.edcop.model.ParticipationTier;
import org.edcop.model.Person;
import org.junit.jupiter.api.Test;

class RosterIndexTest {

  private static Member member(String id) {
    return Member.builder()
        .id(MemberId.of(id))
        .person(Person.of("Member " + id))
        .tier(ParticipationTier.ACTIVE)
        .build();
  }

  private static RosterIndex index(List<Member> roster) {
    RosterIndex index = new RosterIndex(roster);
    for (int i = 0; i < roster.size(); i++) {
      index.putIfAbsent(roster.get(i).getId(), i);
    }
    return index;
  }

  @Test
  void findsTheFirstPositionByInstanceAndByText() {
    List<Member> roster = List.of(member("a"), member("b"), member("a"), member("c"));
    RosterIndex index = index(roster);

    assertThat(index.get(roster.get(1).getId())).isEqualTo(1);
    // the second "a" is the same text: the first listing wins, for either instance
    assertThat(index.get(roster.get(2).getId())).isZero();
    assertThat(index.get(MemberId.of("a"))).isZero();
    assertThat(index.get(MemberId.of("c"))).isEqualTo(3);
    assertThat(index.contains(MemberId.of("b"))).isTrue();
    assertThat(index.get(MemberId.of("z"))).isEqualTo(-1);
    assertThat(index.contains(MemberId.of("z"))).isFalse();
  }

  @Test
  void idsThatShareOneHashCodeAreAllFoundByText() {
    // "Aa" and "BB" share a hash code, so all 4,096 texts of 12 such blocks share one: past 64
    // probes the index moves its look-ups by text to a map
    List<Member> roster = new ArrayList<>();
    for (int bits = 0; bits < 4_096; bits++) {
      StringBuilder text = new StringBuilder();
      for (int block = 0; block < 12; block++) {
        text.append((bits >> block & 1) == 0 ? "Aa" : "BB");
      }
      roster.add(member(text.toString()));
    }
    roster.add(member(roster.get(7).getId().getValue()));
    RosterIndex index = index(roster);

    for (int i = 0; i < 4_096; i++) {
      String text = roster.get(i).getId().getValue();
      assertThat(index.get(roster.get(i).getId())).isEqualTo(i);
      // an equal id that is not the roster's instance (a plan built in code)
      assertThat(index.get(MemberId.of(new String(text.toCharArray())))).isEqualTo(i);
    }
    assertThat(index.get(roster.get(4_096).getId())).isEqualTo(7);
    assertThat(index.contains(MemberId.of("AaAaAaAaAaAaAaAaAaAaAaAz"))).isFalse();
  }
}
