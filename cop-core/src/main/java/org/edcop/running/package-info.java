/**
 * The running side of a community of practice: what a convener reads between meetings. {@link
 * org.edcop.running.Participation} turns a plan's attendance, tiers and membership status into
 * figures per member, per tier and per meeting as of a date, a health summary, suggested tier
 * changes, and the agenda of a meeting. Everything here is computed from the plan and never changes
 * it.
 *
 * @since 0.2.0
 */
@CopStyle
package org.edcop.running;

import org.edcop.model.internal.CopStyle;
