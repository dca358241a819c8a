package org.edcop.report.internal;

import java.util.Collection;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Small helpers over jsoup elements. Text always goes in through {@link Element#text(String)} or
 * {@link Element#appendText(String)}, so whatever a plan holds is escaped when the page is written.
 */
final class Html {
  private Html() {}

  static Element el(Element parent, String tag, String cssClass) {
    Element element = parent.appendElement(tag);
    if (cssClass != null) {
      element.addClass(cssClass);
    }
    return element;
  }

  static Element text(Element parent, String tag, String text) {
    return parent.appendElement(tag).text(text);
  }

  static Element svg(Element parent, String tag) {
    return parent.appendElement(tag, Parser.NamespaceSvg);
  }

  /** A definition list, appended to as term/description pairs. */
  static Element dl(Element parent) {
    return el(parent, "dl", "facts");
  }

  static void fact(Element dl, String term, String description) {
    text(dl, "dt", term);
    text(dl, "dd", description);
  }

  /** A term whose description is a list of items, or the placeholder when there are none. */
  static void factList(Element dl, String term, Collection<String> items, String placeholder) {
    text(dl, "dt", term);
    Element dd = dl.appendElement("dd");
    if (items.isEmpty()) {
      text(dd, "span", placeholder).addClass("placeholder");
      return;
    }
    Element ul = el(dd, "ul", "plain");
    items.forEach(item -> text(ul, "li", item));
  }

  static void placeholder(Element parent, String text) {
    text(parent, "p", text).addClass("placeholder");
  }

  /** A table with a caption and a header row of column headers ({@code scope="col"}). */
  static Element table(Element parent, String caption, String... headers) {
    Element table = el(parent, "table", null);
    text(table, "caption", caption);
    Element row = table.appendElement("thead").appendElement("tr");
    for (String header : headers) {
      text(row, "th", header).attr("scope", "col");
    }
    return table.appendElement("tbody");
  }
}
