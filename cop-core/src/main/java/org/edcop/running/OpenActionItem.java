package org.edcop.running;

import org.edcop.model.ActionItem;

/**
 * An open action item with where it was agreed.
 *
 * @param meetingId the meeting that agreed it
 * @param index its index in that meeting's {@code actionItems}
 * @param item the item
 * @since 0.2.0
 */
public record OpenActionItem(String meetingId, int index, ActionItem item) {}
