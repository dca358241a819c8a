package org.edcop.json;

import org.edcop.json.tck.GoldenFilesSuite;

/** The shared {@link GoldenFilesSuite} against the Jackson 2 facade. */
class GoldenFilesTest extends GoldenFilesSuite {

  GoldenFilesTest() {
    super(CopJsonCodecs.INSTANCE);
  }
}
