package org.septel.commitment;

import org.septel.cable.CableId;

import java.time.LocalDate;

/** A follow-up candidate as the screens show it; {@code owner} is set when review named one, {@code addedBy} when a person added it. */
public record CandidateView(
        long id,
        CableId cableId,
        Integer paragraph,
        String kind,
        String actor,
        String actorOrg,
        String toWhom,
        String direction,
        String action,
        String dueText,
        LocalDate earliest,
        LocalDate latest,
        String anchor,
        boolean vague,
        LocalDate dueDate,
        LocalDate followUpDate,
        int evidenceStart,
        int evidenceEnd,
        String evidenceText,
        double confidence,
        String cue,
        String statusInText,
        ReviewState reviewState,
        String owner,
        String addedBy) {

    /** Added by a person rather than found by the extractor. */
    public boolean byHand() {
        return addedBy != null;
    }
}
