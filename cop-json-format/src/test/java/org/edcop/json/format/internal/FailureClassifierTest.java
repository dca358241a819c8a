package org.edcop.json.format.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
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

  static class Limit extends Base {
    private static final long serialVersionUID = 1L;

    Limit(String original) {
      super(original, null);
    }
  }

  static class NumberRange extends Syntax {
    private static final long serialVersionUID = 1L;

    NumberRange(String original) {
      super(original);
    }
  }

  static class Unlisted extends Base {
    private static final long serialVersionUID = 1L;

    Unlisted(String original) {
      super(original, null);
    }
  }

  /** Without a cursor the offset is never asked for. */
  private static final ToLongFunction<Base> NO_OFFSET =
      error -> {
        throw new AssertionError("offset asked without a cursor");
      };

  /** Classes for the first categories only, end of input before syntax as in the shared order. */
  private static final FailureClassifier<Base> CLASSIFIER = classifier(NO_OFFSET);

  private static FailureClassifier<Base> classifier(ToLongFunction<Base> offset) {
    return new FailureClassifier<>(
        Base.class,
        Wrapper.class,
        Base::original,
        offset,
        Mismatch.class,
        Mismatch::target,
        Limit.class,
        EndOfInput.class,
        NumberRange.class,
        Syntax.class);
  }

  private static EngineFailure classify(Exception thrown) {
    RuntimeException result = CLASSIFIER.classify(thrown, null);
    assertThat(result).isInstanceOf(EngineFailure.class);
    return (EngineFailure) result;
  }

  /** A token enum named as Jackson's are. */
  enum JacksonLikeToken {
    VALUE_STRING
  }

  /** A cursor stopped on a string at byte 3 of a name, with the parser at byte 9. */
  private static final class StoppedCursor extends ParserCursor {

    private final FailureClassifier<Base> classifier;

    StoppedCursor(FailureClassifier<Base> classifier) {
      this.classifier = classifier;
    }

    @Override
    protected Enum<?> advance() throws Exception {
      throw new Syntax("no more");
    }

    @Override
    protected Object prepareName(String name) {
      return name;
    }

    @Override
    protected boolean advanceToName(Object prepared) throws Exception {
      throw new Syntax("no more");
    }

    @Override
    protected Enum<?> jacksonToken() {
      return JacksonLikeToken.VALUE_STRING;
    }

    @Override
    protected String decodedText() {
      return "text";
    }

    @Override
    protected char[] decodedCharacters() {
      return "text".toCharArray();
    }

    @Override
    protected int decodedOffset() {
      return 0;
    }

    @Override
    protected int decodedLength() {
      return 4;
    }

    @Override
    protected String contextPointer(boolean parent) {
      return parent ? "" : "/name";
    }

    @Override
    protected String contextName() {
      return "name";
    }

    @Override
    protected long tokenOffset() {
      return 3;
    }

    @Override
    protected long currentOffset() {
      return 9;
    }

    @Override
    protected Number convert(Class<? extends Number> type) {
      return 0;
    }

    @Override
    protected void release() {}

    @Override
    protected FailureClassifier<?> failures() {
      return classifier;
    }
  }

  /** Offsets by the original message: "at 5" gives byte 5, anything else no location. */
  private static final FailureClassifier<Base> LOCATING =
      classifier(
          error ->
              error.original().startsWith("at ")
                  ? Long.parseLong(error.original().substring(3))
                  : FailureClassifier.UNLOCATED);

  @Test
  void aFailureIsPlacedAtTheExceptionsLocationOrElseWhereTheParserIs() {
    StoppedCursor cursor = new StoppedCursor(LOCATING);

    EngineFailure located = (EngineFailure) LOCATING.classify(new Syntax("at 5"), cursor);
    assertThat(located.offset()).isEqualTo(5);
    assertThat(located.pointer()).isEqualTo("/name");
    assertThat(located.name()).isEqualTo("name");
    assertThat(located.token()).isEqualTo(JsonToken.STRING);

    EngineFailure unlocated = (EngineFailure) LOCATING.classify(new Syntax("lost"), cursor);
    assertThat(unlocated.offset()).isEqualTo(9);
  }

  @Test
  void theCursorThrowsWhatItsGenerationsClassifierMakesOfAParserException() {
    StoppedCursor cursor = new StoppedCursor(LOCATING);

    assertThatThrownBy(cursor::next)
        .isInstanceOfSatisfying(
            EngineFailure.class,
            failure -> {
              assertThat(failure.category()).isEqualTo(Category.SYNTAX);
              assertThat(failure.offset()).isEqualTo(9);
            });
  }

  @Test
  void theNearestListedClassDecidesTheCategory() {
    assertThat(classify(new EndOfInput("eof")).category()).isEqualTo(Category.END_OF_INPUT);
    assertThat(classify(new Syntax("bad")).category()).isEqualTo(Category.SYNTAX);
    assertThat(classify(new OddSyntax("odd")).category()).isEqualTo(Category.SYNTAX);
    assertThat(classify(new Unlisted("what")).category()).isEqualTo(Category.OTHER);
  }

  @Test
  void theClassesTakeTheCategoriesInTheSharedOrder() {
    assertThat(FailureClassifier.CATEGORIES)
        .containsExactly(
            Category.LIMIT,
            Category.END_OF_INPUT,
            Category.NUMBER_RANGE,
            Category.SYNTAX,
            Category.UNDECODABLE);
    assertThat(classify(new Limit("deep")).category()).isEqualTo(Category.LIMIT);
    assertThat(classify(new NumberRange("big")).category()).isEqualTo(Category.NUMBER_RANGE);
  }

  @Test
  void moreClassesThanCategoriesAreRefused() {
    assertThatThrownBy(
            () ->
                new FailureClassifier<>(
                    Base.class,
                    Wrapper.class,
                    Base::original,
                    NO_OFFSET,
                    Mismatch.class,
                    Mismatch::target,
                    Limit.class,
                    EndOfInput.class,
                    NumberRange.class,
                    Syntax.class,
                    OddSyntax.class,
                    Unlisted.class))
        .isInstanceOf(IllegalArgumentException.class);
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
    assertThat(CLASSIFIER.classify(unchecked, null)).isSameAs(unchecked);

    EngineFailure failure = classify(new CharConversionException("bad bytes"));
    assertThat(failure.category()).isEqualTo(Category.UNDECODABLE);
    assertThat(failure.original()).isEqualTo("bad bytes");
    assertThat(failure.target()).isNull();
  }
}
