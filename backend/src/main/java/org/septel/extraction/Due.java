package org.septel.extraction;

import java.time.LocalDate;

/**
 * When a follow-up falls due. {@code dueDate} is a hard deadline and is set only when the text supports one;
 * {@code followUpDate} is the soft date on which a desk officer should chase.
 */
public record Due(
        LocalDate earliest,
        LocalDate latest,
        Anchor anchor,
        boolean vague,
        LocalDate dueDate,
        LocalDate followUpDate) {

    public Due {
        if (anchor == null) {
            throw new IllegalArgumentException("anchor is required");
        }
    }
}
