package org.edcop.json.format.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.edcop.json.format.internal.EngineFailure.Category;

/**
 * Turns what a Jackson parser threw into an {@link EngineFailure}, by the same steps for both
 * generations: anything that is not a Jackson exception passes as it is (or, if checked, counts as
 * undecodable bytes); the wrappers databind puts around the parser's own errors are taken off; the
 * category is the one of the exception's nearest class in the generation's table; and the failure
 * is placed at the cursor, if there is one. An engine supplies only its exception types and the
 * calls that read Jackson's message, wanted type and location.
 *
 * @param <E> the generation's base exception type ({@code JsonProcessingException} for Jackson 2,
 *     {@code JacksonException} for Jackson 3)
 */
public final class FailureClassifier<E extends Exception> {

  private final Class<E> base;
  private final Class<? extends E> wrapper;
  private final Function<? super E, String> message;
  private final Function<E, Class<?>> wanted;
  private final Map<Class<?>, Category> categories;

  /**
   * Creates the classifier of one generation.
   *
   * @param base the generation's base exception type
   * @param wrapper databind's exception type, taken off while its cause is a base exception
   * @param message Jackson's own message of an exception, without the location
   * @param mismatch the exception type of a value of the wrong JSON type ({@link
   *     Category#MISMATCH})
   * @param target the Java type such an exception says was wanted
   * @param categories the category of every other exception type that has one (its subclasses
   *     included, unless they are listed too); the rest are {@link Category#OTHER}
   * @param <T> the mismatch type
   */
  public <T extends E> FailureClassifier(
      Class<E> base,
      Class<? extends E> wrapper,
      Function<? super E, String> message,
      Class<T> mismatch,
      Function<? super T, Class<?>> target,
      Map<Class<? extends E>, Category> categories) {
    this.base = base;
    this.wrapper = wrapper;
    this.message = message;
    this.wanted = error -> mismatch.isInstance(error) ? target.apply(mismatch.cast(error)) : null;
    Map<Class<?>, Category> table = new HashMap<>(categories);
    table.put(mismatch, Category.MISMATCH);
    this.categories = Map.copyOf(table);
  }

  /**
   * Classifies what a parser call threw.
   *
   * @param thrown the exception
   * @param at the cursor that was reading, or {@code null} if none was open yet
   * @param offset the byte offset of a Jackson exception (after the wrappers are taken off); only
   *     asked when there is a cursor
   * @return the exception to throw: an {@link EngineFailure}, or an unchecked exception that is not
   *     Jackson's, unchanged
   */
  public RuntimeException classify(
      Exception thrown, ParserCursor at, ToLongFunction<? super E> offset) {
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
    return at.located(category, original, target, offset.applyAsLong(error), error);
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
