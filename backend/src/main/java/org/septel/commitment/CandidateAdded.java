package org.septel.commitment;

import org.septel.cable.CableId;

/**
 * A reviewer added a follow-up to a cable by hand (it is confirmed at once). Published in the adding transaction,
 * so that the workflow can track it, reopening the cable's case when its review is over (ADR 0011).
 */
public record CandidateAdded(CableId cableId, long candidateId, String addedBy) {
}
