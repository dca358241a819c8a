package org.edcop.archfixture.api.before;

/** Version 1 of a small public type, for {@code ApiSignatureFixturesTest}. */
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
   * How many greetings exist.
   *
   * @return the count
   */
  public static int count() {
    return 1;
  }

  static String notPublic() {
    return "hidden";
  }
}
