package org.edcop.architecture;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The public API signature of a set of classes, as text: one line per public type (its modifiers,
 * kind, type parameters, super types) followed by its public and protected members, each written
 * with {@code toGenericString()}, sorted so that the text changes only when the surface does. Types
 * of {@code internal} packages and types not reachable from outside their package are left out.
 * Used by {@link ApiSignatureTest}; the format is documented in docs/compatibility.md.
 */
final class ApiSignatures {

  private ApiSignatures() {}

  /** The signature text of these classes. */
  static String of(Collection<Class<?>> classes) {
    StringBuilder out = new StringBuilder();
    classes.stream()
        .filter(ApiSignatures::isApi)
        .sorted(Comparator.comparing(Class::getName))
        .forEach(type -> render(type, out));
    return out.toString();
  }

  /**
   * Whether a type is part of the public API: public all the way out, outside internal packages.
   */
  static boolean isApi(Class<?> type) {
    if (type.isSynthetic() || type.isAnonymousClass() || type.isLocalClass()) {
      return false;
    }
    if (type.getPackageName().contains(".internal")
        || type.getSimpleName().equals("package-info")) {
      return false;
    }
    for (Class<?> c = type; c != null; c = c.getDeclaringClass()) {
      if (!Modifier.isPublic(c.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static void render(Class<?> type, StringBuilder out) {
    StringBuilder header = new StringBuilder(type.toGenericString());
    Type superclass = type.getGenericSuperclass();
    if (superclass != null && superclass != Object.class && !type.isEnum()) {
      header.append(" extends ").append(superclass.getTypeName());
    }
    Type[] interfaces = type.getGenericInterfaces();
    if (interfaces.length > 0 && !type.isAnnotation()) {
      header
          .append(type.isInterface() ? " extends " : " implements ")
          .append(
              java.util.Arrays.stream(interfaces)
                  .map(Type::getTypeName)
                  .collect(Collectors.joining(", ")));
    }
    out.append(header).append('\n');
    // members are written without their owner's name (the type line above names it)
    TreeSet<String> members = new TreeSet<>();
    for (Field f : type.getDeclaredFields()) {
      if (visible(f.getModifiers(), type) && !f.isSynthetic()) {
        members.add(f.toGenericString());
      }
    }
    for (Constructor<?> c : type.getDeclaredConstructors()) {
      if (visible(c.getModifiers(), type) && !c.isSynthetic()) {
        members.add(c.toGenericString());
      }
    }
    for (Method m : type.getDeclaredMethods()) {
      if (visible(m.getModifiers(), type) && !m.isSynthetic() && !m.isBridge()) {
        String line = m.toGenericString();
        if (type.isAnnotation() && m.getDefaultValue() != null) {
          line += " default " + defaultValue(m.getDefaultValue());
        }
        members.add(line);
      }
    }
    String owner = " " + type.getName() + ".";
    for (String member : members) {
      out.append("  ").append(member.replace(owner, " ")).append('\n');
    }
  }

  private static boolean visible(int modifiers, Class<?> owner) {
    return Modifier.isPublic(modifiers)
        || (Modifier.isProtected(modifiers) && !Modifier.isFinal(owner.getModifiers()));
  }

  private static String defaultValue(Object value) {
    if (value instanceof Object[]) {
      List<String> parts = new ArrayList<>();
      for (Object o : (Object[]) value) {
        parts.add(defaultValue(o));
      }
      return "{" + String.join(", ", parts) + "}";
    }
    if (value instanceof Class) {
      return ((Class<?>) value).getName() + ".class";
    }
    return String.valueOf(value);
  }

  /**
   * The difference between an expected and an actual signature, as the lines only one of them has
   * ({@code -} removed, {@code +} added), each under the type it belongs to; empty when equal.
   */
  static String diff(String expected, String actual) {
    List<String> removed = changed(expected, actual);
    List<String> added = changed(actual, expected);
    StringBuilder out = new StringBuilder();
    removed.forEach(line -> out.append("- ").append(line).append('\n'));
    added.forEach(line -> out.append("+ ").append(line).append('\n'));
    return out.toString();
  }

  /** Lines of {@code a} (qualified by their type's header) that {@code b} does not have. */
  private static List<String> changed(String a, String b) {
    TreeSet<String> other = new TreeSet<>(qualified(b));
    return qualified(a).stream().filter(line -> !other.contains(line)).collect(Collectors.toList());
  }

  private static List<String> qualified(String text) {
    List<String> lines = new ArrayList<>();
    String type = "";
    for (String line : text.split("\n", -1)) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("  ")) {
        lines.add(type + "  ::  " + line.strip());
      } else {
        type = line;
        lines.add(line);
      }
    }
    return lines;
  }
}
