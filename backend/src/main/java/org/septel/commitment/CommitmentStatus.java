package org.septel.commitment;

/**
 * Where a tracked follow-up stands.
 * <pre>
 * OPEN ──due date passes──▶ OVERDUE ──manager extends (a slip)──▶ OPEN
 *  │                           │
 *  ├──owner reports done──▶ FULFILLED ◀──┤
 *  └──withdrawn with a reason──▶ WITHDRAWN ◀──┘
 * </pre>
 */
public enum CommitmentStatus {
    OPEN,
    OVERDUE,
    FULFILLED,
    WITHDRAWN;

    public boolean isClosed() {
        return this == FULFILLED || this == WITHDRAWN;
    }
}
