package org.edcop.json;

import org.edcop.json.tck.BadDocumentsSuite;

/** The shared {@link BadDocumentsSuite} against the Jackson 2 facade. */
class BadDocumentsTest extends BadDocumentsSuite {

  BadDocumentsTest() {
    super(CopJsonCodecs.INSTANCE);
  }
}
