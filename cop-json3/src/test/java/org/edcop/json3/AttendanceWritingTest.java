package org.edcop.json3;

import org.edcop.json.tck.AttendanceWritingSuite;

/** The shared {@link AttendanceWritingSuite} against the Jackson 3 facade. */
class AttendanceWritingTest extends AttendanceWritingSuite {

  AttendanceWritingTest() {
    super(CopJson3Codecs.INSTANCE);
  }
}
