package org.septel.commitment;

import org.septel.cable.CableId;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A tracked follow-up as screens and the workflow see it. {@code originalDueDate} is the date first given (slips
 * move {@code dueDate} only); {@code evidenceCableId} is the later cable that fulfilled it, when one did.
 */
public record CommitmentView(Long id, CableId cableId, long candidateId, String kind, String actor, String action,
        String direction, LocalDate dueDate, LocalDate followUpDate, String owner, CommitmentStatus status,
        String actorOrg, String anchor, LocalDate originalDueDate, Instant closedAt, String closingNote,
        CableId evidenceCableId) {

    public boolean owedByUs() {
        return "owed_by_us".equals(direction);
    }

    public boolean awaitsAnchor() {
        return status == CommitmentStatus.AWAITING_ANCHOR;
    }
}
