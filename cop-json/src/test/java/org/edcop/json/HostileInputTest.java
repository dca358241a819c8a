package org.edcop.json;

import org.edcop.json.tck.HostileInputSuite;

class HostileInputTest extends HostileInputSuite {
  HostileInputTest() {
    super(CopJsonCodecs.INSTANCE);
  }
}
