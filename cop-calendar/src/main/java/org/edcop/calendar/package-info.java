/**
 * Meeting schedules and calendars for a community-of-practice plan (guide sections: Launch and
 * Collaborative Plan).
 *
 * <ul>
 *   <li>{@link org.edcop.calendar.Schedules} expands the launch plan's cadence into draft meetings
 *       between two dates, in the plan's time zone, skipping the closures of a {@link
 *       org.edcop.calendar.DistrictCalendar} (or moving those meetings to a free week), and merges
 *       them into the plan without touching the meetings it already has.
 *   <li>{@link org.edcop.calendar.ICalendarExport} writes the collaborative plan as iCalendar (RFC
 *       5545), one event per timed meeting; {@link org.edcop.calendar.ICalendarImport} reads an
 *       {@code .ics} file back into meetings.
 * </ul>
 *
 * <p>Every problem with the input is a {@link org.edcop.calendar.CalendarException} naming the
 * value at fault.
 *
 * @since 0.2.0
 */
package org.edcop.calendar;
