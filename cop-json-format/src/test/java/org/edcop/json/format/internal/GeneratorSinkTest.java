package org.edcop.json.format.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which generator call the shared half of a sink makes for each kind of number. */
class GeneratorSinkTest {

  /** Records the number calls; the others are not made by these tests. */
  private static final class Calls extends GeneratorSink {

    final List<String> made = new ArrayList<>();

    @Override
    protected void integer(int value) {
      made.add("int " + value);
    }

    @Override
    protected void decimal(BigDecimal value) {
      made.add("decimal " + value.toPlainString());
    }

    @Override
    protected void floating(double value) {
      made.add("double " + value);
    }

    @Override
    public void startObject() {
      throw new AssertionError();
    }

    @Override
    public void endObject() {
      throw new AssertionError();
    }

    @Override
    public void startArray() {
      throw new AssertionError();
    }

    @Override
    public void endArray() {
      throw new AssertionError();
    }

    @Override
    public void name(String name) {
      throw new AssertionError();
    }

    @Override
    public void string(String value) {
      throw new AssertionError();
    }

    @Override
    public void string(char[] chars, int offset, int length) {
      throw new AssertionError();
    }

    @Override
    public void bool(boolean value) {
      throw new AssertionError();
    }

    @Override
    public void raw(String json) {
      throw new AssertionError();
    }
  }

  @Test
  void eachKindOfNumberTakesItsOwnCall() throws Exception {
    Calls sink = new Calls();

    sink.number(42);
    sink.number(new BigDecimal("1.50"));
    sink.number(2.5d);
    sink.number(7L);
    sink.number(1.25f);

    assertThat(sink.made)
        .containsExactly("int 42", "decimal 1.50", "double 2.5", "double 7.0", "double 1.25");
  }
}
