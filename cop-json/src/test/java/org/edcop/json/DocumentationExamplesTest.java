package org.edcop.json;

import org.edcop.json.tck.DocumentationExamplesSuite;

/** The shared {@link DocumentationExamplesSuite} against the Jackson 2 facade. */
class DocumentationExamplesTest extends DocumentationExamplesSuite {

  DocumentationExamplesTest() {
    super(CopJsonCodecs.INSTANCE);
  }
}
