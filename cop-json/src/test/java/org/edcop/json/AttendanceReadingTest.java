package org.edcop.json;

import org.edcop.json.tck.AttendanceReadingSuite;

/** The shared {@link AttendanceReadingSuite} against the Jackson 2 facade. */
class AttendanceReadingTest extends AttendanceReadingSuite {

  AttendanceReadingTest() {
    super(CopJsonCodecs.INSTANCE);
  }
}
