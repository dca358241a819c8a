package org.edcop.json3;

import org.edcop.json.tck.HostileInputSuite;

class HostileInputTest extends HostileInputSuite {
  HostileInputTest() {
    super(CopJson3Codecs.INSTANCE);
  }
}
