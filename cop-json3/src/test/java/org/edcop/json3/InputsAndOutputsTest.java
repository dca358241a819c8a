package org.edcop.json3;

import org.edcop.json.tck.InputsAndOutputsSuite;

/** The shared {@link InputsAndOutputsSuite} against the Jackson 3 facade. */
class InputsAndOutputsTest extends InputsAndOutputsSuite {

  InputsAndOutputsTest() {
    super(CopJson3Codecs.INSTANCE);
  }
}
