package org.edcop.json3;

import org.edcop.json.tck.DocumentationExamplesSuite;

/** The shared {@link DocumentationExamplesSuite} against the Jackson 3 facade. */
class DocumentationExamplesTest extends DocumentationExamplesSuite {

  DocumentationExamplesTest() {
    super(CopJson3Codecs.INSTANCE);
  }
}
