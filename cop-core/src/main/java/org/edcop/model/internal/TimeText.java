package org.edcop.model.internal;

/**
 * The text of an absent date-time held flat by the model's time encoding (docs/adr/0011):
 * Immutables prints every attribute an encoding stores, absent or not, where it leaves an absent
 * optional out; {@link #absent} takes back what the generated {@code toString()} has already
 * appended for the attribute, so the text is what it was before the encoding. Uses nothing but the
 * JDK: {@code cop-model-encodings} compiles this file too.
 */
public final class TimeText {

  /**
   * Never used: it lets the encoding's source compile. In the generated {@code toString()} the name
   * {@code builder} is the method's own {@code StringBuilder}, which hides this field.
   */
  public static final StringBuilder builder = null;

  private TimeText() {}

  /**
   * Removes the separator and name of an absent attribute from the end of a {@code toString()} text
   * being built, if they are there.
   *
   * @param text the text so far, ending with {@code ", name="} (or {@code "name="} when the
   *     attribute is the first printed)
   * @param name the attribute's name
   * @return the empty string, to append in place of the value
   */
  public static String absent(StringBuilder text, String name) {
    int end = text.length();
    int at = end - name.length() - 1;
    if (at >= 0 && text.charAt(end - 1) == '=' && text.indexOf(name, at) == at) {
      int cut = at >= 2 && text.charAt(at - 2) == ',' && text.charAt(at - 1) == ' ' ? at - 2 : at;
      text.setLength(cut);
    }
    return "";
  }
}
