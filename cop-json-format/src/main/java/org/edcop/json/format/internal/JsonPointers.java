package org.edcop.json.format.internal;

/**
 * A JSON Pointer (RFC 6901), whose text is only built when an error needs it: either a chain of
 * small steps (the mappings of policies, reports and credit policies make one per value they read)
 * or one object that follows a cursor for a whole read ({@link #at}, the plan reader's).
 */
public final class JsonPointers {

  /** The pointer to the whole document. */
  public static final JsonPointers ROOT = new JsonPointers(null, null, -1, null);

  private final JsonPointers parent;
  private final String name;
  private final int index;

  /** For a pointer that follows a cursor: the cursor, whose current pointer this one is. */
  private final TokenCursor cursor;

  private JsonPointers(JsonPointers parent, String name, int index, TokenCursor cursor) {
    this.parent = parent;
    this.name = name;
    this.index = index;
    this.cursor = cursor;
  }

  /**
   * The pointer, within the document that starts at the cursor's current token, of whatever value
   * the cursor is on when the text is asked for: one object serves a whole read, and the text is
   * only built for an error. A document nested in a user's own (read by a Jackson module) gets
   * pointers from its own root, as for a document read alone.
   *
   * @param cursor the cursor, on the document's first token
   * @return the pointer that follows it
   */
  static JsonPointers at(TokenCursor cursor) {
    return new JsonPointers(null, null, cursor.pointer().length(), cursor);
  }

  /**
   * The pointer to a property of the object at {@code parent}.
   *
   * @param parent the object's pointer
   * @param name the property name
   * @return the property's pointer
   */
  public static JsonPointers child(JsonPointers parent, String name) {
    return new JsonPointers(parent, name, -1, null);
  }

  /**
   * The pointer to an element of the array at {@code parent}.
   *
   * @param parent the array's pointer
   * @param index the 0-based index
   * @return the element's pointer
   */
  public static JsonPointers child(JsonPointers parent, int index) {
    return new JsonPointers(parent, null, index, null);
  }

  /**
   * The pointer's text, e.g. {@code /community/membership/members/2/tier}; names are escaped
   * ({@code ~} as {@code ~0}, {@code /} as {@code ~1}). The root is the empty string.
   *
   * @return the text
   */
  @Override
  public String toString() {
    if (cursor != null) {
      // index: the length of the document's own pointer within the cursor's input
      return cursor.pointer().substring(index);
    }
    if (parent == null) {
      return "";
    }
    String step = name == null ? Integer.toString(index) : escape(name);
    return parent + "/" + step;
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
