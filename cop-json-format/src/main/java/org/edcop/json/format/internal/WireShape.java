package org.edcop.json.format.internal;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What {@link WireReader} and {@link WireWriter} know about one wire record, taken once from its
 * components and their annotations: the JSON name of each component (its {@code @JsonProperty}),
 * the writing order ({@code @JsonPropertyOrder}, then the others in declaration order), and the
 * component that collects unknown properties ({@code @JsonAnySetter}). The wire records'
 * annotations stay the one place where wire names are written; the schema generator reads the same
 * ones.
 */
final class WireShape {

  private static final ClassValue<WireShape> SHAPES =
      new ClassValue<>() {
        @Override
        protected WireShape computeValue(Class<?> type) {
          return new WireShape(type);
        }
      };

  /**
   * One property of the record.
   *
   * @param name its JSON name
   * @param index its position among the record's components
   * @param raw its erased type
   * @param type its generic type
   * @param getter reads it from a record, as fast as a direct call
   */
  record Property(
      String name, int index, Class<?> raw, Type type, Function<Object, Object> getter) {}

  private final Class<?> type;
  private final Constructor<?> constructor;
  private final int arity;
  private final Map<String, Property> byName = new HashMap<>();
  private final List<Property> writingOrder = new ArrayList<>();
  private final int unknown;
  private final Function<Object, Object> unknownGetter;

  private WireShape(Class<?> type) {
    if (!type.isRecord()) {
      throw new IllegalArgumentException(type + " is not a wire record");
    }
    this.type = type;
    RecordComponent[] components = type.getRecordComponents();
    this.arity = components.length;
    Class<?>[] parameters =
        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
    try {
      this.constructor = type.getDeclaredConstructor(parameters);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(type + " has no canonical constructor", e);
    }
    int any = -1;
    Function<Object, Object> anyGetter = null;
    Map<String, Property> declared = new java.util.LinkedHashMap<>();
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      // the annotations do not target record components: Java puts them on the accessor
      Method accessor = component.getAccessor();
      if (accessor.isAnnotationPresent(JsonAnySetter.class)) {
        any = i;
        anyGetter = getter(accessor);
        continue;
      }
      JsonProperty property = accessor.getAnnotation(JsonProperty.class);
      String name =
          property == null || property.value().isEmpty() ? component.getName() : property.value();
      Property p =
          new Property(name, i, component.getType(), component.getGenericType(), getter(accessor));
      byName.put(name, p);
      declared.put(name, p);
    }
    this.unknown = any;
    this.unknownGetter = anyGetter;
    JsonPropertyOrder order = type.getAnnotation(JsonPropertyOrder.class);
    if (order != null) {
      for (String name : order.value()) {
        Property p = declared.remove(name);
        if (p != null) {
          writingOrder.add(p);
        }
      }
    }
    writingOrder.addAll(declared.values());
  }

  static WireShape of(Class<?> type) {
    return SHAPES.get(type);
  }

  Class<?> type() {
    return type;
  }

  int arity() {
    return arity;
  }

  Property property(String name) {
    return byName.get(name);
  }

  List<Property> writingOrder() {
    return writingOrder;
  }

  /** The index of the component collecting unknown properties, or -1 if there is none. */
  int unknownIndex() {
    return unknown;
  }

  @SuppressWarnings("unchecked")
  Map<String, RawJson> unknown(Object record) {
    return unknownGetter == null ? null : (Map<String, RawJson>) unknownGetter.apply(record);
  }

  Object create(Object[] arguments) {
    try {
      return constructor.newInstance(arguments);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException unchecked) {
        throw unchecked;
      }
      throw new IllegalStateException(type + " could not be created", e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(type + " could not be created", e);
    }
  }

  /**
   * A function calling a record's accessor, made once per component with {@link LambdaMetafactory}:
   * reflection's {@code Method.invoke} cost most of the writing time.
   */
  @SuppressWarnings("unchecked")
  private static Function<Object, Object> getter(Method accessor) {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      MethodHandle handle = lookup.unreflect(accessor);
      CallSite site =
          LambdaMetafactory.metafactory(
              lookup,
              "apply",
              MethodType.methodType(Function.class),
              MethodType.methodType(Object.class, Object.class),
              handle,
              MethodType.methodType(accessor.getReturnType(), accessor.getDeclaringClass()));
      return (Function<Object, Object>) site.getTarget().invoke();
    } catch (Throwable e) {
      throw new IllegalStateException("no getter for " + accessor, e);
    }
  }

  /** The element type of a {@code List<X>} or the value type of a {@code Map<String, X>}. */
  static Type argument(Type type, int index) {
    return type instanceof ParameterizedType parameterized
        ? parameterized.getActualTypeArguments()[index]
        : Object.class;
  }

  static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType parameterized) {
      return (Class<?>) parameterized.getRawType();
    }
    return Object.class;
  }
}
