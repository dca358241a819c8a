package org.edcop.examples.quarkus;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.edcop.model.Vocabulary;
import org.edcop.validation.Stage;

/**
 * Converts {@code ?stage=launch} from the stage's code. An unknown code fails with an {@link
 * InvalidParameterException} naming the parameter, which {@link CopExceptionMappers} answers with a
 * 400 problem detail (JAX-RS would otherwise answer a failed query parameter with 404).
 *
 * @since 0.2.0
 */
@Provider
public class StageParamConverter implements ParamConverterProvider {

  /** Created by Quarkus. */
  public StageParamConverter() {}

  @Override
  @SuppressWarnings("unchecked")
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    if (rawType != Stage.class) {
      return null;
    }
    return (ParamConverter<T>)
        new ParamConverter<Stage>() {
          @Override
          public Stage fromString(String code) {
            try {
              return Vocabulary.fromCode(Stage.class, code);
            } catch (IllegalArgumentException e) {
              throw new InvalidParameterException("stage", code, e.getMessage());
            }
          }

          @Override
          public String toString(Stage stage) {
            return stage.code();
          }
        };
  }

  /**
   * A request parameter with a value that does not convert.
   *
   * @since 0.2.0
   */
  public static final class InvalidParameterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String parameter;
    private final String value;

    /**
     * Creates the exception.
     *
     * @param parameter the parameter's name
     * @param value the value sent
     * @param detail what is wrong
     */
    public InvalidParameterException(String parameter, String value, String detail) {
      super(detail);
      this.parameter = parameter;
      this.value = value;
    }

    /**
     * The parameter's name.
     *
     * @return the name
     */
    public String parameter() {
      return parameter;
    }

    /**
     * The value sent.
     *
     * @return the value
     */
    public String value() {
      return value;
    }
  }
}
