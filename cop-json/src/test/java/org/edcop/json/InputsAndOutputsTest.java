package org.edcop.json;

import org.edcop.json.tck.InputsAndOutputsSuite;

/** The shared {@link InputsAndOutputsSuite} against the Jackson 2 facade. */
class InputsAndOutputsTest extends InputsAndOutputsSuite {

  InputsAndOutputsTest() {
    super(CopJsonCodecs.INSTANCE);
  }
}
