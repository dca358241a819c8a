package org.edcop.json.format.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.edcop.json.format.internal.EngineFailure.Category;

/**
 * Turns what a Jackson parser threw into an {@link EngineFailure}, by the same steps for both
 * generations: anything that is not a Jackson exception passes as it is (or, if checked, counts as
 * undecodable bytes); the wrappers databind puts around the parser's own errors are taken off; the
 * category is the one of the exception's nearest class among the generation's classes of {@link
 * #CATEGORIES}; and the failure is placed at the cursor, if there is one, at the exception's own
 * location or, where it has none, at the parser's current one. An engine supplies only its
 * exception types and the calls that read Jackson's message, wanted type and location.
 *
 * @param <E> the generation's base exception type ({@code JsonProcessingException} for Jackson 2,
 *     {@code JacksonException} for Jackson 3)
 */
public final class FailureClassifier<E extends Exception> {

  /**
   * The categories an engine names its exception classes for, in the order it names them: the
   * stream constraints, the end of the input, a number out of range, bad syntax, and input that
   * could not be read (Jackson 2 has no class of its own for the last: a plain {@code IOException}
   * is undecodable input as every exception outside the family is).
   */
  public static final List<Category> CATEGORIES =
      List.of(
          Category.LIMIT,
          Category.END_OF_INPUT,
          Category.NUMBER_RANGE,
          Category.SYNTAX,
          Category.UNDECODABLE);

  /** What an engine's offset call answers for an exception that carries no location. */
  public static final long UNLOCATED = Long.MIN_VALUE;

  private final Class<E> base;
  private final Class<? extends E> wrapper;
  private final Function<? super E, String> message;
  private final ToLongFunction<? super E> offset;
  private final Function<E, Class<?>> wanted;
  private final Map<Class<?>, Category> categories;

  /**
   * Creates the classifier of one generation.
   *
   * @param base the generation's base exception type
   * @param wrapper databind's exception type, taken off while its cause is a base exception
   * @param message Jackson's own message of an exception, without the location
   * @param offset the byte offset of an exception's location, or {@link #UNLOCATED}
   * @param mismatch the exception type of a value of the wrong JSON type ({@link
   *     Category#MISMATCH})
   * @param target the Java type such an exception says was wanted
   * @param classes the generation's exception class of each of the {@link #CATEGORIES}, in that
   *     order, its subclasses included unless they are listed too; a generation without a class for
   *     the last ones leaves them out. Every other exception is {@link Category#OTHER}
   * @param <T> the mismatch type
   */
  @SafeVarargs
  public <T extends E> FailureClassifier(
      Class<E> base,
      Class<? extends E> wrapper,
      Function<? super E, String> message,
      ToLongFunction<? super E> offset,
      Class<T> mismatch,
      Function<? super T, Class<?>> target,
      Class<? extends E>... classes) {
    if (classes.length > CATEGORIES.size()) {
      throw new IllegalArgumentException("more classes than categories");
    }
    this.base = base;
    this.wrapper = wrapper;
    this.message = message;
    this.offset = offset;
    this.wanted = error -> mismatch.isInstance(error) ? target.apply(mismatch.cast(error)) : null;
    Map<Class<?>, Category> table = new HashMap<>();
    for (int i = 0; i < classes.length; i++) {
      table.put(classes[i], CATEGORIES.get(i));
    }
    table.put(mismatch, Category.MISMATCH);
    this.categories = Map.copyOf(table);
  }

  /**
   * Classifies what a parser call threw.
   *
   * @param thrown the exception
   * @param at the cursor that was reading, or {@code null} if none was open yet
   * @return the exception to throw: an {@link EngineFailure}, or an unchecked exception that is not
   *     Jackson's, unchanged
   */
  public RuntimeException classify(Exception thrown, ParserCursor at) {
    if (!base.isInstance(thrown)) {
      return thrown instanceof RuntimeException unchecked
          ? unchecked
          : ParserCursor.unplaced(Category.UNDECODABLE, thrown.getMessage(), null, thrown);
    }
    E error = base.cast(thrown);
    // databind wraps the parser's own errors (limits, syntax, number range): use the original
    while (wrapper.isInstance(error) && base.isInstance(error.getCause())) {
      error = base.cast(error.getCause());
    }
    Category category = category(error.getClass());
    Class<?> target = category == Category.MISMATCH ? wanted.apply(error) : null;
    String original = String.valueOf(message.apply(error));
    if (at == null) {
      return ParserCursor.unplaced(category, original, target, error);
    }
    long where = offset.applyAsLong(error);
    return at.located(
        category, original, target, where == UNLOCATED ? at.currentOffset() : where, error);
  }

  /** The category of the nearest class in the table, from the exception's own class upwards. */
  private Category category(Class<?> type) {
    for (Class<?> each = type; each != null; each = each.getSuperclass()) {
      Category category = categories.get(each);
      if (category != null) {
        return category;
      }
    }
    return Category.OTHER;
  }
}
