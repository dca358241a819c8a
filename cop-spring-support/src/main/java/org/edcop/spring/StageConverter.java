package org.edcop.spring;

import org.edcop.model.Vocabulary;
import org.edcop.validation.Stage;
import org.springframework.core.convert.converter.Converter;

/**
 * Converts a request parameter such as {@code ?stage=launch} from its code ({@code draft}, {@code
 * launch}, {@code close}) into a {@link Stage}. Spring's own enum conversion would ask for {@code
 * LAUNCH}. An unknown code fails with an {@link IllegalArgumentException} that lists the codes;
 * {@link CopProblemDetailsAdvice} answers it with a problem detail naming the parameter.
 *
 * @since 0.2.0
 */
public final class StageConverter implements Converter<String, Stage> {

  /** Creates the converter. */
  public StageConverter() {}

  /**
   * Converts a code.
   *
   * @param code the parameter value
   * @return the stage, or {@code null} for an empty value (Spring then treats the parameter as
   *     missing)
   * @throws IllegalArgumentException if the code is not a stage's
   */
  @Override
  public Stage convert(String code) {
    if (code.isEmpty()) {
      return null;
    }
    return Vocabulary.fromCode(Stage.class, code);
  }
}
