package org.edcop.json.tck;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * Adapts a facade to {@link Codec} by calling its public method of the same name and parameter
 * types. The Jackson 2 and Jackson 3 facades promise the same methods; a facade that lacks one
 * fails here, on first use, with the name of the missing method.
 */
public final class Facades {

  private Facades() {}

  /**
   * The facade seen as a {@link Codec}.
   *
   * @param facade a {@code CopJson} or {@code CopJson3}
   * @return the adapter
   */
  public static Codec codec(Object facade) {
    Class<?> type = facade.getClass();
    return (Codec)
        Proxy.newProxyInstance(
            Codec.class.getClassLoader(),
            new Class<?>[] {Codec.class},
            (proxy, method, arguments) -> {
              if (method.getDeclaringClass() == Object.class) {
                return method.getName().equals("toString")
                    ? "Codec(" + type.getSimpleName() + ")"
                    : method.invoke(facade, arguments);
              }
              Method target;
              try {
                target = type.getMethod(method.getName(), method.getParameterTypes());
              } catch (NoSuchMethodException e) {
                throw new AssertionError(type.getName() + " lacks " + method, e);
              }
              try {
                return target.invoke(facade, arguments);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }
}
