package org.septel.reporting;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One due date moved within a window: which follow-up, from which date to which, who approved it and why. The
 * title and the reason are the reader's to read only where the follow-up's evidence is: when it is withheld from
 * them, {@code withheld} is true, the title says so and the reason is null (a reason typed about a withheld
 * follow-up may repeat its words).
 */
public record RecentSlip(long commitmentId, String cableId, String marking, String owner, String title,
        boolean withheld, LocalDate oldDueDate, LocalDate newDueDate, String reason, String approvedBy,
        Instant slippedAt) {
}
