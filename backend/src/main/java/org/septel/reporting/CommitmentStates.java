package org.septel.reporting;

import java.util.stream.Stream;

/**
 * The commitment lifecycle (org.septel.commitment.CommitmentStatus) as the lists group it: waiting, open and due
 * soon are OPEN; overdue and escalated are OVERDUE; fulfilled and partly fulfilled are FULFILLED. Kept in one place
 * so a new state in the lifecycle is one line here, not a surprise in every query.
 */
final class CommitmentStates {

    static final String OPEN = "'AWAITING_ANCHOR', 'OPEN', 'DUE_SOON'";
    static final String OVERDUE = "'OVERDUE', 'ESCALATED'";
    static final String FULFILLED = "'FULFILLED', 'PARTLY_FULFILLED'";

    /** The stored state of {@code m} as a {@link WorkStatus} name. */
    static final String AS_WORK_STATUS = "case when m.status in (" + OVERDUE + ") then 'OVERDUE' when m.status in ("
            + FULFILLED + ") then 'FULFILLED' when m.status = 'WITHDRAWN' then 'WITHDRAWN' else 'OPEN' end";

    private CommitmentStates() {
    }

    /** The stored states a work-list status stands for. */
    static Stream<String> of(WorkStatus status) {
        return switch (status) {
            case OPEN -> Stream.of("AWAITING_ANCHOR", "OPEN", "DUE_SOON");
            case OVERDUE -> Stream.of("OVERDUE", "ESCALATED");
            case FULFILLED -> Stream.of("FULFILLED", "PARTLY_FULFILLED");
            case WITHDRAWN -> Stream.of("WITHDRAWN");
            case UNREVIEWED -> Stream.empty();
        };
    }
}
