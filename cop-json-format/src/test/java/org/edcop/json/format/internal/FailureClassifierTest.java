package org.edcop.json.format.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.edcop.json.format.internal.EngineFailure.Category;
import org.junit.jupiter.api.Test;

/**
 * The steps both engines share when a parser fails, on a made-up exception family shaped like
 * Jackson's: a base type, a databind-like wrapper, a mismatch type that is a wrapper too, and a
 * listed class with a listed subclass.
 */
class FailureClassifierTest {

  /** The family's base, with Jackson's "original message" (without the location). */
  static class Base extends Exception {
    private static final long serialVersionUID = 1L;
    private final String original;

    Base(String original, Throwable cause) {
      super("located: " + original, cause);
      this.original = original;
    }

    String original() {
      return original;
    }
  }

  static class Wrapper extends Base {
    private static final long serialVersionUID = 1L;

    Wrapper(String original, Throwable cause) {
      super(original, cause);
    }
  }

  static class Mismatch extends Wrapper {
    private static final long serialVersionUID = 1L;
    private final Class<?> target;

    Mismatch(String original, Class<?> target) {
      super(original, null);
      this.target = target;
    }

    Class<?> target() {
      return target;
    }
  }

  static class Syntax extends Base {
    private static final long serialVersionUID = 1L;

    Syntax(String original) {
      super(original, null);
    }
  }

  static class EndOfInput extends Syntax {
    private static final long serialVersionUID = 1L;

    EndOfInput(String original) {
      super(original);
    }
  }

  static class OddSyntax extends Syntax {
    private static final long serialVersionUID = 1L;

    OddSyntax(String original) {
      super(original);
    }
  }

  static class Unlisted extends Base {
    private static final long serialVersionUID = 1L;

    Unlisted(String original) {
      super(original, null);
    }
  }

  private static final FailureClassifier<Base> CLASSIFIER =
      new FailureClassifier<>(
          Base.class,
          Wrapper.class,
          Base::original,
          Mismatch.class,
          Mismatch::target,
          Map.of(Syntax.class, Category.SYNTAX, EndOfInput.class, Category.END_OF_INPUT));

  /** Without a cursor the offset is never asked for. */
  private static final ToLongFunction<Base> NO_OFFSET =
      error -> {
        throw new AssertionError("offset asked without a cursor");
      };

  private static EngineFailure classify(Exception thrown) {
    RuntimeException result = CLASSIFIER.classify(thrown, null, NO_OFFSET);
    assertThat(result).isInstanceOf(EngineFailure.class);
    return (EngineFailure) result;
  }

  @Test
  void theNearestListedClassDecidesTheCategory() {
    assertThat(classify(new EndOfInput("eof")).category()).isEqualTo(Category.END_OF_INPUT);
    assertThat(classify(new Syntax("bad")).category()).isEqualTo(Category.SYNTAX);
    assertThat(classify(new OddSyntax("odd")).category()).isEqualTo(Category.SYNTAX);
    assertThat(classify(new Unlisted("what")).category()).isEqualTo(Category.OTHER);
  }

  @Test
  void wrappersAreTakenOffWhileTheirCauseIsOfTheFamily() {
    EndOfInput inner = new EndOfInput("inner");
    EngineFailure failure = classify(new Wrapper("outer", new Wrapper("middle", inner)));

    assertThat(failure.category()).isEqualTo(Category.END_OF_INPUT);
    assertThat(failure.original()).isEqualTo("inner");
    assertThat(failure.getCause()).isSameAs(inner);
    assertThat(failure.offset()).isEqualTo(-1);
    assertThat(failure.pointer()).isEmpty();
  }

  @Test
  void aWrapperAroundSomethingElseIsKept() {
    Wrapper wrapper = new Wrapper("outer", new IOException("disk"));
    EngineFailure failure = classify(wrapper);

    assertThat(failure.category()).isEqualTo(Category.OTHER);
    assertThat(failure.original()).isEqualTo("outer");
    assertThat(failure.getCause()).isSameAs(wrapper);
  }

  @Test
  void aMismatchNamesTheTypeItWanted() {
    EngineFailure failure = classify(new Mismatch("wrong", Integer.class));

    assertThat(failure.category()).isEqualTo(Category.MISMATCH);
    assertThat(failure.target()).isEqualTo(Integer.class);
    assertThat(classify(new Syntax("bad")).target()).isNull();
  }

  @Test
  void whatIsNotOfTheFamilyPassesOrIsUndecodable() {
    UncheckedIOException unchecked = new UncheckedIOException(new IOException("x"));
    assertThat(CLASSIFIER.classify(unchecked, null, NO_OFFSET)).isSameAs(unchecked);

    EngineFailure failure = classify(new CharConversionException("bad bytes"));
    assertThat(failure.category()).isEqualTo(Category.UNDECODABLE);
    assertThat(failure.original()).isEqualTo("bad bytes");
    assertThat(failure.target()).isNull();
  }
}
