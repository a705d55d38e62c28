package org.septel.commitment;

/**
 * Where a tracked follow-up stands. {@link Commitment} owns the moves and refuses any not drawn here:
 * <pre>
 *  AWAITING_ANCHOR ──anchor date known (message or a person)──▶ OPEN
 *
 *  OPEN ──reminder before the due date──▶ DUE_SOON
 *  OPEN, DUE_SOON ──due date passes──▶ OVERDUE
 *  OVERDUE ──manager reassigns it or asks the owner to chase──▶ ESCALATED
 *  OVERDUE, ESCALATED ──manager extends (a slip: who, when, why, old and new date)──▶ OPEN
 *
 *  any open state ──owner or a confirmed reply cable──▶ FULFILLED or PARTLY_FULFILLED
 *  any open state ──withdrawn with a reason──▶ WITHDRAWN
 * </pre>
 * FULFILLED, PARTLY_FULFILLED and WITHDRAWN are final. A reassignment keeps the state (an overdue item stays
 * overdue, now someone else's).
 */
public enum CommitmentStatus {
    AWAITING_ANCHOR,
    OPEN,
    DUE_SOON,
    OVERDUE,
    ESCALATED,
    FULFILLED,
    PARTLY_FULFILLED,
    WITHDRAWN;

    public boolean isClosed() {
        return this == FULFILLED || this == PARTLY_FULFILLED || this == WITHDRAWN;
    }

    /** Past its due date and not yet extended or closed. */
    public boolean isLate() {
        return this == OVERDUE || this == ESCALATED;
    }
}
