package org.septel.reporting;

/**
 * Where a row of a work list stands. {@code UNREVIEWED} rows are follow-ups the extractor proposed that no one has
 * confirmed yet (desk work, no owner); the others are confirmed follow-ups in their lifecycle.
 */
public enum WorkStatus {
    UNREVIEWED,
    OPEN,
    OVERDUE,
    FULFILLED,
    WITHDRAWN;

    public boolean isClosed() {
        return this == FULFILLED || this == WITHDRAWN;
    }
}
