package org.edcop.json3;

import org.edcop.json.tck.GoldenFilesSuite;

/** The shared {@link GoldenFilesSuite} against the Jackson 3 facade. */
class GoldenFilesTest extends GoldenFilesSuite {

  GoldenFilesTest() {
    super(CopJson3Codecs.INSTANCE);
  }
}
