package org.septel.reporting;

import java.time.LocalDate;

/** How many tracked follow-ups were open, and how many of those overdue, at the end of one week. */
public record WeekPoint(LocalDate weekEnding, long open, long overdue) {
}
