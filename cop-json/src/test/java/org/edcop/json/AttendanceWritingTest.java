package org.edcop.json;

import org.edcop.json.tck.AttendanceWritingSuite;

/** The shared {@link AttendanceWritingSuite} against the Jackson 2 facade. */
class AttendanceWritingTest extends AttendanceWritingSuite {

  AttendanceWritingTest() {
    super(CopJsonCodecs.INSTANCE);
  }
}
