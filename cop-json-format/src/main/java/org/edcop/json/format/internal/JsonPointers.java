package org.edcop.json.format.internal;

/** Builds JSON Pointers (RFC 6901) one step at a time. */
public final class JsonPointers {

  private JsonPointers() {}

  /**
   * The pointer to a property of the object at {@code parent}.
   *
   * @param parent the object's pointer ({@code ""} for the root)
   * @param name the property name, escaped here ({@code ~} as {@code ~0}, {@code /} as {@code ~1})
   * @return the property's pointer
   */
  public static String child(String parent, String name) {
    return parent + '/' + name.replace("~", "~0").replace("/", "~1");
  }

  /**
   * The pointer to an element of the array at {@code parent}.
   *
   * @param parent the array's pointer
   * @param index the 0-based index
   * @return the element's pointer
   */
  public static String child(String parent, int index) {
    return parent + '/' + index;
  }
}
