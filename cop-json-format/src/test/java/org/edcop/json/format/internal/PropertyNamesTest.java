package org.edcop.json.format.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PropertyNamesTest {

  @Test
  void namesAreFoundByTextAndComeBackAsTheTablesConstants() {
    PropertyNames names = PropertyNames.of("id", "title", "start");
    assertThat(names.size()).isEqualTo(3);
    assertThat(names.position(new String("title".toCharArray()))).isEqualTo(1);
    assertThat(names.name(1)).isSameAs("title");
    assertThat(names.position("Title")).isEqualTo(-1);
    assertThat(names.position("")).isEqualTo(-1);
    // "Aa" and "BB" share a hash code: the text decides
    PropertyNames colliding = PropertyNames.of("Aa", "BB");
    assertThat(colliding.position("BB")).isEqualTo(1);
    assertThat(colliding.position("Aa")).isEqualTo(0);
  }

  @Test
  void eachNameHasItsOwnNumber() {
    PropertyNames one = PropertyNames.of("a", "b");
    PropertyNames two = PropertyNames.of("a");
    assertThat(one.number(1)).isEqualTo(one.number(0) + 1);
    assertThat(two.number(0)).isNotIn(one.number(0), one.number(1));
    assertThat(two.number(0)).isLessThan(ParserCursor.NAME_NUMBERS);
  }

  @Test
  void theNextNameIsFirstTheTablesOrderThenWhatFollowedLastTime() {
    PropertyNames names = PropertyNames.of("id", "title", "start", "end");
    assertThat(names.after(-1)).isZero();
    assertThat(names.after(0)).isEqualTo(1);
    assertThat(names.after(3)).isEqualTo(4);
    names.learn(0, 2); // title left out
    names.learn(-1, 3); // a document starting with end
    names.learn(3, 4);
    assertThat(names.after(0)).isEqualTo(2);
    assertThat(names.after(-1)).isEqualTo(3);
    assertThat(names.after(1)).isEqualTo(2);
    names.learn(0, 1);
    assertThat(names.after(0)).isEqualTo(1);
  }

  @Test
  void aTableHoldsEachNameOnceAndAtMost64() {
    assertThatThrownBy(() -> PropertyNames.of("id", "title", "id"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'id'");
    String[] many = IntStream.range(0, 65).mapToObj(i -> "n" + i).toArray(String[]::new);
    assertThatThrownBy(() -> PropertyNames.of(many))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("64");
  }

  @Test
  void repeatedNamesTellKnownPositionsApartByObject() {
    RepeatedNames seen = new RepeatedNames();
    seen.open();
    assertThat(seen.last()).isEqualTo(-1);
    assertThat(seen.repeated(0)).isFalse();
    assertThat(seen.repeated(63)).isFalse();
    assertThat(seen.last()).isEqualTo(63);
    seen.open();
    assertThat(seen.repeated(0)).isFalse(); // another object
    assertThat(seen.repeated("x")).isFalse();
    assertThat(seen.repeated("x")).isTrue();
    seen.close();
    assertThat(seen.last()).isEqualTo(63);
    assertThat(seen.repeated(0)).isTrue();
    assertThat(seen.repeated(63)).isTrue();
    assertThat(seen.repeated("x")).isFalse();
    for (int i = 0; i < 20; i++) {
      seen.open(); // deeper than the first arrays
    }
    assertThat(seen.last()).isEqualTo(-1);
    assertThat(seen.repeated(5)).isFalse();
    assertThat(seen.repeated(5)).isTrue();
  }
}
