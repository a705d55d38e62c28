package org.septel.reporting;

import java.time.LocalDate;

/**
 * A follow-up whose due date moved more than once.
 *
 * @param daysSlipped days between the first known due date and the current one
 */
public record SlippedItem(long commitmentId, String cableId, String owner, int slips, LocalDate firstDue,
        LocalDate currentDue, long daysSlipped) {
}
