package org.edcop.json3;

import org.edcop.json.tck.BadDocumentsSuite;

/** The shared {@link BadDocumentsSuite} against the Jackson 3 facade. */
class BadDocumentsTest extends BadDocumentsSuite {

  BadDocumentsTest() {
    super(CopJson3Codecs.INSTANCE);
  }
}
