package org.edcop.json3;

import org.edcop.json.tck.AttendanceReadingSuite;

/** The shared {@link AttendanceReadingSuite} against the Jackson 3 facade. */
class AttendanceReadingTest extends AttendanceReadingSuite {

  AttendanceReadingTest() {
    super(CopJson3Codecs.INSTANCE);
  }
}
