package org.edcop.json;

import org.edcop.json.tck.RoundTripSuite;

/** The shared {@link RoundTripSuite} against the Jackson 2 facade. */
class RoundTripTest extends RoundTripSuite {

  RoundTripTest() {
    super(CopJsonCodecs.INSTANCE);
  }
}
