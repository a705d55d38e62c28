package org.septel.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * The weekly overdue report for one reader: the board's counts, the trend, the items slipped more than once and
 * the oldest overdue follow-ups.
 *
 * @param oldestOverdue up to {@link OverdueBoard#REPORT_ROWS} overdue rows, the longest overdue first
 */
public record WeeklyReport(LocalDate weekEnding, BoardTallies tallies, List<WeekPoint> trend,
        List<SlippedItem> slipped, List<WorkRow> oldestOverdue) {
}
