package org.edcop.archfixture.api.after;

import java.util.Locale;

/**
 * Version 2 of the same type: one method gained an overload, one changed its return type, and a
 * package-private method changed (which is not part of the API).
 */
public final class Greeter {
  private Greeter() {}

  /**
   * A greeting.
   *
   * @param name who to greet
   * @return the greeting
   */
  public static String greet(String name) {
    return "Hello, " + name;
  }

  /**
   * A greeting in a language.
   *
   * @param name who to greet
   * @param locale the language
   * @return the greeting
   */
  public static String greet(String name, Locale locale) {
    return greet(name) + " (" + locale + ")";
  }

  /**
   * How many greetings exist.
   *
   * @return the count
   */
  public static long count() {
    return 2;
  }

  static int notPublic() {
    return 0;
  }
}
