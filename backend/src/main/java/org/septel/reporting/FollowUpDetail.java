package org.septel.reporting;

import java.util.List;

/**
 * Everything about one tracked follow-up that the reader may see.
 *
 * @param evidence the sentence it was found in, or null when that passage is withheld from the reader
 * @param dueText  the time words as written in the cable ("soonest"), or null when withheld
 * @param timeline oldest first
 */
public record FollowUpDetail(WorkRow row, String evidence, String dueText, String direction, String closingNote,
        List<TimelineEntry> timeline) {
}
