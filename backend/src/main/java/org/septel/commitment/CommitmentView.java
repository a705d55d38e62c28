package org.septel.commitment;

import org.septel.cable.CableId;

import java.time.LocalDate;

/** A tracked follow-up as screens and the workflow see it. */
public record CommitmentView(Long id, CableId cableId, long candidateId, String kind, String actor, String action,
        String direction, LocalDate dueDate, LocalDate followUpDate, String owner, CommitmentStatus status) {
}
