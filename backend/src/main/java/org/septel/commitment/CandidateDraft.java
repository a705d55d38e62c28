package org.septel.commitment;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a reviewer types when editing a candidate or adding one by hand. {@code evidenceText} and
 * {@code paragraph} matter only when adding (an edit keeps the evidence the extractor found); {@code owner} is
 * the officer the follow-up will belong to (empty: the reviewer).
 */
public record CandidateDraft(String kind, String actor, String actorOrg, String toWhom, String direction,
        String action, LocalDate dueDate, LocalDate followUpDate, String owner, Integer paragraph,
        String evidenceText) {

    public static final Set<String> KINDS = Set.of("promise", "request", "tasking", "planned_deliverable");
    public static final Set<String> DIRECTIONS = Set.of("owed_to_us", "owed_by_us", "third_party");
    public static final int ACTION_MAX_LENGTH = 2000;
    public static final int NAME_MAX_LENGTH = 300;

    public CandidateDraft {
        if (kind == null || !KINDS.contains(kind)) {
            throw new IllegalArgumentException("kind is one of " + KINDS);
        }
        if (direction == null || !DIRECTIONS.contains(direction)) {
            throw new IllegalArgumentException("direction is one of " + DIRECTIONS);
        }
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("say what must happen");
        }
        if (action.length() > ACTION_MAX_LENGTH) {
            throw new IllegalArgumentException("an action has at most " + ACTION_MAX_LENGTH + " characters");
        }
        if (dueDate != null && followUpDate != null && followUpDate.isAfter(dueDate)) {
            throw new IllegalArgumentException("the follow-up date comes before the due date");
        }
        actor = blankToNull(actor, NAME_MAX_LENGTH);
        actorOrg = blankToNull(actorOrg, NAME_MAX_LENGTH);
        toWhom = blankToNull(toWhom, NAME_MAX_LENGTH);
        owner = blankToNull(owner, 64);
        action = action.strip();
    }

    /** The candidate's current fields, as a starting point for an edit form. */
    public static CandidateDraft of(CandidateView c) {
        return new CandidateDraft(c.kind(), c.actor(), c.actorOrg(), c.toWhom(), c.direction(),
                c.action() == null || c.action().isBlank() ? "(no action found)" : c.action(), c.dueDate(),
                c.followUpDate(), c.owner(), c.paragraph(), c.evidenceText());
    }

    private static String blankToNull(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            throw new IllegalArgumentException("at most " + max + " characters: " + value.strip().substring(0, 20) + "...");
        }
        return value.strip();
    }
}
