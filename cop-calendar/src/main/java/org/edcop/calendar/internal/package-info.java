/**
 * Internal: cadence date arithmetic and iCalendar helpers of {@code org.edcop.calendar}. Not part
 * of the public API; anything here may change in any release without notice.
 */
package org.edcop.calendar.internal;
