package org.septel.reporting;

/**
 * What one counterpart promised us: kept on time (fulfilled on or before the originally found due date, or with
 * none), kept late, still open, and of those open, overdue.
 */
public record LedgerLine(String counterpartOrg, String counterpart, long onTime, long late, long open, long overdue) {
}
