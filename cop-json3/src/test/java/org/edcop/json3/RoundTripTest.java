package org.edcop.json3;

import org.edcop.json.tck.RoundTripSuite;

/**
 * The shared {@link RoundTripSuite} against the Jackson 3 facade, on 1,000 seeds rather than
 * cop-json's 2,000 to keep this module's suite near 30 seconds; {@link CrossVersionTest}
 * round-trips 200 more through both generations.
 */
class RoundTripTest extends RoundTripSuite {

  RoundTripTest() {
    super(CopJson3Codecs.INSTANCE, 1000);
  }
}
